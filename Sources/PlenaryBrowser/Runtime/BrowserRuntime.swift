import SafeText
import Foundation
import PlenaryModel
import PlenarySearch
import TerminalUI

/// The I/O edge of the browser: reads keys from a terminal, feeds the reducer, runs its
/// effects (loads on a background queue, timers) and draws the rendered frame. Keys are
/// never blocked by a load: while one runs, the loop polls the terminal briefly.
public final class BrowserRuntime {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let source: MeetingSource
    /// Registry, catalogue and search index for the screens beyond one meeting.
    private let linked: LinkedData?
    /// The search running, cancelled by the next keystroke.
    private var runningSearch: SearchCancellation?
    private let searchQueue = DispatchQueue(label: "plenary.browser.search", qos: .userInitiated)
    private let reducer: Reducer
    private let renderer: Renderer
    private let mailbox = Mailbox()
    private var timers: [TimerID: UInt64] = [:]
    /// When the oldest running load started, and when its progress was last shown.
    private var loadStarted: UInt64?
    private var progressShown: UInt64 = 0
    private let queue = DispatchQueue(label: "plenary.browser.load", qos: .userInitiated, attributes: .concurrent)
    /// Called after the first frame with the catalog on screen (benchmarks).
    public var onFirstFullFrame: (() -> Void)?
    private var announcedFullFrame = false

    /// Where marks are kept between runs (the store's `.plenary/marks.json`); `nil`: not kept.
    private let marksFile: URL?
    /// Shown in the status line once the first frame is up (configuration problems).
    private let notices: [String]

    public init(
        terminal: Terminal, source: MeetingSource, linked: LinkedData? = nil, marksFile: URL? = nil,
        theme: Theme? = nil, notices: [String] = [], countries: CountryNames = CountryNames(),
        measure: ReadingMeasure = ReadingMeasure(),
        reducer: Reducer = Reducer(), renderer: Renderer = Renderer()
    ) {
        self.notices = notices
        self.terminal = terminal
        self.source = source
        self.linked = linked
        self.marksFile = marksFile
        self.reducer = reducer
        self.renderer = renderer
        self.state = AppState(size: terminal.size, sourceName: source.name)
        self.state.countries = countries
        self.state.measure = measure
        let chosen = theme ?? Theme.forTerminal(colors: terminal.colors, environment: ProcessInfo.processInfo.environment)
        self.state.unicodeBars = chosen.name != Theme.monochrome.name
    }

    /// Runs until the user quits. With `stopWhenIdle`, also returns once no key, load or
    /// timer is pending (tests on an in-memory terminal).
    public func run(stopWhenIdle: Bool = false) {
        start()
        loop(stopWhenIdle: stopWhenIdle)
    }

    /// Asks for the first effects and draws the first frame.
    public func start() {
        apply(.started)
        if let marksFile, FileManager.default.fileExists(atPath: marksFile.path) {
            do {
                let marks = try JSONDecoder().decode([String: Mark].self, from: Data(contentsOf: marksFile))
                apply(.marksLoaded(.success(marks)))
            } catch {
                apply(.marksLoaded(.failure(LoadFailure(message: "\(marksFile.lastPathComponent) cannot be read; marks start empty"))))
            }
        }
        for notice in notices { apply(.notice(notice)) }
        terminal.draw(renderer.render(state))
    }

    /// The input loop; see `run`.
    public func loop(stopWhenIdle: Bool = false) {
        while !state.shouldQuit {
            let waiting = mailbox.busy
            let timeout: Int?
            if let due = timers.values.min() {
                let now = DispatchTime.now().uptimeNanoseconds
                timeout = due > now ? Int((due - now) / 1_000_000) + 1 : 0
            } else {
                timeout = waiting ? 10 : nil
            }
            var changed = false
            if let event = terminal.nextEvent(timeoutMilliseconds: stopWhenIdle ? 0 : (waiting ? min(timeout ?? 10, 10) : timeout)) {
                handle(event)
                changed = true
                // Take every key already typed before drawing: a held key never lags.
                while !state.shouldQuit, let more = terminal.nextEvent(timeoutMilliseconds: 0) {
                    handle(more)
                }
            }
            for event in mailbox.take() {
                apply(event)
                changed = true
            }
            let now = DispatchTime.now().uptimeNanoseconds
            if mailbox.busy, let started = loadStarted {
                if now - progressShown >= 250_000_000 {
                    progressShown = now
                    apply(.loading(elapsedMilliseconds: Int((now - started) / 1_000_000)))
                    changed = true
                }
            } else {
                loadStarted = nil
            }
            for (id, due) in timers where due <= now {
                timers[id] = nil
                apply(.timer(id))
                changed = true
            }
            if state.shouldQuit { break }
            if changed {
                terminal.draw(renderer.render(state))
                if !announcedFullFrame, state.catalog != .loading {
                    announcedFullFrame = true
                    onFirstFullFrame?()
                }
            }
            if stopWhenIdle && !changed && !mailbox.busy && timers.isEmpty { break }
            if stopWhenIdle && !changed && (mailbox.busy || !timers.isEmpty) { Thread.sleep(forTimeInterval: 0.002) }
        }
    }

