import PlenarySearch
import PlenaryStore

/// The search index of a store, current with its meeting files, for the commands that read
/// across meetings (speakers, citations, show person:/S/RES, timeline, compare). As a search
/// does: the store's watcher, when one runs, lists the files changed since the index was last
/// brought up to date; without one every file's size and time is checked, and a watcher is
/// started for the next command. Built (or rebuilt, when old or damaged) with a progress line.
enum CurrentIndex {
    static func open(_ store: Store) throws -> SearchIndex {
        let index = try IndexProgressLine.open(store, refresh: false)
        let watching = WatcherLauncher.enabled
        let reply = watching ? index.askWatcher() : nil
        if let reply, case .paths = reply.changes {
            try IndexProgressLine.refresh(index, watched: reply)
            return index
        }
        _ = try IndexProgressLine.refresh(index, fingerprint: SearchIndex.fingerprint(of: store), token: reply?.token)
        if watching && reply == nil { WatcherLauncher.start(store) }
        return index
    }
}
