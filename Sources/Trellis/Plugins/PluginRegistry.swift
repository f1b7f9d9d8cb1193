/// Everything the host knows, filled at start by plugins: modules, activity kinds, rules and
/// emitters. The built-in plugin and the packs the host loaded register through the same
/// calls a third party's plugin uses.
public struct PluginRegistry: Sendable {
    public private(set) var activityKinds: [String: ActivityKind] = [:]
    public private(set) var rules: [any Rule] = []
    /// Modules by namespace, then id; each namespace's modules in registration order.
    public private(set) var modules: [String: [any CurriculumModule]] = [:]
    /// Emitters by id (`markdown`, `html`, …): what `render --format` chooses from.
    public private(set) var emitters: [String: any Emitter] = [:]
    /// Registrations that were refused because the id was taken, as messages.
    public private(set) var conflicts: [String] = []

    /// The plugin that is installing now, for messages about conflicts.
    private var installing = "host"

    /// An empty registry; most callers want `standard(adding:)`.
    public init() {}

    /// A registry with the built-in plugin installed, then `plugins` in order.
    public static func standard(adding plugins: [any Plugin] = []) -> PluginRegistry {
        var registry = PluginRegistry()
        registry.install(BuiltInPlugin())
        for plugin in plugins { registry.install(plugin) }
        return registry
    }

    public mutating func install(_ plugin: any Plugin) {
        installing = plugin.name
        plugin.install(into: &self)
        installing = "host"
    }

    public mutating func register(_ kind: ActivityKind) {
        guard activityKinds[kind.id] == nil else {
            conflicts.append("plugin \(installing): activity kind \(kind.id) is already registered")
            return
        }
        activityKinds[kind.id] = kind
    }

    public mutating func register(_ rule: any Rule) {
        rules.append(rule)
    }

    public mutating func register(_ emitter: any Emitter) {
        guard emitters[emitter.id] == nil else {
            conflicts.append("plugin \(installing): emitter \(emitter.id) is already registered")
            return
        }
        emitters[emitter.id] = emitter
    }

    public mutating func register(_ module: any CurriculumModule) {
        guard self.module(namespace: module.namespace, id: module.id) == nil else {
            conflicts.append("plugin \(installing): module \(module.qualifiedID) is already registered")
            return
        }
        modules[module.namespace, default: []].append(module)
    }

    /// The module `namespace/id`, if registered.
    public func module(namespace: String, id: String) -> (any CurriculumModule)? {
        modules[namespace]?.first { $0.id == id }
    }

    /// The module a qualified reference names.
    public func module(_ reference: Reference) -> (any CurriculumModule)? {
        reference.pack.flatMap { module(namespace: $0, id: reference.local) }
    }

    /// The session a qualified reference names, with the module that holds it.
    public func session(_ reference: Reference) -> (module: any CurriculumModule, session: Session)? {
        guard let namespace = reference.pack else { return nil }
        for module in modules[namespace] ?? [] {
            if let session = module.session(id: reference.local) { return (module, session) }
        }
        return nil
    }

    /// The handout a qualified reference names, from the modules of its namespace.
    public func handout(_ reference: Reference) -> Handout? {
        guard let namespace = reference.pack else { return nil }
        for module in modules[namespace] ?? [] {
            if let handout = module.handout(id: reference.local) { return handout }
        }
        return nil
    }

    /// True when some module lives in `namespace`.
    public func hasNamespace(_ namespace: String) -> Bool { modules[namespace] != nil }

    /// This registry with the modules of `library`'s packs added.
    public func adding(_ library: CurriculumLibrary) -> PluginRegistry {
        var registry = self
        registry.install(PackModulesPlugin(packs: library.packs))
        return registry
    }

    /// The registered kinds, sorted by id.
    public var sortedActivityKinds: [ActivityKind] { activityKinds.values.sorted { $0.id < $1.id } }
}
