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
            case .notFound(let path): "\(path): no such file or folder"
            case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
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
        var inputFiles: [String] = []
        for input in inputs { inputFiles += try files(at: input) }
        var pathFiles: [String] = []
        for directory in path.directories { pathFiles += try files(at: directory) }
        var seen: [String: String] = [:]  // canonical path → the spelling kept
        var ordered: [String] = []
        for file in inputFiles + pathFiles where seen[canonical(file)] == nil {
            seen[canonical(file)] = file
            ordered.append(file)
        }
        let onPath = pathFiles.compactMap { seen[canonical($0)] }
        let documents = try readAll(ordered)
        let reported = Set(inputs.isEmpty ? pathFiles : inputFiles)
        return CurriculumLibrary(documents: documents, inputFiles: reported, pathFiles: onPath)
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
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0
        if size > reader.limits.maximumBytes {
            let message =
                "the file is \(ParserLimits.mebibytes(size)) MiB; the limit is "
                + "\(ParserLimits.mebibytes(reader.limits.maximumBytes)) MiB; split it into smaller packs"
            return LoadedDocument(
                file: file, content: .unreadable,
                diagnostics: [.error(.overLimits, at: SourceLocation(file: file), message)])
        }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw .unreadable(file, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // One byte more than the limit is enough to know a growing file is too large.
            data = try handle.read(upToCount: reader.limits.maximumBytes + 1) ?? Data()
        } catch {
            throw .unreadable(file, reason: "\(error.localizedDescription)")
        }
        return reader.read([UInt8](data), file: file)
    }

    /// The `.xml` files at `path`: the file itself, or every `*.xml` below a folder, sorted.
    /// Paths keep the spelling the user gave (`Curricula/packs/x.xml`).
    func files(at path: String) throws(Failure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
        guard isDirectory.boolValue else {
            guard Self.isRegularFile(path) else {
                throw .unreadable(path, reason: "not a regular file (a pipe, socket or device): Trellis reads only files")
            }
            return [path]
        }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw .unreadable(path, reason: "the folder cannot be listed")
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return enumerator.compactMap { $0 as? String }
            .filter { $0.lowercased().hasSuffix(".xml") }
            .sorted()
            .map { prefix + $0 }
            // A pipe or device named *.xml would block the read forever: only regular files.
            .filter(Self.isRegularFile)
    }

    /// True for a regular file, or a link to one.
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    private func canonical(_ file: String) -> String {
        URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
