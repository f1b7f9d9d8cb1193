/// Something that adds to what Trellis knows: activity kinds, rules, modules, emitters.
///
/// A plugin is a name and an installer. The built-in plugin registers the host's own kinds and
/// rules through this same door, so a third party's plugin is never a second-class citizen.
///
/// An implementation must:
/// - register everything in `install(into:)` and do nothing else there (no I/O, no printing);
/// - register ids that follow the id rule and do not clash with ids already registered
///   (the registry keeps the first and records the clash);
/// - be a value that can be shared between threads (`Sendable`).
public protocol Plugin: Sendable {
    /// A short, unique name (`builtin`, `acme-dbt`), used in messages about the plugin.
    var name: String { get }

    /// Adds this plugin's contributions to `registry`.
    func install(into registry: inout PluginRegistry)
}
