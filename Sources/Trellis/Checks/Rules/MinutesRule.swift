/// TR104: a session's activities do not add up to its minutes.
struct MinutesRule: Rule {
    let code = DiagnosticCode.minutesMismatch

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.sessions.compactMap { scoped in
            let session = scoped.session
            let activities = session.activities
            let total = activities.indices.reduce(0) { $0 + activities[$1].minutes }
            guard total != session.minutes else { return nil }
            let difference = session.minutes - total
            let fix =
                difference > 0
                ? "add \(English.count(difference, "minute")) to the activities"
                : "take \(English.count(-difference, "minute")) from the activities"
            return .error(
                code, at: scoped.location(session.origin, "minutes"),
                "the activities of session \"\(session.id)\" add up to \(English.count(total, "minute")), but the session is "
                    + "\(English.count(session.minutes, "minute")): \(fix), or set minutes=\"\(total)\"")
        }
    }
}
