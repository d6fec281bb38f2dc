import Foundation
import PlenaryModel
import TerminalUI

/// The I/O edge of the browser: reads keys from a terminal, feeds the reducer, runs its
/// effects (loads on a background queue, timers) and draws the rendered frame. Keys are
/// never blocked by a load: while one runs, the loop polls the terminal briefly.
public final class BrowserRuntime {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let source: MeetingSource
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

    public init(terminal: Terminal, source: MeetingSource, reducer: Reducer = Reducer(), renderer: Renderer = Renderer()) {
        self.terminal = terminal
        self.source = source
        self.reducer = reducer
        self.renderer = renderer
        self.state = AppState(size: terminal.size, sourceName: source.name)
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
            loadStarted = loadStarted ?? DispatchTime.now().uptimeNanoseconds
            mailbox.begin()
            let source = self.source
            let mailbox = self.mailbox
            queue.async {
                let catalog = source.catalog()
                mailbox.post(.catalogLoaded(catalog))
                // After the list is up, at low priority: never in the way of the first frame.
                DispatchQueue.global(qos: .background).asyncAfter(deadline: .now() + .milliseconds(200)) {
                    catalog.filterKeys.prepare()
                }
            }
        case .loadMeeting(let id, let request):
            loadStarted = loadStarted ?? DispatchTime.now().uptimeNanoseconds
            mailbox.begin()
            let source = self.source
            let mailbox = self.mailbox
            queue.async {
                let result: Result<Meeting, LoadFailure>
                do { result = .success(try source.meeting(id: id)) }
                catch let failure as LoadFailure { result = .failure(failure) }
                catch { result = .failure(LoadFailure(message: "\(error)")) }
                mailbox.post(.meetingLoaded(request: request, result))
            }
        case .repaint:
            terminal.invalidate()
        case .startTimer(let id, let milliseconds):
            timers[id] = DispatchTime.now().uptimeNanoseconds + UInt64(milliseconds) * 1_000_000
        }
    }
}
