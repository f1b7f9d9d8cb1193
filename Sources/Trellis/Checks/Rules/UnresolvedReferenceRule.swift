/// TR102: a `requires` or an activity's `handout` names nothing that is loaded.
struct UnresolvedReferenceRule: Rule {
    let code = DiagnosticCode.unresolvedReference

    func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scoped in context.sessions {
            let namespace = scoped.module.namespace
            let session = scoped.session
            for (index, reference) in session.requires.enumerated()
            where context.registry.session(reference.qualified(inPack: namespace)) == nil {
                let origin = session.requiresOrigins.indices.contains(index) ? session.requiresOrigins[index] : session.origin
                diagnostics.append(
                    .error(
                        code, at: scoped.location(origin, "ref"),
                        "requires ref=\"\(reference)\" names no session: \(explain(reference, in: namespace, context))"))
            }
            let activities = session.activities
            for activity in activities.indices {
                guard let reference = activities[activity].handout,
                    context.registry.handout(reference.qualified(inPack: namespace)) == nil
                else { continue }
                diagnostics.append(
                    .error(
                        code, at: scoped.location(activities[activity].origin, "handout"),
                        "handout=\"\(reference)\" names no handout: \(explain(reference, in: namespace, context))"))
            }
        }
        return diagnostics
    }

    /// Why the reference failed, and what to do.
    private func explain(_ reference: Reference, in namespace: String, _ context: CheckContext) -> String {
        let target = reference.qualified(inPack: namespace)
        let packID = target.pack ?? namespace
        guard context.registry.hasNamespace(packID) else {
            return "no pack \"\(packID)\" is loaded; check the pack id or add the pack to the curricula path"
        }
        if context.registry.module(target) != nil { return "\"\(reference.local)\" is a module" }
        if context.registry.session(target) != nil { return "\"\(reference.local)\" is a session" }
        if context.registry.handout(target) != nil { return "\"\(reference.local)\" is a handout" }
        return "pack \"\(packID)\" has nothing with the id \"\(reference.local)\"; check the spelling"
    }
}
