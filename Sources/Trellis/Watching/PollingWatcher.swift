import Foundation

/// Watches by looking: every few tenths of a second it lists the relevant files below the roots
/// with their size and modification time, and reports those that differ. For systems and file
/// systems without inotify; costs a folder walk per look.
final class PollingWatcher: FileWatcher {
    private let roots: [String]
    private let relevant: @Sendable (String) -> Bool
    private var snapshot: [String: Stamp]

    struct Stamp: Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    static let interval: useconds_t = 250_000

    init(roots: [String], relevant: @escaping @Sendable (String) -> Bool) {
        self.roots = FileWatching.folders(for: roots)
        self.relevant = relevant
        snapshot = [:]
        snapshot = look()
    }

    private func look() -> [String: Stamp] {
        var found: [String: Stamp] = [:]
        for root in roots {
            let names = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
            for name in names {
                let path = root + "/" + name
                guard relevant(path) else { continue }
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                found[path] = Stamp(size: Int64(status.st_size), seconds: status.st_mtim.tv_sec, nanoseconds: status.st_mtim.tv_nsec)
            }
        }
        return found
    }

    func waitForChanges(stop: StopSignal) -> [String]? {
        while true {
            if stop.isRequested { return nil }
            usleep(Self.interval)
            var current = look()
            guard current != snapshot else { continue }
            // Let the burst of saves settle.
            while true {
                usleep(useconds_t(FileWatching.settle * 1_000_000))
                let again = look()
                if again == current { break }
                current = again
            }
            let paths = Set(current.keys).union(snapshot.keys).filter { current[$0] != snapshot[$0] }.sorted()
            snapshot = current
            return paths
        }
    }
}
