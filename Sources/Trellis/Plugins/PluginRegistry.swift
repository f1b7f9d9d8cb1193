/// Everything the host knows, filled at start by plugins: modules, activity kinds, rules,
/// emitters and templates. The built-in plugin, the packs the host loaded and the rule files on
/// the curricula path register through the same calls a third party's plugin uses.
///
/// It is also the one place sessions and handouts are looked up: every module's sessions and
/// handouts are indexed by qualified id as the module is registered, and rules, the sequencer
/// and the emitters all ask here.
public struct PluginRegistry: Sendable {
    public private(set) var activityKinds: [String: ActivityKind] = [:]
    public private(set) var rules: [any Rule] = []
    /// Modules by namespace, then id; each namespace's modules in registration order.
    public private(set) var modules: [String: [any CurriculumModule]] = [:]
    /// Emitters by id (`markdown`, `html`, …): what `render --format` chooses from.
    public private(set) var emitters: [String: any Emitter] = [:]
    /// Mustache templates plugins ship, by name (`signin.html`); `--templates` still overrides them.
    public private(set) var templates: [String: String] = [:]
    /// Registrations that were refused because the id was taken, in the order they happened.
    public private(set) var conflicts: [RegistrationConflict] = []
    /// Every plugin installed, in order, with what it registered.
    public private(set) var plugins: [InstalledPlugin] = []

    /// Where each registered session and handout is: `namespace/id` → module, position.
    private var sessionIndex: [Reference: Address] = [:]
    private var handoutIndex: [Reference: Address] = [:]
    /// `namespace/module-id` → position in `modules[namespace]`.
    private var moduleIndex: [Reference: Int] = [:]
    /// Which plugin registered each rule code, module and template.
    private var ruleOwners: [DiagnosticCode: String] = [:]
    private var moduleOwners: [Reference: String] = [:]
    private var templateOwners: [String: String] = [:]

    /// A module's position, and a session's or handout's inside it.
    private struct Address: Sendable {
        var namespace: String
        var module: Int
        var item: Int
    }

    /// An empty registry; most callers want `standard(adding:)`.
    public init() {}

    /// A registry with the built-in plugin installed, then `plugins` in order.
    public static func standard(adding plugins: [any Plugin] = []) -> PluginRegistry {
        var registry = PluginRegistry()
        registry.install(BuiltInPlugin())
        for plugin in plugins { registry.install(plugin) }
        return registry
    }

    /// Installs `plugin`: everything it registers is recorded under its name.
    public mutating func install(_ plugin: any Plugin) {
        plugins.append(InstalledPlugin(name: plugin.name))
        plugin.install(into: &self)
    }

    /// The name of the plugin installing now ("host" outside any install).
    private var installing: String { plugins.last?.name ?? "host" }

    private mutating func record(_ change: (inout InstalledPlugin) -> Void) {
        guard !plugins.isEmpty else { return }
        change(&plugins[plugins.count - 1])
    }

    private mutating func refuse(_ kind: RegistrationConflict.Kind, _ id: String, heldBy: String, origin: Origin? = nil) {
        conflicts.append(RegistrationConflict(kind: kind, id: id, plugin: installing, heldBy: heldBy, origin: origin))
    }

    public mutating func register(_ kind: ActivityKind) {
        if activityKinds[kind.id] != nil {
            refuse(.activityKind, kind.id, heldBy: plugins.first { $0.activityKinds.contains(kind.id) }?.name ?? "host")
            return
        }
        activityKinds[kind.id] = kind
        record { $0.activityKinds.append(kind.id) }
    }

    /// Registers a rule; a rule whose code another plugin's rule already reports is refused.
    public mutating func register(_ rule: any Rule) {
        if let taken = rule.codes.first(where: { ruleOwners[$0] != nil }) {
            refuse(.rule, taken.rawValue, heldBy: ruleOwners[taken] ?? "host")
            return
        }
        for code in rule.codes { ruleOwners[code] = installing }
        rules.append(rule)
        record { $0.rules += rule.codes }
    }