    private func handle(_ key: KeyEvent) {
        if key.key == .resize {
            apply(.resized(terminal.size))
        } else {
            apply(.key(key))
        }
    }

    private func apply(_ event: BrowserEvent) {
        for effect in reducer.reduce(&state, event) { run(effect) }
    }

    private func run(_ effect: Effect) {
        switch effect {
        case .quit:
            break
        case .loadCatalog:
            loadCatalog()
        case .loadMeeting(let id, let request):
            loadMeeting(id: id, request: request)
        case .loadPage(let target, let request):
            let linked = self.linked
            inBackground(queue) {
                let result: Result<EntityPage, LoadFailure>
                if let linked {
                    do throws(LoadFailure) { result = .success(try linked.page(target)) } catch { result = .failure(error) }
                } else {
                    result = .failure(LoadFailure(message: "only meetings can be shown without a store"))
                }
                return .pageLoaded(request: request, result)
            }
        case .cancelSearch:
            runningSearch?.cancel()
            runningSearch = nil
        case .search(let query, let generation):
            search(query, generation: generation)
        case .refineSearch(let query, let generation):
            refine(query, generation: generation)
        case .countMatches(let query, let generation):
            countMatches(query, generation: generation)
        case .repaint:
            terminal.invalidate()
        case .copy(let text):
            terminal.copyToClipboard(TerminalSafeText.make(text, keepingNewlines: true))
        case .saveMarks(let marks):
            save(marks)
        case .suspendToShell:
            suspend()
        case .showInPager(let text, let line):
            apply(.pagerFinished(showInPager(text, line: line)))
            terminal.invalidate()
        case .copyPassage(let ref, let markdown):
            copyPassage(ref, markdown: markdown)
        case .pagePassage(let ref):
            pagePassage(ref)
        case .startTimer(let id, let milliseconds):
            timers[id] = DispatchTime.now().uptimeNanoseconds + UInt64(milliseconds) * 1_000_000
        }
    }

    /// Runs `work` on `queue`, counted as work in flight until its answer (if any) is posted.
    private func inBackground(_ queue: DispatchQueue, _ work: @escaping @Sendable () -> BrowserEvent?) {
        loadStarted = loadStarted ?? DispatchTime.now().uptimeNanoseconds
        mailbox.begin()
        let mailbox = self.mailbox
        queue.async {
            if let event = work() { mailbox.post(event) } else { mailbox.end() }
        }
    }

    private func loadCatalog() {
        let source = self.source
        let mailbox = self.mailbox
        inBackground(queue) {
            if let quick = source.quickCatalog() {
                // Two answers, two posts: each post ends one piece of work, so count this one
                // (otherwise the count goes negative and later loads look idle).
                mailbox.begin()
                mailbox.post(.catalogLoaded(quick))
            }
            let catalog = source.catalog()
            // After the list is up, at low priority: never in the way of the first frame.
            DispatchQueue.global(qos: .background).asyncAfter(deadline: .now() + .milliseconds(200)) {
                catalog.filterKeys.prepare()
            }
            return .catalogLoaded(catalog)
        }
    }

    private func loadMeeting(id: String, request: Int) {
        let source = self.source
        let mailbox = self.mailbox
        let linked = self.linked
        inBackground(queue) {
            let result: Result<Meeting, LoadFailure>
            do { result = .success(try source.meeting(id: id)) } catch let failure as LoadFailure { result = .failure(failure) } catch {
                result = .failure(LoadFailure(message: "\(error)"))
            }
            // A Security Council record: the catalogue's agenda, outcome and press release,
            // posted first so the header is built with them.
            if case .success(let meeting) = result, let symbol = meeting.symbol, let linked {
                let catalog = linked.catalog
                if let entry = catalog.meeting(record: symbol) {
                    mailbox.begin()
                    mailbox.post(.councilRecordLoaded(request: request, CouncilRecord(entry, catalog: catalog)))
                }
            }
            return .meetingLoaded(request: request, result)
        }
    }

