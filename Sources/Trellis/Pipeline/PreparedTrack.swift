/// A track that passed the check step: the workspace it was loaded from, the track, and the
/// warnings the check found in it and the packs it uses (errors would have stopped the pipeline).
public struct PreparedTrack: Sendable {
    public let workspace: Workspace
    public let track: Track
    /// Warnings about the track and what it uses, for the caller to show.
    public let warnings: DiagnosticReport

    /// The registry with everything loaded, for the later steps.
    public var registry: PluginRegistry { workspace.registry }

    /// A sequencer for the track, over the workspace's registry.
    public var sequencer: Sequencer { Sequencer(track: track, registry: registry) }
}
