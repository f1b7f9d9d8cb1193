/// TR105: a handout that no activity hands out, so no facilitator will ever print it.
struct UnusedHandoutRule: Rule {
    let code = DiagnosticCode.unusedHandout

    func check(_ context: CheckContext) -> [Diagnostic] {
        // Uses count from every registered module: another pack may hand this one's handout out.
        var used = Set<Reference>()
        for modules in context.registry.modules.values {
            for module in modules {
                // By index, field by field: copying every activity retained each of its fields.
                let sessions = module.sessions
                for session in sessions.indices {
                    let activities = sessions[session].activities
                    for activity in activities.indices {
                        if let handout = activities[activity].handout { used.insert(handout.qualified(inPack: module.namespace)) }
                    }
                }
            }
        }
        return context.handouts.filter { !used.contains($0.reference) }.map { scoped in
            let id = scoped.handout.id
            return .warning(
                code, at: scoped.location(scoped.handout.origin, "id"),
                "no activity hands out \"\(id)\"; add handout=\"\(id)\" to the activity that uses it, or remove the handout")
        }
    }
}
