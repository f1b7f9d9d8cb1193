/// Everything loaded together: the documents, and the packs and tracks they define.
///
/// Files named by the user come first; a pack or track of theirs shadows one with the same id
/// found on the curricula path, which is only there to resolve references.
public struct CurriculumLibrary: Sendable {
    /// Every document read, inputs first, then the curricula path, each in path order.
    public let documents: [LoadedDocument]
    /// The files the user named (or, with none named, every file on the path): what `validate`
    /// reports on.
    public let inputFiles: Set<String>
    /// Packs available for references, shadowing applied.
    public let packs: [Pack]
    /// Tracks available by id, shadowing applied.
    public let tracks: [Track]
    /// Program files, in load order; `program` says which one is used.
    public let programs: [Program]
    /// Translations, in load order (inputs first); the first of a pack and language is used.
    public let translations: [Translation]

    private let packsByID: [String: Pack]
    private let tracksByID: [String: Track]

    /// The files found on the curricula path, in path order (some may also be inputs).
    public let pathFiles: [String]
    /// Entries named like curricula that were not read, with why (a pipe, a broken link): the
    /// command mentions them, since a file silently missing from a check looks like a pass.
    public var skipped: [SkippedEntry] = []

    public init(documents: [LoadedDocument], inputFiles: Set<String>, pathFiles: [String]? = nil) {
        self.documents = documents
        self.inputFiles = inputFiles
        self.pathFiles = pathFiles ?? documents.map(\.file)
        let inputPackIDs = Set(documents.filter { inputFiles.contains($0.file) }.compactMap { $0.pack?.id })
        let inputTrackIDs = Set(documents.filter { inputFiles.contains($0.file) }.compactMap { $0.track?.id })
        packs = documents.compactMap { document in
            guard let pack = document.pack else { return nil }
            return inputFiles.contains(document.file) || !inputPackIDs.contains(pack.id) ? pack : nil
        }
        tracks = documents.compactMap { document in
            guard let track = document.track else { return nil }
            return inputFiles.contains(document.file) || !inputTrackIDs.contains(track.id) ? track : nil
        }
        programs = documents.compactMap(\.program)
        translations = documents.filter(\.isValid).compactMap(\.translation)
        packsByID = Dictionary(packs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        tracksByID = Dictionary(tracks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func pack(id: String) -> Pack? { packsByID[id] }
    public func track(id: String) -> Track? { tracksByID[id] }

    /// The translation of pack `id` into `language`, if one is loaded.
    public func translation(of id: String, into language: String) -> Translation? {
        translations.first { $0.pack == id && Language.matches($0.language, language) }
    }

    /// The languages some translation gives text in, sorted.
    public var translatedLanguages: [String] { Set(translations.map(\.language)).sorted() }

    /// The program the curricula describe: a program file named on the command line (and not on
    /// the path) stands in for the path's; otherwise the first on the curricula path. Any other
    /// program file is a second program (TR303).
    public var program: Program? {
        let onPath = Set(pathFiles)
        if let named = programs.first(where: { !onPath.contains($0.file) }) { return named }
        let byFile = Dictionary(programs.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        return pathFiles.lazy.compactMap { byFile[$0] }.first
    }

    /// The documents the user named.
    public var inputDocuments: [LoadedDocument] { documents.filter { inputFiles.contains($0.file) } }
}

/// A `*.xml` entry in a folder that is not a file Trellis can read.
public struct SkippedEntry: Hashable, Sendable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// One line for the person running the command.
    public var note: String { "note: skipped \(OneLine.escape(path)): \(reason)" }
}
