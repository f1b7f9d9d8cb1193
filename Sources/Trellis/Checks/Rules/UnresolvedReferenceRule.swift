/// TR102: a `requires` or an activity's `handout` names nothing that is loaded.
struct UnresolvedReferenceRule: Rule {
    let code = DiagnosticCode.unresolvedReference

    func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for pack in context.packs {
            for session in pack.sessions {
                // A prerequisite may also be a session of a plugin's module, found through the registry.
                for (reference, origin) in zip(session.requires, session.requiresOrigins)
                where context.library.session(reference, from: pack.id) == nil
                    && context.registry.session(reference.qualified(inPack: pack.id)) == nil
                {
                    diagnostics.append(
                        .error(
                            code, at: origin["ref"],
                            "requires ref=\"\(reference)\" names no session: \(explain(reference, in: pack, context))"))
                }
                for activity in session.activities {
                    guard let reference = activity.handout, context.library.handout(reference, from: pack.id) == nil
                    else { continue }
                    diagnostics.append(
                        .error(
                            code, at: activity.origin["handout"],
                            "handout=\"\(reference)\" names no handout: \(explain(reference, in: pack, context))"))
                }
            }
        }
        return diagnostics
    }

    /// Why the reference failed, and what to do.
    private func explain(_ reference: Reference, in pack: Pack, _ context: CheckContext) -> String {
        let packID = reference.pack ?? pack.id
        guard let target = context.library.pack(id: packID) else {
            return "no pack \"\(packID)\" is loaded; check the pack id or add the pack to the curricula path"
        }
        if target.module(id: reference.local) != nil { return "\"\(reference.local)\" is a module" }
        if target.session(id: reference.local) != nil { return "\"\(reference.local)\" is a session" }
        if target.handout(id: reference.local) != nil { return "\"\(reference.local)\" is a handout" }
        return "pack \"\(packID)\" has nothing with the id \"\(reference.local)\"; check the spelling"
    }
}
