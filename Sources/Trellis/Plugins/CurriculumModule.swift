/// How the host sees a module, whatever defines it: a pack's XML, or a plugin's Swift code.
///
/// The sequencer, the checks and the emitters reach sessions only through this protocol and
/// the registry, so a module from a plugin stands in a track, and is checked, exactly like one
/// from a pack. The XML-backed `PackModule` is the built-in implementation.
///
/// An implementation must:
/// - give a `namespace` and `id` that follow the id rule; a track names the module as
///   `namespace/id` and each of its sessions as `namespace/session-id`;
/// - list `sessions` in teaching order, with ids unique within the namespace, minutes of at
///   least 15, activities whose minutes add up to the session's, and `requires` that are bare
///   (same namespace) or qualified references (the rules check all of this and report it);
/// - return the same values every time it is asked (the sequencer may ask often);
/// - be a value that can be shared between threads.
public protocol CurriculumModule: Sendable {
    /// The namespace the module lives in: for a pack's module, the pack id.
    var namespace: String { get }
    /// The module id inside its namespace.
    var id: String { get }
    var title: String { get }
    /// The sessions, in teaching order.
    var sessions: [Session] { get }
    /// The handouts its activities hand out (by bare id).
    var handouts: [Handout] { get }
    /// The school grade participant text should read at or below (default 8).
    var readingGrade: Double { get }
    /// The language of its text, as `xml:lang` writes it (default `en`).
    var language: String { get }
}

extension CurriculumModule {
    public var handouts: [Handout] { [] }
    public var readingGrade: Double { Pack.defaultReadingGrade }
    public var language: String { "en" }

    /// `namespace/id`, as a track writes it.
    public var qualifiedID: String { "\(namespace)/\(id)" }
}

/// A module as written in a pack: the built-in implementation of `CurriculumModule`.
public struct PackModule: CurriculumModule {
    public let pack: Pack
    public let module: Module

    public init(pack: Pack, module: Module) {
        self.pack = pack
        self.module = module
    }

    public var namespace: String { pack.id }
    public var id: String { module.id }
    public var title: String { module.title }
    public var sessions: [Session] { module.sessions }
    public var handouts: [Handout] { pack.handouts }
    public var readingGrade: Double { pack.readingGrade }
    public var language: String { pack.language ?? "en" }
}

/// Registers a module for every module of every pack it is given: how the host tells the
/// registry about the packs it loaded.
public struct PackModulesPlugin: Plugin {
    public let name = "packs"
    public let packs: [Pack]

    public init(packs: [Pack]) {
        self.packs = packs
    }

    public func install(into registry: inout PluginRegistry) {
        for pack in packs {
            for module in pack.modules {
                registry.register(PackModule(pack: pack, module: module))
            }
        }
    }
}
