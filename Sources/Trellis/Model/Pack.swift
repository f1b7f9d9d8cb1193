/// A curriculum pack: modules of group sessions, with their handouts.
public struct Pack: Hashable, Sendable {
    public var id: String
    public var version: String
    /// The `xml:lang` of the pack, if given.
    public var language: String?
    /// The target reading grade for participant text (default 8).
    public var readingGrade: Double
    public var title: String
    public var summary: String
    public var audience: String?
    public var approaches: [String]
    public var references: [String]
    public var authors: [Author]
    public var review: Review?
    public var modules: [Module]
    public var handouts: [Handout]
    public var origin: Origin

    public static let defaultReadingGrade = 8.0

    public init(
        id: String, version: String, language: String? = nil, readingGrade: Double = Pack.defaultReadingGrade,
        title: String, summary: String, audience: String? = nil, approaches: [String] = [],
        references: [String] = [], authors: [Author] = [], review: Review? = nil, modules: [Module],
        handouts: [Handout] = [], origin: Origin = .code("pack")
    ) {
        self.id = id
        self.version = version
        self.language = language
        self.readingGrade = readingGrade
        self.title = title
        self.summary = summary
        self.audience = audience
        self.approaches = approaches
        self.references = references
        self.authors = authors
        self.review = review
        self.modules = modules
        self.handouts = handouts
        self.origin = origin
    }

    /// Every session of every module, in document order.
    public var sessions: [Session] { modules.flatMap(\.sessions) }

    public func module(id: String) -> Module? { modules.first { $0.id == id } }
    public func session(id: String) -> Session? { sessions.first { $0.id == id } }
    public func handout(id: String) -> Handout? { handouts.first { $0.id == id } }

    /// The file the pack was read from.
    public var file: String { origin.file }
}

/// Who wrote a pack.
public struct Author: Hashable, Sendable {
    public var name: String
    public var role: String?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}

/// The most recent clinical review of a pack.
public struct Review: Hashable, Sendable {
    public var date: CalendarDate
    public var by: String
    public var origin: Origin

    public init(date: CalendarDate, by: String, origin: Origin = .code("review")) {
        self.date = date
        self.by = by
        self.origin = origin
    }
}
