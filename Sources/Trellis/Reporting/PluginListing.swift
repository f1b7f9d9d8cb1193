/// What `trellis plugins` prints: each installed plugin and what it registered, except the
/// packs' modules (`trellis list` shows those).
public struct PluginListing: Sendable {
    public let registry: PluginRegistry

    public init(registry: PluginRegistry) {
        self.registry = registry
    }

    private var plugins: [InstalledPlugin] { registry.plugins.filter { $0.name != PackModulesPlugin(packs: []).name } }

    public var text: String {
        var lines: [String] = []
        for plugin in plugins {
            lines.append("\(plugin.name)")
            if !plugin.activityKinds.isEmpty {
                lines.append("  activity kinds: " + plugin.activityKinds.map { id in
                    registry.activityKinds[id].map { "\(id) (\($0.name))" } ?? id
                }.joined(separator: ", "))
            }
            if !plugin.rules.isEmpty {
                lines.append("  rules:")
                let summaries = registry.ruleSummaries
                lines += plugin.rules.map { "    \($0)  \(summaries[$0] ?? "")" }
            }
            if !plugin.emitters.isEmpty {
                lines.append("  emitters: " + plugin.emitters.map { id in
                    registry.emitters[id].map { $0.displayName == id ? id : "\(id) (\($0.displayName))" } ?? id
                }.joined(separator: ", "))
            }
            if !plugin.modules.isEmpty { lines.append("  modules: " + plugin.modules.joined(separator: ", ")) }
            if !plugin.templates.isEmpty { lines.append("  templates: " + plugin.templates.joined(separator: ", ")) }
        }
        for conflict in registry.conflicts where conflict.origin == nil {
            lines.append("warning: \(conflict.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public var json: JSONValue {
        let summaries = registry.ruleSummaries
        return .object([
            (
                "plugins",
                .array(
                    plugins.map { plugin in
                        .object([
                            ("name", .string(plugin.name)),
                            (
                                "activityKinds",
                                .array(
                                    plugin.activityKinds.map { id in
                                        .object([
                                            ("id", .string(id)), ("name", .string(registry.activityKinds[id]?.name ?? id)),
                                            ("guidedPractice", .bool(registry.activityKinds[id]?.isGuidedPractice ?? false)),
                                        ])
                                    })
                            ),
                            (
                                "rules",
                                .array(
                                    plugin.rules.map {
                                        .object([("code", .string($0.rawValue)), ("summary", .string(summaries[$0] ?? ""))])
                                    })
                            ),
                            ("emitters", .array(plugin.emitters.map { .string($0) })),
                            ("modules", .array(plugin.modules.map { .string($0) })),
                            ("templates", .array(plugin.templates.map { .string($0) })),
                        ])
                    })
            ),
            ("conflicts", .array(registry.conflicts.map { .string($0.message) })),
        ])
    }
}
