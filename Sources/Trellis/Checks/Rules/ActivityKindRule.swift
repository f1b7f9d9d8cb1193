/// TR113: an activity kind that no plugin registered.
struct ActivityKindRule: Rule {
    let code = DiagnosticCode.unknownActivityKind

    func check(_ context: CheckContext) -> [Diagnostic] {
        let known = context.registry.activityKinds
        let names = context.registry.sortedActivityKinds.map(\.id)
        return context.sessions.flatMap { scoped in
            let activities = scoped.session.activities
            // Only an unknown kind needs its activity; the others are read in place.
            return activities.indices.compactMap { index -> Diagnostic? in
                guard known[activities[index].kind] == nil else { return nil }
                let activity = activities[index]
                let guess = names.first { SchemaMessage.isTypo($0, of: activity.kind) }.map { " Did you mean \"\($0)\"?" } ?? ""
                return .error(
                    code, at: scoped.location(activity.origin, "kind"),
                    "no plugin registers the activity kind \"\(activity.kind)\"; use one of \(names.joined(separator: ", "))."
                        + guess)
            }
        }
    }
}
