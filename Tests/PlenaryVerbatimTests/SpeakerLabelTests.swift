import PlenaryVerbatim
import XCTest

final class SpeakerLabelTests: XCTestCase {
    func testDelegateWithLanguage() throws {
        let label = try XCTUnwrap(SpeakerLabel.parse("Mr. Nebenzia (Russian Federation) (spoke in Russian)"))
        XCTAssertEqual(label.honorifics, ["Mr."])
        XCTAssertEqual(label.name, "Nebenzia")
        XCTAssertEqual(label.affiliation, "Russian Federation")
        XCTAssertEqual(label.language, "Russian")
        XCTAssertNil(label.role)
    }

    func testOffices() throws {
        let president = try XCTUnwrap(SpeakerLabel.parse("The President (spoke in French)"))
        XCTAssertEqual(president.role, "President")
        XCTAssertNil(president.name)
        XCTAssertEqual(president.language, "French")
        XCTAssertEqual(SpeakerLabel.parse("The Secretary-General")?.role, "Secretary-General")
        let abbas = try XCTUnwrap(SpeakerLabel.parse("President Abbas"))
        XCTAssertEqual(abbas.role, "President")
        XCTAssertEqual(abbas.name, "Abbas")
    }

    func testTitlesAndBareNames() throws {
        XCTAssertEqual(SpeakerLabel.parse("Dato Lim Jock Hoi")?.name, "Lim Jock Hoi")
        XCTAssertEqual(SpeakerLabel.parse("Dato Lim Jock Hoi")?.honorifics, ["Dato"])
        XCTAssertEqual(SpeakerLabel.parse("Monsignor Hansen (Holy See)")?.affiliation, "Holy See")
        XCTAssertEqual(SpeakerLabel.parse("Mrs. Van Vlierberge (Belgium) (spoke in French)")?.name, "Van Vlierberge")
        XCTAssertEqual(SpeakerLabel.parse("Hadiza (spoke in French)")?.name, "Hadiza")
        XCTAssertNil(SpeakerLabel.parse("Hadiza (spoke in French)", strict: true))
    }

    func testDisplacedSpeechTextGoesBack() throws {
        let label = try XCTUnwrap(SpeakerLabel.parse("The President (spoke I thank Mr. Spleeters for his briefing. in French)"))
        XCTAssertEqual(label.role, "President")
        XCTAssertEqual(label.language, "French")
        XCTAssertNil(label.affiliation)
        XCTAssertEqual(label.displaced, "I thank Mr. Spleeters for his briefing.")
        XCTAssertEqual(label.asPrinted, "The President (spoke in French)")
    }

    func testSentencesAreNotLabels() {
        XCTAssertNil(SpeakerLabel.parse("In favour", strict: true))
        XCTAssertNil(SpeakerLabel.parse("We reiterate, as always, the following"))
        XCTAssertNil(SpeakerLabel.parse("the following points"))
        XCTAssertNil(SpeakerLabel.parse("Allow me to begin"))
        XCTAssertEqual(SpeakerLabel.parse("Ms. Gamba de Potgieter")?.name, "Gamba de Potgieter")
    }
}
