/// A pack's text in another language (`translation` document). The pack stays the one source of
/// structure: ids, kinds, minutes, references and handout layout come from it; a translation
/// gives only words, in the same order and counts as the source.
public struct Translation: Hashable, Sendable {
    public var pack: String
    /// The pack version the text was translated from; a newer MAJOR.MINOR makes it stale (TR402).
    public var sourceVersion: String
    /// The language of the text (`xml:lang`), such as `es`.
    public var language: String
    public var title: String?
    public var summary: String?
    public var modules: [TranslatedModule]
    public var sessions: [TranslatedSession]
    public var handouts: [TranslatedHandout]
    public var origin: Origin

    public init(
        pack: String, sourceVersion: String, language: String, title: String? = nil, summary: String? = nil,
        modules: [TranslatedModule] = [], sessions: [TranslatedSession] = [], handouts: [TranslatedHandout] = [],
        origin: Origin = .code("translation")
    ) {
        self.pack = pack
        self.sourceVersion = sourceVersion
        self.language = language
        self.title = title
        self.summary = summary
        self.modules = modules
        self.sessions = sessions
        self.handouts = handouts
        self.origin = origin
    }

    public var file: String { origin.file }
}

/// A module's title and summary in the translation's language.
public struct TranslatedModule: Hashable, Sendable {
    public var ref: String
    public var title: String?
    public var summary: String?
    public var origin: Origin

    public init(ref: String, title: String? = nil, summary: String? = nil, origin: Origin = .code("module")) {
        self.ref = ref
        self.title = title
        self.summary = summary
        self.origin = origin
    }
}

/// A session's text: every objective, material, caution, activity and homework of the source,
/// in its counts and order (TR401 otherwise).
public struct TranslatedSession: Hashable, Sendable {
    public var ref: String
    public var title: String?
    public var objectives: [InlineText]
    public var materials: [InlineText]
    public var cautions: [InlineText]
    public var activities: [TranslatedActivity]
    public var homework: InlineText?
    public var origin: Origin

    public init(
        ref: String, title: String? = nil, objectives: [InlineText] = [], materials: [InlineText] = [],
        cautions: [InlineText] = [], activities: [TranslatedActivity] = [], homework: InlineText? = nil,
        origin: Origin = .code("session")
    ) {
        self.ref = ref
        self.title = title
        self.objectives = objectives
        self.materials = materials
        self.cautions = cautions
        self.activities = activities
        self.homework = homework
        self.origin = origin
    }
}

/// An activity's words; kind, minutes and handout stay the source's. An empty `<activity/>`
/// keeps the source's activity as it is.
public struct TranslatedActivity: Hashable, Sendable {
    public var title: String?
    public var script: [TextBlock]?
    public var prompts: [InlineText]
    public var origin: Origin

    public init(title: String? = nil, script: [TextBlock]? = nil, prompts: [InlineText] = [], origin: Origin = .code("activity")) {
        self.title = title
        self.script = script
        self.prompts = prompts
        self.origin = origin
    }
}

/// A handout's words: the source's parts in the same order and counts, with text and labels
/// only (a field's lines and a scale's numbers stay the source's).
public struct TranslatedHandout: Hashable, Sendable {
    public var ref: String
    public var title: String?
    public var parts: [HandoutPart]
    public var origin: Origin

    public init(ref: String, title: String? = nil, parts: [HandoutPart], origin: Origin = .code("handout")) {
        self.ref = ref
        self.title = title
        self.parts = parts
        self.origin = origin
    }
}
