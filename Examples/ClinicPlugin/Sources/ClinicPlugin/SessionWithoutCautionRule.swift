import Trellis

/// CLINIC001 (warning): a session with no caution at all. This clinic wants every facilitator
/// to read at least one session-specific caution before they start, whatever the module.
struct SessionWithoutCautionRule: Rule {
    let code: DiagnosticCode = "CLINIC001"

    func summary(of code: DiagnosticCode) -> String { "a session with no caution at all" }

    func check(_ context: CheckContext) -> [Diagnostic] {
        // `context.sessions` holds every session in scope, from packs and from Swift modules alike.
        context.sessions.filter { $0.session.cautions.isEmpty }.map { scoped in
            .warning(
                code, at: scoped.location(scoped.session.origin),
                "session \"\(scoped.reference)\" has no caution: add at least one <caution> a facilitator should "
                    + "read before running it")
        }
    }
}
