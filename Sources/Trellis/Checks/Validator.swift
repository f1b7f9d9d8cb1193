import Foundation

/// Runs every registered rule over a workspace and collects what they find.
public struct Validator: Sendable {
    public var today: CalendarDate
    /// The registry a library is checked with when it is given without a workspace.
    public var registry: PluginRegistry

    public init(registry: PluginRegistry = .standard(), today: CalendarDate) {
        self.registry = registry
        self.today = today
    }

    /// Checks `library` with this validator's registry and the library's packs.
    public func validate(_ library: CurriculumLibrary, scope: CheckScope = .inputs) -> [Diagnostic] {
        validate(Workspace(library: library, registry: registry.adding(library)), scope: scope)
    }

    /// The diagnostics of `scope` as a report over the documents in scope.
    public func report(_ workspace: Workspace, scope: CheckScope = .inputs) -> DiagnosticReport {
        let files = scope.resolve(library: workspace.library, registry: workspace.registry).documents.map(\.file)
        let (kept, suppressed) = validateKeepingSuppressed(workspace, scope: scope)
        var report = DiagnosticReport(diagnostics: kept, files: Array(Set(files)), ruleSummaries: workspace.registry.ruleSummaries)
        report.suppressed = suppressed
        return report
    }

    /// The loading diagnostics of the documents in scope, every rule's findings about them,
    /// and the plugins' registration conflicts, sorted by file, line and column, without repeats.
    public func validate(_ workspace: Workspace, scope: CheckScope = .inputs) -> [Diagnostic] {
        validateKeepingSuppressed(workspace, scope: scope).kept
    }

    /// The diagnostics, and apart from them the warnings and notes a `<suppress>` in the session
    /// or handout they are about silenced, each with the suppression's reason.
    public func validateKeepingSuppressed(_ workspace: Workspace, scope: CheckScope = .inputs)
        -> (kept: [Diagnostic], suppressed: [(diagnostic: Diagnostic, reason: String)])
    {
        let context = CheckContext(library: workspace.library, registry: workspace.registry, today: today, scope: scope)
        var diagnostics = workspace.library.documents.filter { context.reportedFiles.contains($0.file) }
            .flatMap(\.diagnostics)
        // Rules read the context and never change it, so they run side by side; their findings
        // are joined in rule order and sorted below, so the output is the same as one by one.
        // The long ones start first: started last, one of them ran alone after the others.
        let rules = workspace.registry.rules
        let order = rules.indices.filter { rules[$0].readsAllText } + rules.indices.filter { !rules[$0].readsAllText }
        let findings = ResultSlots<[Diagnostic]>(count: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count) { turn in
            let index = order[turn]
            findings[index] = rules[index].check(context)
        }
        diagnostics += findings.values.flatMap { $0 }
        var seen = Set<Diagnostic>()
        let found = diagnostics.filter { context.reportedFiles.contains($0.location.file) && seen.insert($0).inserted }
        let all = applyingSettings(of: context.program, to: found + conflicts(workspace.registry, context)).sorted()
        // Only files with a warning or note can have one suppressed: most files of a large
        // library have none, and their scopes need not be worked out.
        let suppressible = Set(all.filter { $0.severity != .error }.map(\.location.file))
        let scopes = SuppressionScopes(packs: context.packs.filter { suppressible.contains($0.file) })
        var kept: [Diagnostic] = []
        var suppressed: [(diagnostic: Diagnostic, reason: String)] = []
        for diagnostic in all {
            if diagnostic.severity != .error, let reason = scopes.reason(for: diagnostic) {
                suppressed.append((diagnostic, reason))
            } else {
                kept.append(diagnostic)
            }
        }
        return (kept, suppressed)
    }

    /// The program's severity settings applied: a code set `off` is dropped, another moved to
    /// its new severity. Settings that may not apply (TR304) are left out.
    private func applyingSettings(of program: Program?, to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard let severities = program?.severities, !severities.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let setting = severities[diagnostic.code] else { return diagnostic }
            guard let level = setting else { return nil }
            var changed = diagnostic
            changed.severity = level
            return changed
        }
    }

    /// A pack module refused because the id was taken is a duplicate id in that pack (TR101);
    /// any other refused registration is a plugin problem (TR501), reported wherever it shows.
    private func conflicts(_ registry: PluginRegistry, _ context: CheckContext) -> [Diagnostic] {
        registry.conflicts.compactMap { conflict in
            if let origin = conflict.origin {
                guard context.reportedFiles.contains(origin.file) else { return nil }
                return .error(
                    .duplicateID, at: origin["id"],
                    "the module \(conflict.id) is already provided by plugin \(conflict.heldBy); a track could not tell "
                        + "them apart: rename this module or the pack")
            }
            return .warning(.registrationConflict, at: SourceLocation(file: "plugin:\(conflict.plugin)"), conflict.message)
        }
    }
}
