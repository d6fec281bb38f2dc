import PlenaryModel
import XCTest

final class PluralTests: XCTestCase {
    func testOneIsSingularEverythingElsePlural() {
        XCTAssertEqual(Plural.count(1, "speaker"), "1 speaker")
        XCTAssertEqual(Plural.count(0, "speaker"), "0 speakers")
        XCTAssertEqual(Plural.count(2, "meeting file"), "2 meeting files")
        XCTAssertEqual(Plural.count(1, "meeting file"), "1 meeting file")
        XCTAssertEqual(Plural.count(1, "person", "people"), "1 person")
        XCTAssertEqual(Plural.count(3, "person", "people"), "3 people")
        XCTAssertEqual("There \(Plural.be(1)) \(Plural.count(1, "item"))", "There is 1 item")
        XCTAssertEqual("There \(Plural.be(4)) \(Plural.count(4, "item"))", "There are 4 items")
    }
}