    public mutating func register(_ emitter: any Emitter) {
        if emitters[emitter.id] != nil {
            refuse(.emitter, emitter.id, heldBy: plugins.first { $0.emitters.contains(emitter.id) }?.name ?? "host")
            return
        }
        emitters[emitter.id] = emitter
        record { $0.emitters.append(emitter.id) }
    }

    /// Registers a Mustache template under `name` (`signin.html` for `signin.html.mustache`).
    public mutating func register(template source: String, named name: String) {
        if let owner = templateOwners[name] {
            refuse(.template, name, heldBy: owner)
            return
        }
        templateOwners[name] = installing
        templates[name] = source
        record { $0.templates.append(name) }
    }

    /// Registers a module and indexes its sessions and handouts. A module whose qualified id is
    /// taken is refused; a session or handout id already indexed in the namespace keeps the first.
    public mutating func register(_ module: any CurriculumModule) {
        let key = Reference(pack: module.namespace, local: module.id)
        if let owner = moduleOwners[key] {
            refuse(.module, key.description, heldBy: owner, origin: (module as? PackModule)?.module.origin)
            return
        }
        let position = modules[module.namespace, default: []].count
        modules[module.namespace, default: []].append(module)
        moduleIndex[key] = position
        moduleOwners[key] = installing
        // Ids read in place: copying each session and handout retained every field of it.
        let sessions = module.sessions
        for index in sessions.indices {
            let reference = Reference(pack: module.namespace, local: sessions[index].id)
            if sessionIndex[reference] == nil {
                sessionIndex[reference] = Address(namespace: module.namespace, module: position, item: index)
            }
        }
        let handouts = module.handouts
        for index in handouts.indices {
            let reference = Reference(pack: module.namespace, local: handouts[index].id)
            if handoutIndex[reference] == nil {
                handoutIndex[reference] = Address(namespace: module.namespace, module: position, item: index)
            }
        }
        record { $0.modules.append(key.description) }
    }

    // MARK: Lookup: the one way to find a module, a session or a handout

    /// The module `namespace/id`, if registered.
    public func module(namespace: String, id: String) -> (any CurriculumModule)? {
        moduleIndex[Reference(pack: namespace, local: id)].map { modules[namespace]![$0] }
    }

    /// The module a qualified reference names.
    public func module(_ reference: Reference) -> (any CurriculumModule)? {
        reference.pack.flatMap { module(namespace: $0, id: reference.local) }
    }

    /// The session a qualified reference names, with the module that holds it.
    public func session(_ reference: Reference) -> (module: any CurriculumModule, session: Session)? {
        guard let address = sessionIndex[reference], let module = modules[address.namespace]?[address.module] else {
            return nil
        }
        return (module, module.sessions[address.item])
    }

    /// The handout a qualified reference names, from the modules of its namespace.
    public func handout(_ reference: Reference) -> Handout? {
        guard let address = handoutIndex[reference], let module = modules[address.namespace]?[address.module] else {
            return nil
        }
        return module.handouts[address.item]
    }

    /// True when some module lives in `namespace`.
    public func hasNamespace(_ namespace: String) -> Bool { modules[namespace] != nil }

    /// The plugin that registered the module `namespace/id` (`packs` for a pack's module).
    public func owner(ofModule reference: Reference) -> String? { moduleOwners[reference] }

    /// This registry with the modules of `library`'s packs added.
    public func adding(_ library: CurriculumLibrary) -> PluginRegistry {
        var registry = self
        registry.install(PackModulesPlugin(packs: library.packs))
        return registry
    }

    /// The registered kinds, sorted by id.
    public var sortedActivityKinds: [ActivityKind] { activityKinds.values.sorted { $0.id < $1.id } }

    /// One line about each code a registered rule reports, for reports and listings.
    public var ruleSummaries: [DiagnosticCode: String] {
        var summaries = DiagnosticCode.builtInSummaries
        for rule in rules {
            for code in rule.codes where summaries[code] == nil { summaries[code] = rule.summary(of: code) }
        }
        return summaries
    }
}
