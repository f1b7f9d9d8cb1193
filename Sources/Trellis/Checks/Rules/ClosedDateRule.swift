/// TR207: a closed date on which the track would not have met anyway.
struct ClosedDateRule: Rule {
    let code = DiagnosticCode.closedDateNotMeeting

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap { track in
            let calendar = track.calendar
            let days = calendar.meetingDays
            let lastDay = calendar.start.adding(days: 7 * track.weeks - 1)
            return calendar.closures.compactMap { closure -> Diagnostic? in
                let date = closure.date
                let reason: String
                if date < calendar.start {
                    reason = "is before the track starts on \(calendar.start)"
                } else if track.admission == .closed, date > lastDay {
                    reason = "is after the last week (week \(track.weeks) ends on \(lastDay))"
                } else if !days.contains(date.weekday) {
                    reason =
                        "is a \(date.weekday.name), and the track meets on \(English.list(days.map(\.name)))"
                } else {
                    return nil
                }
                return .warning(
                    code, at: closure.origin["date"],
                    "closed date \(date) \(reason), so closing it changes nothing: correct the date or remove it")
            }
        }
    }
}
