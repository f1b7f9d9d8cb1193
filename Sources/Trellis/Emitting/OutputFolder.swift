import Foundation

/// Writes rendered files into a folder without ever losing what a person wrote there.
///
/// - Each file is written to a temporary name beside it and renamed into place, so a crash
///   leaves the old file or the new one, never half of one.
/// - Nothing outside the folder is touched: paths are checked, and a symbolic link that leads
///   out of the folder is refused.
/// - A file Trellis did not write, or one edited since Trellis wrote it, is never overwritten
///   unless the caller forces it. Trellis knows its own files from `.trellis-render.json`, which
///   records a checksum of each file it wrote. Unrelated files are left alone.
public struct OutputFolder: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAFolder(String)
        case cannotCreate(String, reason: String)
        /// Files in the way: not written by Trellis, or changed since.
        case wouldOverwrite([String])
        case outsideFolder(String)
        case cannotWrite(String, reason: String)
        /// Stopped between two files (Ctrl-C): every file is whole and in the manifest.
        case interrupted(written: Int)
        /// Another render holds the folder's lock.
        case busy(String)

        public var description: String {
            switch self {
            case .notAFolder(let path): "\(path) exists and is not a folder"
            case .cannotCreate(let path, let reason): "cannot create the folder \(path) (\(reason))"
            case .wouldOverwrite(let files):
                "refusing to overwrite \(files.count) file\(files.count == 1 ? "" : "s") that Trellis did not write or "
                    + "that were changed since: \(files.prefix(5).joined(separator: ", "))"
                    + (files.count > 5 ? " and \(files.count - 5) more" : "")
                    + "; move them, choose another --out folder, or pass --force to replace them"
            case .outsideFolder(let path): "\(path) would be written outside the output folder (through a symbolic link?)"
            case .cannotWrite(let path, let reason): "cannot write \(path) (\(reason))"
            case .interrupted(let written):
                "interrupted after \(written) file\(written == 1 ? "" : "s"); every file written is whole, and the next render carries on"
            case .busy(let path): "another render is writing \(path); wait for it to finish, or choose another --out folder"
            }
        }
    }

    /// What a write did.
    public struct Summary: Equatable, Sendable {
        public var written: Int
        public var unchanged: Int

        public init(written: Int, unchanged: Int) {
            self.written = written
            self.unchanged = unchanged
        }
    }

    /// The name of the record of what Trellis wrote.
    public static let manifestName = ".trellis-render.json"

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The folder's exclusive lock, held until the value is released (or the process ends).
    public final class Lock: Sendable {
        let descriptor: Int32
        /// The folder, when taking the lock created it.
        let created: String?

        init(descriptor: Int32, created: String?) {
            self.descriptor = descriptor
            self.created = created
        }

        /// A folder this render created and left empty (it failed before writing) is removed, so
        /// a failed render leaves nothing behind; `rmdir` never removes a folder with files.
        deinit {
            if let created { rmdir(created) }
            close(descriptor)
        }
    }

    /// Creates the folder if needed and takes its lock, or fails at once when another render
    /// holds it. A render takes it before it starts, so two renders into one folder cannot mix
    /// their files; the lock is `flock` on the folder itself, so no lock file is left behind.
    public func lock() throws(Failure) -> Lock {
        let created = try makeFolder()
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let error = errno
            close(descriptor)
            if error == EWOULDBLOCK { throw .busy(path) }
            throw .cannotWrite(path, reason: String(cString: strerror(error)))
        }
        return Lock(descriptor: descriptor, created: created ? path : nil)
    }

    /// True when the folder had to be created.
    private func makeFolder() throws(Failure) -> Bool {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .notAFolder(path) }
            return false
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path, reason: error.localizedDescription)
        }
        return true
    }

    /// Writes `files`; with `force`, also replaces files Trellis did not write. Takes the
    /// folder's lock unless the caller already holds it.
    public func write(_ files: [EmittedFile], force: Bool = false, stop: StopSignal? = nil, holding held: Lock? = nil)
        throws(Failure) -> Summary
    {
        let manager = FileManager.default
        let lock: Lock
        if let held { lock = held } else { lock = try self.lock() }
        defer { withExtendedLifetime(lock) {} }
        let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        var manifest = readManifest()

        var conflicts: [String] = []
        for file in files {
            let target = URL(fileURLWithPath: path).appendingPathComponent(file.path)
            guard isInside(root: root, target) else { throw .outsideFolder(file.path) }
            guard let existing = manager.contents(atPath: target.path) else {
                if manager.fileExists(atPath: target.path) { conflicts.append(file.path) }
                continue
            }
            let bytes = [UInt8](existing)
            if bytes != file.contents && manifest[file.path] != Self.checksum(bytes) { conflicts.append(file.path) }
        }
        if !conflicts.isEmpty && !force { throw .wouldOverwrite(conflicts.sorted()) }

        var summary = Summary(written: 0, unchanged: 0)
        // The manifest records every file that landed, even when a later one fails or the
        // render is stopped, so the next render replaces them without --force.
        do throws(Failure) {
            for file in files {
                if stop?.isRequested == true { throw Failure.interrupted(written: summary.written) }
                let target = URL(fileURLWithPath: path).appendingPathComponent(file.path)
                if let existing = manager.contents(atPath: target.path), [UInt8](existing) == file.contents {
                    summary.unchanged += 1
                } else {
                    try replace(target, with: file.contents, display: file.path)
                    summary.written += 1
                }
                manifest[file.path] = Self.checksum(file.contents)
            }
        } catch {
            try? writeManifest(manifest)
            throw error
        }
        try writeManifest(manifest)
        return summary
    }

    /// True when `target`'s nearest existing ancestor resolves to a place inside `root`.
    private func isInside(root: String, _ target: URL) -> Bool {
        var ancestor = target.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: ancestor.path) { ancestor.deleteLastPathComponent() }
        let resolved = ancestor.resolvingSymlinksInPath().standardizedFileURL.path
        guard resolved == root || resolved.hasPrefix(root + "/") else { return false }
        // The file itself must not be a link pointing elsewhere either.
        if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: target.path) {
            let resolvedTarget = URL(fileURLWithPath: destination, relativeTo: target.deletingLastPathComponent())
                .resolvingSymlinksInPath().standardizedFileURL.path
            return resolvedTarget.hasPrefix(root + "/")
        }
        return true
    }

    /// Writes to a temporary name in the same folder, then renames over the target.
    private func replace(_ target: URL, with contents: [UInt8], display: String) throws(Failure) {
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(display, reason: error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).trellis-\(ProcessInfo.processInfo.processIdentifier).tmp")
        // Plain POSIX writes: Foundation's own atomic write would add a second temporary file
        // of its own, and its errors would hide the system's reason (no space left, name too long).
        if let reason = Self.writeFile(temporary.path, contents) {
            unlink(temporary.path)
            throw .cannotWrite(display, reason: reason)
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(display, reason: reason)
        }
    }

    /// Writes `contents` to a new file at `path`; the system's reason when it fails.
    private static func writeFile(_ path: String, _ contents: [UInt8]) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        var offset = 0
        while offset < contents.count {
            let written = contents[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                return reason
            }
            offset += written
        }
        return close(fd) == 0 ? nil : String(cString: strerror(errno))
    }

    private var manifestURL: URL { URL(fileURLWithPath: path).appendingPathComponent(Self.manifestName) }

    /// The checksums Trellis recorded, by path; empty when there is no record or it is unreadable.
    private func readManifest() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: manifestURL.path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let files = object["files"] as? [String: String]
        else { return [:] }
        return files
    }

    private func writeManifest(_ files: [String: String]) throws(Failure) {
        let record: JSONValue = .object([
            ("generator", .string("trellis \(TrellisVersion.current)")),
            ("files", .object(files.keys.sorted().map { ($0, .string(files[$0]!)) })),
        ])
        try replace(manifestURL, with: Array((record.pretty + "\n").utf8), display: Self.manifestName)
    }

    /// FNV-1a, 64 bits, in hex: enough to tell whether a file changed since Trellis wrote it.
    static func checksum(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
