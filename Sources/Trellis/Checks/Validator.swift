/// Runs every registered rule over a loaded library and collects what they find.
public struct Validator: Sendable {
    public var registry: PluginRegistry
    public var today: CalendarDate

    public init(registry: PluginRegistry = .standard(), today: CalendarDate) {
        self.registry = registry
        self.today = today
    }

    /// The loading diagnostics of the input files and every rule's findings about them,
    /// sorted by file, line and column, without repeats.
    public func validate(_ library: CurriculumLibrary) -> [Diagnostic] {
        let context = CheckContext(library: library, registry: registry.adding(library), today: today)
        var diagnostics = library.inputDocuments.flatMap(\.diagnostics)
        for rule in registry.rules {
            diagnostics += rule.check(context)
        }
        var seen = Set<Diagnostic>()
        return diagnostics
            .filter { library.inputFiles.contains($0.location.file) && seen.insert($0).inserted }
            .sorted()
    }
}
