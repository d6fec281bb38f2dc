@testable import PlenaryExtract
import XCTest

/// Saved HTML pages whose menus and link lists are not in `<nav>`: they are known by their
/// link density, and a page wrapped in one `<form>` still has its article read.
final class HTMLMainContentTests: XCTestCase {
    func testMenusAndRelatedLinksByLinkDensityInsideAForm() throws {
        let html = """
            <!DOCTYPE html><html><body><form action="/page.aspx" method="post"><input type="hidden" value="x"/>
            <div class="top"><ul>
              <li><a href="/">Home</a></li><li><a href="/about">About the Ministry and its work</a></li>
              <li><a href="/press">Press releases and statements of the Ministry</a></li>
            </ul></div>
            <div class="content">
              <h1>Foreign Ministers Meet in Lisbon to Discuss Regional Trade</h1>
              <p>12 May 2022</p>
              <p>The Foreign Ministers of Portugal and Spain met in Lisbon on 12 May 2022 to discuss regional trade.</p>
              <p>The Ministers agreed to meet again in Madrid next year.</p>
            </div>
            <div class="related"><h2>Related</h2><ul>
              <li><a href="/a">Foreign Minister Receives the Ambassador of France in Lisbon</a></li>
              <li><a href="/b">Secretary of State Attends the Annual Meeting of the Council in Brussels</a></li>
            </ul></div>
            </form></body></html>
            """
        let segments = DocumentReader.segments(try DocumentReader.read(html, format: .html))
        XCTAssertEqual(segments.count, 1)
        let s = try XCTUnwrap(segments.first)
        XCTAssertEqual(s.title, "Foreign Ministers Meet in Lisbon to Discuss Regional Trade")
        XCTAssertEqual(
            s.blocks.map(\.text),
            [
                "The Foreign Ministers of Portugal and Spain met in Lisbon on 12 May 2022 to discuss regional trade.",
                "The Ministers agreed to meet again in Madrid next year.",
            ])
        XCTAssertEqual(s.headerLines, ["12 May 2022"])
    }

    func testLinkShare() throws {
        let blocks = try HTMLBlockReader.read(
            "<html><body><p>See <a href='/r'>the report</a> of the meeting held in Geneva today.</p><li><a href='/x'>Home</a></li></body></html>"
        )
        XCTAssertEqual(blocks.count, 2)
        XCTAssertLessThan(blocks[0].linkShare, 0.5)
        XCTAssertEqual(blocks[1].linkShare, 1)
    }
}
