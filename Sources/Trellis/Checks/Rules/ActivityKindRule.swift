/// TR113: an activity kind that no plugin registered.
struct ActivityKindRule: Rule {
    let code = DiagnosticCode.unknownActivityKind

    func check(_ context: CheckContext) -> [Diagnostic] {
        let known = context.registry.activityKinds
        let names = context.registry.sortedActivityKinds.map(\.id)
        return context.sessions.flatMap { scoped in
            scoped.session.activities.compactMap { activity -> Diagnostic? in
                guard known[activity.kind] == nil else { return nil }
                let guess = names.first { SchemaMessage.isTypo($0, of: activity.kind) }.map { " Did you mean \"\($0)\"?" } ?? ""
                return .error(
                    code, at: scoped.location(activity.origin, "kind"),
                    "no plugin registers the activity kind \"\(activity.kind)\"; use one of \(names.joined(separator: ", "))."
                        + guess)
            }
        }
    }
}
