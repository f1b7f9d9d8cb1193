/// One file as loaded: what it turned out to be, and what was wrong with it.
public struct LoadedDocument: Sendable {
    /// What a document holds.
    public enum Content: Sendable {
        case pack(Pack)
        case track(Track)
        case program(Program)
        case translation(Translation)
        /// Nothing usable: the diagnostics say why.
        case unreadable
    }

    /// The path as the user gave it (relative stays relative).
    public var file: String
    public var content: Content
    /// Problems found while loading: TR001–TR004 and TR002 from the schema.
    public var diagnostics: [Diagnostic]

    public init(file: String, content: Content, diagnostics: [Diagnostic]) {
        self.file = file
        self.content = content
        self.diagnostics = diagnostics
    }

    public var pack: Pack? { if case .pack(let pack) = content { pack } else { nil } }
    public var track: Track? { if case .track(let track) = content { track } else { nil } }
    public var program: Program? { if case .program(let program) = content { program } else { nil } }
    public var translation: Translation? {
        if case .translation(let translation) = content { translation } else { nil }
    }

    /// True when the document loaded without errors, so rules can trust its structure.
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
}