    // MARK: Searches

    /// The first page of a search, the running one cancelled. One serial queue: a cancelled
    /// run ends at once and the next starts behind it. The reducer asks for a better ranking
    /// and the counts once the page is in.
    private func search(_ query: String, generation: Int) {
        runningSearch?.cancel()
        let cancellation = SearchCancellation()
        runningSearch = cancellation
        let linked = self.linked
        inBackground(searchQueue) {
            guard let linked else {
                return .searchLoaded(generation: generation, .failure(LoadFailure(message: "search needs a store")))
            }
            do {
                let index = try linked.currentSearchIndex()
                let page = try index.search(query, limit: 200, ranking: SearchIndex.firstPage, cancellation: cancellation)
                return .searchLoaded(
                    generation: generation, .success(SearchOutcome(page, titles: linked.titles(of: page.results.map(\.meeting)))))
            } catch {
                return .searchLoaded(generation: generation, .failure(BrowserRuntime.searchFailure(error)))
            }
        }
    }

    /// Why a search could not run, in words for the status line.
    static func searchFailure(_ error: any Error) -> LoadFailure {
        switch error {
        case let failure as LoadFailure: return failure
        case SearchError.cancelled: return LoadFailure(message: "search cancelled")
        case SearchError.query(let error): return LoadFailure(message: "bad query at column \(error.column): \(error.message)")
        default: return LoadFailure(message: "\(error)")
        }
    }

    /// The query ranked over more matches; nothing is posted when it fails or is cancelled.
    private func refine(_ query: String, generation: Int) {
        let linked = self.linked
        let cancellation = runningSearch
        inBackground(searchQueue) {
            guard let linked,
                let ranked = try? linked.searchIndex().search(
                    query, limit: 200, ranking: SearchIndex.refinedPage,
                    cancellation: cancellation)
            else { return nil }
            return .searchRefined(generation: generation, SearchOutcome(ranked, titles: linked.titles(of: ranked.results.map(\.meeting))))
        }
    }

    /// The counts by year and organisation; nothing is posted when they fail or are cancelled.
    private func countMatches(_ query: String, generation: Int) {
        let linked = self.linked
        let cancellation = runningSearch
        inBackground(searchQueue) {
            guard let linked, let parsed = try? SearchQuery.parse(query),
                let facets = try? linked.searchIndex().facets(parsed, cancellation: cancellation)
            else { return nil }
            return .searchFacets(generation: generation, FacetCounts(facets))
        }
    }

    // MARK: Marks, job control, passages

