/// A module, session or handout that one version has and the other lacks, or that both have
/// with differences.
public struct DiffEntry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case added, removed, changed
    }

    public var id: String
    /// The title in the new version (the old one's when removed).
    public var title: String
    public var kind: Kind
    /// For a session: the module it is in (the old one when removed).
    public var module: String?
    /// What changed; empty for an added or removed entry.
    public var changes: [PackChange]

    public init(id: String, title: String, kind: Kind, module: String? = nil, changes: [PackChange] = []) {
        self.id = id
        self.title = title
        self.kind = kind
        self.module = module
        self.changes = changes
    }

    /// The bump this entry needs: a MAJOR when it was removed (tracks, translations and approvals
    /// name it), a MINOR when added, otherwise the largest its changes need.
    public var bump: VersionBump {
        switch kind {
        case .removed: .major
        case .added: .minor
        case .changed: changes.map(\.bump).max() ?? .none
        }
    }
}
