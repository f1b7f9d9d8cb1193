/// A pack that passed the check step, for `preview`: the workspace it was loaded from, the pack,
/// and the warnings the check found in it (errors would have stopped the pipeline).
public struct PreparedPack: Sendable {
    /// Everything loaded with the pack: the library and the registry.
    public let workspace: Workspace
    /// The pack to preview.
    public let pack: Pack
    /// Warnings about the pack, for the caller to show.
    public let warnings: DiagnosticReport

    /// The registry with everything loaded, for the later steps.
    public var registry: PluginRegistry { workspace.registry }
}
