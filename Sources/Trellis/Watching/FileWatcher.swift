import Foundation

/// Tells when files a command reads have changed, so `--watch` can check or render again.
///
/// `waitForChanges` blocks until a burst of saves has settled (editors write a file in several
/// steps: a temporary file, a rename, a change of mode), then returns the changed paths once;
/// nil when `stop` was requested (Ctrl-C) while waiting.
public protocol FileWatcher: AnyObject {
    func waitForChanges(stop: StopSignal) -> [String]?
}

/// Which watcher to use, and what counts as a change.
public enum FileWatching {
    /// How long the files must be quiet before a burst of saves counts as one change.
    public static let settle: TimeInterval = 0.15

    /// inotify on Linux; polling where it is not available, or when `polling` is asked for
    /// (network file systems do not deliver inotify events).
    /// - Parameters:
    ///   - roots: files and folders to watch; folders are watched with everything below them.
    ///   - relevant: whether a changed path matters (by name: `*.xml`, templates …).
    public static func watcher(roots: [String], polling: Bool = false, relevant: @escaping @Sendable (String) -> Bool)
        -> any FileWatcher
    {
        #if os(Linux)
            if !polling, let watcher = InotifyWatcher(roots: roots, relevant: relevant) { return watcher }
        #endif
        return PollingWatcher(roots: roots, relevant: relevant)
    }

    /// The folders to watch for `roots`: a folder itself, a file's folder.
    static func folders(for roots: [String]) -> [String] {
        var folders: [String] = []
        for root in roots {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root, isDirectory: &isFolder)
            let folder = exists && isFolder.boolValue ? root : (root as NSString).deletingLastPathComponent
            let shown = folder.isEmpty ? "." : folder
            if !folders.contains(shown) { folders.append(shown) }
        }
        return folders
    }
}
