@testable import PlenaryStore
import XCTest

/// The watcher's memory of changes and its line protocol, without a watcher.
final class ChangeJournalTests: XCTestCase {
    func testListsWhatChangedSinceAToken() {
        var journal = ChangeJournal(session: 7)
        journal.reset()  // a watcher starts with a reset: the first client checks every file
        XCTAssertEqual(journal.changes(since: nil), .unknown)
        let start = journal.token
        XCTAssertEqual(journal.changes(since: start), .paths([]))

        journal.touch("meetings/2017/b.json")
        journal.touch("meetings/2017/a.json")
        journal.touch("meetings/2017/b.json")
        XCTAssertEqual(journal.changes(since: start), .paths(["meetings/2017/a.json", "meetings/2017/b.json"]))
        let middle = journal.token
        journal.touch("meetings/2018/c.json")
        XCTAssertEqual(journal.changes(since: middle), .paths(["meetings/2018/c.json"]))
        XCTAssertEqual(journal.changes(since: journal.token), .paths([]))
    }

    func testAnotherSessionAResetOrATokenFromTheFutureMeanUnknown() {
        var journal = ChangeJournal(session: 7)
        journal.touch("meetings/2017/a.json")
        let token = journal.token
        XCTAssertEqual(journal.changes(since: WatchToken(session: 8, position: token.position)), .unknown)
        XCTAssertEqual(journal.changes(since: WatchToken(session: 7, position: token.position + 1)), .unknown)
        journal.reset()
        XCTAssertEqual(journal.changes(since: token), .unknown)
        XCTAssertEqual(journal.changes(since: journal.token), .paths([]))
    }

    func testTooManyChangesToListMeanUnknown() {
        var journal = ChangeJournal(session: 1)
        let start = journal.token
        for i in 0...ChangeJournal.listLimit { journal.touch("meetings/2017/\(i).json") }
        XCTAssertEqual(journal.changes(since: start), .unknown)
    }

    func testTokensAndRepliesSurviveTheWire() {
        XCTAssertEqual(WatchToken("12-34"), WatchToken(session: 12, position: 34))
        for bad in ["", "12", "12-", "-3", "a-b", "1-2-3"] { XCTAssertNil(WatchToken(bad), bad) }

        for request in [WatchProtocol.Request.sync(nil), .sync(WatchToken(session: 3, position: 9)), .status, .stop] {
            XCTAssertEqual(WatchProtocol.decodeRequest(String(WatchProtocol.encode(request).dropLast())), request)
        }
        XCTAssertNil(WatchProtocol.decodeRequest("sync 1-x"))
        XCTAssertNil(WatchProtocol.decodeRequest("drop tables"))

        let replies = [
            WatchReply(token: WatchToken(session: 3, position: 9), changes: .unknown),
            WatchReply(token: WatchToken(session: 3, position: 9), changes: .paths([])),
            WatchReply(token: WatchToken(session: 3, position: 9), changes: .paths(["meetings/2017/a b.json", "meetings/2018/c.json"])),
        ]
        for reply in replies { XCTAssertEqual(WatchProtocol.decodeReply(WatchProtocol.encode(reply)), reply) }
        // A watcher that died mid-answer leaves a reply that is not taken for a complete one.
        let cut = WatchProtocol.encode(replies[2])
        XCTAssertNil(WatchProtocol.decodeReply(String(cut.dropLast())))
        XCTAssertNil(WatchProtocol.decodeReply(String(cut.prefix(cut.count - 22))))
        XCTAssertNil(WatchProtocol.decodeReply("token 3-9\npaths 3\nmeetings/2017/a.json\n"))
    }
}
