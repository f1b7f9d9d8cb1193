/// What a rule may look at: the documents and modules in scope, and everything loaded for
/// resolving references.
///
/// Session and handout rules walk `sessions` and `handouts`, which hold every session and
/// handout of every module in scope, whether a pack or a plugin's Swift code defines it; pack
/// rules (versions, reviews, ids) walk `packs`; track rules walk `tracks`.
public struct CheckContext: Sendable {
    /// Everything loaded, for resolving references.
    public let library: CurriculumLibrary
    /// Everything registered, the loaded packs' modules included: the one place to look a
    /// module, session or handout up.
    public let registry: PluginRegistry
    /// The date "now" means for time-based rules (review age), fixed per run.
    public let today: CalendarDate
    /// The documents in scope that loaded without errors (rule files read them again).
    public let documents: [LoadedDocument]
    /// Packs to check: those in scope whose documents loaded without errors.
    public let packs: [Pack]
    /// Tracks to check, chosen the same way.
    public let tracks: [Track]
    /// Program files to check, chosen the same way.
    public let programs: [Program]
    /// Translations to check, chosen the same way.
    public let translations: [Translation]
    /// The program the curricula describe (the first program file), whether or not it is checked.
    public let program: Program?
    /// Modules to check: the modules of `packs`, and the modules written in code that are in scope.
    public let modules: [any CurriculumModule]
    /// Every session of `modules`, in module order.
    public let sessions: [ScopedSession]
    /// Every handout of `modules`, each once.
    public let handouts: [ScopedHandout]
    /// The files whose diagnostics are reported: the documents in scope, and `plugin:NAME` for
    /// modules written in code.
    public let reportedFiles: Set<String>

    /// Each checked track's sequencer, by file, built once for all the schedule rules.
    private let sequencers: [String: Sequencer]

    /// The context for `scope`; `registry` must already hold the library's packs.
    public init(library: CurriculumLibrary, registry: PluginRegistry, today: CalendarDate, scope: CheckScope = .inputs) {
        self.library = library
        self.registry = registry
        self.today = today
        let resolved = scope.resolve(library: library, registry: registry)
        let documents = resolved.documents.filter(\.isValid)
        self.documents = documents
        packs = documents.compactMap(\.pack)
        tracks = documents.compactMap(\.track)
        programs = documents.compactMap(\.program)
        translations = documents.compactMap(\.translation)
        program = library.program
        let checkedPacks = Set(packs.map(\.file))
        modules = resolved.modules.filter { module in
            guard let pack = (module as? PackModule)?.pack else { return true }
            return checkedPacks.contains(pack.file)
        }
        var sessions: [ScopedSession] = []
        var handouts: [ScopedHandout] = []
        var handoutsSeen = Set<Reference>()
        sessions.reserveCapacity(modules.count * 8)
        // One location per plugin, not a string made for every module of a thousand packs.
        var places: [String: SourceLocation] = [:]
        for module in modules {
            let owner = Self.owner(of: module, registry)
            let place = places[owner] ?? SourceLocation(file: "plugin:\(owner)")
            places[owner] = place
            sessions += module.sessions.map { ScopedSession(module: module, session: $0, codeLocation: place) }
            for handout in module.handouts where handoutsSeen.insert(Reference(pack: module.namespace, local: handout.id)).inserted {
                handouts.append(ScopedHandout(module: module, handout: handout, codeLocation: place))
            }
        }
        self.sessions = sessions
        self.handouts = handouts
        reportedFiles = Set(resolved.documents.map(\.file)).union(
            resolved.modules.filter { !($0 is PackModule) }.map { Self.codeLocation(of: $0, registry).file })
        sequencers = Dictionary(
            tracks.map { ($0.file, Sequencer(track: $0, registry: registry)) }, uniquingKeysWith: { first, _ in first })
    }

    /// How many months a clinical review stays current: the program's `review-months`, else 24.
    public var reviewMonths: Int { program?.value("review-months").map { Int($0) } ?? 24 }

    /// The reading grade handouts of `module` must not read above: its own, or the program's
    /// `reading-grade` ceiling when that is lower.
    public func readingGrade(of module: any CurriculumModule) -> Double {
        min(module.readingGrade, program?.value("reading-grade") ?? .infinity)
    }

    /// The sequencer of a checked track.
    public func sequencer(for track: Track) -> Sequencer {
        sequencers[track.file].flatMap { $0.track == track ? $0 : nil } ?? Sequencer(track: track, registry: registry)
    }

    /// Where findings about a module built in code go: `plugin:NAME`, the plugin that registered it.
    static func codeLocation(of module: any CurriculumModule, _ registry: PluginRegistry) -> SourceLocation {
        SourceLocation(file: "plugin:\(owner(of: module, registry))")
    }

    /// The plugin that registered `module`, or `host`.
    private static func owner(of module: any CurriculumModule, _ registry: PluginRegistry) -> String {
        registry.owner(ofModule: Reference(pack: module.namespace, local: module.id)) ?? "host"
    }
}

/// Something in scope that findings are placed on: in its file, or at the plugin that built it.
public protocol ScopedItem: Sendable {
    /// Where findings go when the item was built in code and has no file.
    var codeLocation: SourceLocation { get }
}

extension ScopedItem {
    /// Where a finding about `origin` (an attribute of it, when named) is reported.
    public func location(_ origin: Origin, _ attribute: String? = nil) -> SourceLocation {
        origin.isFromCode ? codeLocation : attribute.map { origin[$0] } ?? origin.element
    }
}

/// A session in scope, with the module that holds it.
///
/// A class: every session and handout rule walks these, and copying a struct of a session, its
/// module and a location retained every field of each on every step.
public final class ScopedSession: ScopedItem {
    public let module: any CurriculumModule
    public let session: Session
    public let codeLocation: SourceLocation

    public init(module: any CurriculumModule, session: Session, codeLocation: SourceLocation) {
        self.module = module
        self.session = session
        self.codeLocation = codeLocation
    }

    /// `namespace/session-id`.
    public var reference: Reference { Reference(pack: module.namespace, local: session.id) }

    /// Where a finding about inline text is reported: the text's own element when it has one.
    public func location(_ text: InlineText) -> SourceLocation {
        text.origin.map { location($0) } ?? location(session.origin)
    }
}

/// A handout in scope, with the module it was registered by (for its namespace, reading grade
/// and language). A class for the same reason as `ScopedSession`.
public final class ScopedHandout: ScopedItem {
    public let module: any CurriculumModule
    public let handout: Handout
    public let codeLocation: SourceLocation

    public init(module: any CurriculumModule, handout: Handout, codeLocation: SourceLocation) {
        self.module = module
        self.handout = handout
        self.codeLocation = codeLocation
    }

    /// `namespace/handout-id`.
    public var reference: Reference { Reference(pack: module.namespace, local: handout.id) }
}
