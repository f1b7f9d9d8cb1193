/// Where each `<suppress>` applies: the session or handout it is written in, from that
/// element's start to the next session's or handout's in the same file. Diagnostics carry a
/// place, not an owner, and a pack's sessions and handouts follow one another.
struct SuppressionScopes {
    private struct Scope {
        let line: Int
        let suppressions: [Suppression]
    }

    private let scopes: [String: [Scope]]

    init(packs: [Pack]) {
        var scopes: [String: [Scope]] = [:]
        for pack in packs {
            let items =
                pack.sessions.map { Scope(line: $0.origin.element.line, suppressions: $0.suppressions) }
                + pack.handouts.map { Scope(line: $0.origin.element.line, suppressions: $0.suppressions) }
            scopes[pack.file] = items.sorted { $0.line < $1.line }
        }
        self.scopes = scopes
    }

    /// The reason a suppression gives for `diagnostic`, if one covers it.
    func reason(for diagnostic: Diagnostic) -> String? {
        guard let items = scopes[diagnostic.location.file],
            let owner = items.last(where: { $0.line <= diagnostic.location.line })
        else { return nil }
        return owner.suppressions.first { $0.code == diagnostic.code }?.reason
    }
}
