/// Which stretch of a track to plan, as `trellis plan` asks for it.
public enum PlanRequest: Sendable, Equatable {
    /// Weeks 1 to `count` (the track's `weeks` when nil).
    case weeks(Int?)
    /// One week.
    case week(Int)
    /// The meetings from a date for `count` weeks (the track's `weeks` when nil).
    case from(CalendarDate, weeks: Int?)

    /// Checks the request against the track and plans it.
    func plan(with sequencer: Sequencer) throws(PipelineFailure) -> Plan {
        let track = sequencer.track
        let lastDay = track.firstDay(ofWeek: track.weeks + 1).adding(days: -1)
        let closedSpan = "\(track.id) is a closed track of \(English.count(track.weeks, "week")) (\(track.calendar.start) to \(lastDay))"
        switch self {
        case .week(let week):
            guard week >= 1 else { throw .cannotRun(.plan, "weeks are counted from 1; there is no week \(week)") }
            if track.admission == .closed, week > track.weeks {
                throw .cannotRun(.plan, "\(closedSpan); there is no week \(week)")
            }
            try Self.checkBound(week)
            return sequencer.plan(weeks: week...week)
        case .weeks(let count):
            let count = count ?? track.weeks
            if track.admission == .closed, count > track.weeks {
                throw .cannotRun(.plan, "\(closedSpan); it has no week \(count)")
            }
            try Self.checkBound(count)
            return sequencer.plan(weeks: 1...max(1, count))
        case .from(let from, let count):
            let count = count ?? track.weeks
            if from < track.calendar.start {
                throw .cannotRun(.plan, "\(track.id) starts on \(track.calendar.start); plan from that date or later")
            }
            if track.admission == .closed, from.adding(days: 7 * count - 1) > lastDay {
                throw .cannotRun(
                    .plan,
                    "\(track.id) is a closed track that runs from \(track.calendar.start) to \(lastDay); "
                        + "\(English.count(count, "week")) from \(from) go past its end")
            }
            try Self.checkBound(track.week(of: from.adding(days: 7 * count)))
            return sequencer.plan(from: from, weeks: count)
        }
    }

    /// The furthest week any command plans: 200 years of weekly meetings.
    public static let maximumWeek = 10_400

    static func checkBound(_ week: Int) throws(PipelineFailure) {
        guard week <= maximumWeek else {
            throw .cannotRun(.plan, "week \(week) is too far ahead: Trellis plans up to week \(maximumWeek)")
        }
    }
}
