#if os(Linux)
    import Foundation

    /// Watches folders with Linux's inotify: the kernel says which file changed, at once, with
    /// no cost while nothing does. Every folder below a root is watched, and folders created
    /// later are added as they appear.
    final class InotifyWatcher: FileWatcher {
        private let descriptor: Int32
        private let relevant: @Sendable (String) -> Bool
        /// Watch descriptor → the folder it watches.
        private var folders: [Int32: String] = [:]

        private static let events: UInt32 =
            UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
            | UInt32(IN_DELETE) | UInt32(IN_ATTRIB)

        init?(roots: [String], relevant: @escaping @Sendable (String) -> Bool) {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            self.relevant = relevant
            for folder in FileWatching.folders(for: roots) { add(folder) }
            guard !folders.isEmpty else {
                close(descriptor)
                return nil
            }
        }

        deinit { close(descriptor) }

        /// Watches `folder` and every folder below it (links to folders are not followed).
        private func add(_ folder: String) {
            let watch = inotify_add_watch(descriptor, folder, Self.events | UInt32(IN_ONLYDIR))
            guard watch >= 0 else { return }
            folders[watch] = folder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in names {
                var status = stat()
                let path = folder + "/" + name
                if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR { add(path) }
            }
        }

        func waitForChanges(stop: StopSignal) -> [String]? {
            var changed: [String] = []
            var first: Date?
            var last = Date()
            while true {
                if stop.isRequested { return nil }
                // Short waits, so Ctrl-C is noticed within a fifth of a second.
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let wait = first == nil ? 200 : Int32(FileWatching.settle * 1000)
                if poll(&poller, 1, wait) > 0 {
                    let paths = readEvents().filter(relevant)
                    guard !paths.isEmpty else { continue }
                    for path in paths where !changed.contains(path) { changed.append(path) }
                    last = Date()
                    if first == nil { first = last }
                }
                // The burst has settled, or has gone on for two seconds: report what there is.
                if let start = first, Date().timeIntervalSince(last) >= FileWatching.settle || Date().timeIntervalSince(start) >= 2 {
                    return changed
                }
            }
        }

        /// The paths named by the events waiting to be read; a new folder is watched at once.
        private func readEvents() -> [String] {
            var paths: [String] = []
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                var offset = 0
                while offset + 16 <= count {
                    let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                        (
                            raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                            raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                            Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        )
                    }
                    let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                    offset += 16 + length
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                        // Too many events to tell which: say every folder changed.
                        paths += folders.values.map { $0 + "/*.xml" }
                        continue
                    }
                    guard let folder = folders[watch] else { continue }
                    let path = folder + "/" + String(decoding: nameBytes, as: UTF8.self)
                    if mask & UInt32(IN_ISDIR) != 0 {
                        if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 { add(path) }
                        continue
                    }
                    paths.append(path)
                }
            }
            return paths
        }
    }
#endif
