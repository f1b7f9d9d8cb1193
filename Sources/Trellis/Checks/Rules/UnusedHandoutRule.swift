/// TR105: a handout that no activity hands out, so no facilitator will ever print it.
struct UnusedHandoutRule: Rule {
    let code = DiagnosticCode.unusedHandout

    func check(_ context: CheckContext) -> [Diagnostic] {
        var used = Set<Reference>()
        for pack in context.library.packs {
            for activity in pack.sessions.flatMap(\.activities) {
                if let handout = activity.handout { used.insert(handout.qualified(inPack: pack.id)) }
            }
        }
        return context.packs.flatMap { pack in
            pack.handouts.filter { !used.contains(Reference(pack: pack.id, local: $0.id)) }.map { handout in
                .warning(
                    code, at: handout.origin["id"],
                    "no activity hands out \"\(handout.id)\"; add handout=\"\(handout.id)\" to the activity that uses it, "
                        + "or remove the handout")
            }
        }
    }
}
