/// Everything the host knows, filled at start by plugins: activity kinds and rules (and,
/// as the engine grows, modules and emitters).
public struct PluginRegistry: Sendable {
    public private(set) var activityKinds: [String: ActivityKind] = [:]
    public private(set) var rules: [any Rule] = []
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

    /// The registered kinds, sorted by id.
    public var sortedActivityKinds: [ActivityKind] { activityKinds.values.sorted { $0.id < $1.id } }
}