    private func save(_ marks: [String: Mark]) {
        guard let marksFile else {
            apply(.marksLoaded(.failure(LoadFailure(message: "marks are kept only for a store"))))
            return
        }
        do {
            try FileManager.default.createDirectory(at: marksFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(marks).write(to: marksFile, options: .atomic)
        } catch {
            apply(.marksLoaded(.failure(LoadFailure(message: "cannot save the marks: \(error.localizedDescription)"))))
        }
    }

    private func suspend() {
        guard JobControl.canSuspend else {
            let key = reducer.actions.keyOrCommand(for: .suspend, on: state.screenKind)
            apply(.notice("\(key) needs a shell with job control; Plenary was not started from one"))
            return
        }
        terminal.suspend { JobControl.stop() }
        terminal.invalidate()
        apply(.resized(terminal.size))
    }

    private func copyPassage(_ ref: PassageRef, markdown: Bool) {
        switch passage(ref) {
        case .success(let meeting):
            if let quotation = Quotation(meeting, paragraphs: ref.paragraphs, countries: state.countries, markdown: markdown) {
                terminal.copyToClipboard(Reducer.clipboardSafe(quotation.text))
                apply(.status(StatusMessage("Copied \(markdown ? "as Markdown " : "")with “\(quotation.citation)”")))
            } else {
                apply(.status(StatusMessage("\(ref.meeting) no longer has that paragraph (plenary reindex)", isError: true)))
            }
        case .failure(let failure):
            apply(.status(StatusMessage(failure.message, isError: true)))
        }
    }

    private func pagePassage(_ ref: PassageRef) {
        switch passage(ref) {
        case .success(let meeting):
            if let text = Quotation.forPager(meeting, paragraphs: ref.paragraphs, countries: state.countries) {
                apply(.pagerFinished(showInPager(text, line: nil)))
                terminal.invalidate()
            } else {
                apply(.status(StatusMessage("\(ref.meeting) no longer has that paragraph (plenary reindex)", isError: true)))
            }
        case .failure(let failure):
            apply(.status(StatusMessage(failure.message, isError: true)))
        }
    }

    /// The record a passage comes from: one file read, on the input path (a few milliseconds).
    private func passage(_ ref: PassageRef) -> Result<Meeting, LoadFailure> {
        do { return .success(try source.meeting(id: ref.meeting)) } catch let failure as LoadFailure {
            return .failure(LoadFailure(message: "Cannot read \(ref.meeting): \(failure.message)"))
        } catch { return .failure(LoadFailure(message: "Cannot read \(ref.meeting): \(error)")) }
    }

    /// Pagers that open at a line given as `+N` (less, more, most, vi and its kin).
    static func takesLineArgument(_ pager: String) -> Bool {
        guard let program = pager.split(separator: " ").first.map({ $0.split(separator: "/").last.map(String.init) ?? String($0) }) else {
            return false
        }
        return ["less", "more", "most", "vi", "vim", "nvim", "view", "nano"].contains(program)
    }

    /// Writes `text` (made safe to print) to a temporary file and runs `$PAGER` (or `less`)
    /// on it with the terminal given back, at `line` for pagers that take `+N`; returns why
    /// it failed, if it did. A pager that ends at once (`cat`) leaves the text on the screen
    /// until a key is pressed.
    private func showInPager(_ text: String, line: Int?) -> LoadFailure? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-\(getpid())-\(UUID().uuidString.prefix(8)).txt")
        let safe = TerminalSafeText.make(text, keepingNewlines: true)
        do { try Data(safe.utf8).write(to: file) } catch { return LoadFailure(message: "cannot write a file for the pager") }
        defer { try? FileManager.default.removeItem(at: file) }
        let pager = ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less"
        var failure: LoadFailure?
        terminal.suspend {
            // posix_spawn, not Process: the pager must stay in the terminal's foreground
            // process group to read keys. Ctrl-C belongs to the pager meanwhile.
            let previous = signal(SIGINT, SIG_IGN)
            defer { signal(SIGINT, previous) }
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var defaults = sigset_t()
            sigemptyset(&defaults)
            sigaddset(&defaults, SIGINT)
            posix_spawnattr_setsigdefault(&attributes, &defaults)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
            let at = line.flatMap { BrowserRuntime.takesLineArgument(pager) ? " +\($0)" : nil } ?? ""
            let argv = ["/bin/sh", "-c", pager + at + " \"$1\"", "sh", file.path]
            let started = DispatchTime.now().uptimeNanoseconds
            var cArguments = argv.map { strdup($0) } + [nil]
            defer { cArguments.forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, "/bin/sh", nil, &attributes, &cArguments, environ) == 0 else {
                failure = LoadFailure(message: "cannot run the pager \(pager)")
                return
            }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            if (status & 0x7F) == 0 && (status >> 8) & 0xFF == 127 {
                failure = LoadFailure(message: "the pager \(pager) was not found")
            } else if DispatchTime.now().uptimeNanoseconds - started < 700_000_000 {
                BrowserRuntime.waitForKey("-- Plenary: press any key to return --")
            }
        }
        return failure
    }

    /// Prints `prompt` and waits for one key on the terminal (in its normal mode meanwhile).
    static func waitForKey(_ prompt: String) {
        let tty = open("/dev/tty", O_RDWR)
        guard tty >= 0 else { return }
        defer { close(tty) }
        let line = "\n" + prompt
        _ = line.withCString { write(tty, $0, strlen($0)) }
        var saved = termios()
        guard tcgetattr(tty, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(tty, TCSANOW, &raw)
        defer { tcsetattr(tty, TCSANOW, &saved) }
        var byte: UInt8 = 0
        while read(tty, &byte, 1) == -1 && errno == EINTR {}
        // Take the rest of a multi-byte key (an arrow's escape sequence) too.
        var more = [UInt8](repeating: 0, count: 16)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 1
        }
        tcsetattr(tty, TCSANOW, &raw)
        _ = read(tty, &more, more.count)
    }
}
