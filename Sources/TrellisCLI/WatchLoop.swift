import Foundation
import Trellis

/// What `--watch` does between saves: wait for a settled change to the files a command reads,
/// say which changed, act, and go on until Ctrl-C (then exit 0: stopping is what was asked).
enum WatchLoop {
    /// Set `TRELLIS_WATCH_POLL=1` to look for changes by polling instead of inotify (network
    /// file systems, containers whose mounts deliver no events).
    static let pollingVariable = "TRELLIS_WATCH_POLL"

    static func run(roots: [String], relevant: @escaping @Sendable (String) -> Bool, stop: StopSignal, onChange: ([String]) -> Void) {
        let polling = ProcessInfo.processInfo.environment[pollingVariable] == "1"
        let watcher = FileWatching.watcher(roots: roots, polling: polling, relevant: relevant)
        Output.error("trellis: watching \(roots.joined(separator: ", ")) for saves; press Ctrl-C to stop\n")
        while let changed = watcher.waitForChanges(stop: stop) {
            let names = changed.map { ($0 as NSString).lastPathComponent }
            let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
            print("── \(clock()) · \(shown) changed")
            onChange(changed)
        }
        Output.error("trellis: stopped watching\n")
    }

    /// Local wall-clock time, HH:MM:SS: which save a block of output answers.
    static func clock() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }

    /// The files `validate` and `render` read: packs, tracks, programs, translations, rule files
    /// and templates. Editors' temporary and backup files are not.
    static func isCurriculumFile(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard !name.hasPrefix("."), !name.hasSuffix("~") else { return false }
        return name.hasSuffix(".xml") || name.hasSuffix(".sch") || name.hasSuffix(".mustache") || name.hasSuffix("*.xml")
    }
}
