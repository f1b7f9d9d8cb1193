/// What the load step produces: the documents read, and the registry with everything the host
/// knows — the plugins, the packs' modules, and the rule files found on the curricula path.
public struct Workspace: Sendable {
    public let library: CurriculumLibrary
    public let registry: PluginRegistry

    public init(library: CurriculumLibrary, registry: PluginRegistry) {
        self.library = library
        self.registry = registry
    }
}
