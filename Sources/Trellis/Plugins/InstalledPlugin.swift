/// A plugin as installed: its name and the ids of everything it registered, in order.
/// `trellis plugins` prints these.
public struct InstalledPlugin: Hashable, Sendable {
    public let name: String
    public internal(set) var activityKinds: [String] = []
    /// The codes of its rules.
    public internal(set) var rules: [DiagnosticCode] = []
    public internal(set) var emitters: [String] = []
    /// Qualified module ids, `namespace/id`.
    public internal(set) var modules: [String] = []
    public internal(set) var templates: [String] = []

    public init(name: String) {
        self.name = name
    }
}
