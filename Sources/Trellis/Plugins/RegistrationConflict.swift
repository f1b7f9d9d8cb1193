/// A registration the registry refused because another plugin registered the same id first.
/// The first registration is kept; the conflict is reported (TR501, or TR101 for a pack's module).
public struct RegistrationConflict: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case activityKind = "activity kind"
        case rule = "rule code"
        case emitter
        case module
        case template
    }

    public let kind: Kind
    public let id: String
    /// The plugin whose registration was refused.
    public let plugin: String
    /// The plugin that registered the id first.
    public let heldBy: String
    /// Where the refused thing was written, for a module from a pack.
    public let origin: Origin?

    public init(kind: Kind, id: String, plugin: String, heldBy: String, origin: Origin? = nil) {
        self.kind = kind
        self.id = id
        self.plugin = plugin
        self.heldBy = heldBy
        self.origin = origin
    }

    public var message: String {
        "plugin \(plugin) registers the \(kind.rawValue) \"\(id)\", which plugin \(heldBy) already registered; "
            + "the first is kept: rename one of them, or install only one of the plugins"
    }
}
