import Foundation
import TrellisXML

/// Finds and reads packs and tracks: the files and folders the user named, then the curricula path.
public struct CurriculumLoader: Sendable {
    /// Why loading could not go on at all (the CLI exits with status 2).
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case unreadable(String, reason: String)

        public var description: String {
            switch self {
            case .notFound(let path): "\(OneLine.escape(path)): no such file or folder"
            case .unreadable(let path, let reason): "\(OneLine.escape(path)): cannot be read (\(reason))"
            }
        }
    }

    public var reader: DocumentReader

    public init(reader: DocumentReader = DocumentReader()) {
        self.reader = reader
    }

    /// Loads `inputs` (files or folders, as given) and everything on `path`.
    ///
    /// With no inputs, the files on the path are the inputs. A file given both ways is read once.
    public func load(inputs: [String], path: CurriculaPath) throws(Failure) -> CurriculumLibrary {
        var skipped: [SkippedEntry] = []
        var inputFiles: [String] = []
        for input in inputs { inputFiles += try files(at: input, skipped: &skipped) }
        var pathFiles: [String] = []
        for directory in path.directories { pathFiles += try files(at: directory, skipped: &skipped) }
        // Each spelling is resolved once: a library given both as input and as path names every
        // file twice, and resolving a path costs a system call per folder in it.
        var canonicalPaths: [String: String] = [:]
        func canonicalPath(_ file: String) -> String {
            if let known = canonicalPaths[file] { return known }
            let resolved = canonical(file)
            canonicalPaths[file] = resolved
            return resolved
        }
        var seen: [String: String] = [:]  // canonical path → the spelling kept
        var ordered: [String] = []
        for file in inputFiles + pathFiles {
            let key = canonicalPath(file)
            guard seen[key] == nil else { continue }
            seen[key] = file
            ordered.append(file)
        }
        let onPath = pathFiles.compactMap { seen[canonicalPath($0)] }
        let documents = try readAll(ordered)
        let reported = Set(inputs.isEmpty ? pathFiles : inputFiles)
        var library = CurriculumLibrary(documents: documents, inputFiles: reported, pathFiles: onPath)
        library.skipped = skipped
        return library
    }

    /// Reads `files` on every core (libxml2 parses separate documents on separate threads, and the
    /// compiled schema is shared read-only); the documents come back in the order of `files`, and
    /// the first failure in that order is the one thrown.
    func readAll(_ files: [String]) throws(Failure) -> [LoadedDocument] {
        let results = ResultSlots<Result<LoadedDocument, Failure>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results[index] = Result { () throws(Failure) in try read(files[index]) }
        }
        return try results.values.map { result throws(Failure) in try result.get() }
    }

    /// Reads one file, refusing to read a file over the size limit at all.
    public func read(_ file: String) throws(Failure) -> LoadedDocument {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadable(file, reason: "permission denied or not a regular file")
        }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        if size > reader.limits.maximumBytes {
            let message =
                "the file is \(ParserLimits.mebibytes(size)) MiB; the limit is "
                + "\(ParserLimits.mebibytes(reader.limits.maximumBytes)) MiB; split it into smaller packs"
            return LoadedDocument(
                file: file, content: .unreadable,
                diagnostics: [.error(.overLimits, at: SourceLocation(file: file), message)])
        }
        return reader.read(try Self.contents(of: descriptor, file: file, expected: size, limit: reader.limits.maximumBytes), file: file)
    }

    /// The bytes of an open file, read straight into the array the parser takes. Reads past the
    /// size `fstat` gave (a file may grow), but never more than one byte over `limit`: enough to
    /// know a growing file is too large.
    private static func contents(of descriptor: Int32, file: String, expected: Int, limit: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: min(max(expected, 0), limit) + 1)
        var count = 0
        while count < limit + 1 {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// The `.xml` files at `path`: the file itself, or every `*.xml` below a folder, sorted.
    /// Paths keep the spelling the user gave (`Curricula/packs/x.xml`).
    func files(at path: String, skipped: inout [SkippedEntry]) throws(Failure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
        guard isDirectory.boolValue else {
            guard Self.isRegularFile(path) else {
                throw .unreadable(path, reason: "not a regular file (a pipe, socket or device): Trellis reads only files")
            }
            return [path]
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        var found: [String] = []
        try Self.walk(prefix, relative: "", into: &found, skipped: &skipped)
        return found.sorted().map { prefix + $0 }
    }

    /// Every `*.xml` regular file below `folder` (relative paths), read with the system's own
    /// calls so that nothing is dropped unseen: a folder that cannot be listed or a name that is
    /// not UTF-8 stops the run naming it; a pipe or broken link named `*.xml` is skipped with a
    /// note (reading a pipe would block forever). Links to folders are not followed, so a link
    /// loop cannot recur.
    private static func walk(_ folder: String, relative: String, into found: inout [String], skipped: inout [SkippedEntry])
        throws(Failure)
    {
        let here = folder + relative
        guard let stream = opendir(here.isEmpty ? "." : here) else {
            throw .unreadable(String(here.dropLast()), reason: "the folder cannot be listed: \(String(cString: strerror(errno)))")
        }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            let isXML = bytes.count >= 4 && String(decoding: bytes.suffix(4), as: UTF8.self).lowercased() == ".xml"
            var status = stat()
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = bytes.map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
                let isFolder = lstat(here + String(decoding: bytes, as: UTF8.self), &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
                // Only names that matter: a pack, or a folder that may hold packs.
                if isXML || entry.pointee.d_type == DT_DIR || isFolder {
                    throw .unreadable(here + shown, reason: "the name is not UTF-8 text; rename it")
                }
                continue
            }
            let full = here + name
            guard lstat(full, &status) == 0 else { continue }
            let kind = status.st_mode & S_IFMT
            if kind == S_IFDIR {
                try walk(folder, relative: relative + name + "/", into: &found, skipped: &skipped)
            } else if isXML {
                if isRegularFile(full) {
                    found.append(relative + name)
                } else {
                    let reason = kind == S_IFLNK ? "a link to nothing, or to something not a file" : "not a regular file (a pipe, socket or device)"
                    skipped.append(SkippedEntry(path: full, reason: reason))
                }
            }
        }
    }

    /// True for a regular file, or a link to one.
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// The file's absolute path with links resolved (`realpath`), or a tidied absolute path when
    /// that fails.
    private func canonical(_ file: String) -> String {
        if let resolved = realpath(file, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return URL(fileURLWithPath: file).standardizedFileURL.path
    }
}
