/// TR203: in a closed track, sessions that do not fit in their stream's slots (never dropped
/// silently).
struct LeftoverSessionsRule: Rule {
    let code = DiagnosticCode.sessionsDoNotFit

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.filter { $0.admission == .closed }.flatMap { track in
            let sequencer = context.sequencer(for: track)
            let plan = sequencer.plan(weeks: 1...max(1, track.weeks))
            let slots = Dictionary(grouping: plan.meetings.flatMap(\.blocks).flatMap(\.rooms).compactMap(\.stream), by: { $0 }).mapValues(\.count)
            // A stream that loses slots to another stream (TR209), or names no block of the day
            // (TR208), is reported once, there.
            let collided = Set(sequencer.collisions(throughWeek: max(1, track.weeks)).map(\.lost))
            let reportable = sequencer.sequences.filter {
                !collided.contains($0.index) && track.day.places.contains($0.stream.place)
            }
            return reportable.compactMap { sequence -> Diagnostic? in
                let available = slots[sequence.index] ?? 0
                guard sequence.sessions.count > available else { return nil }
                let left = sequence.sessions[available...].map(\.reference.description)
                return .error(
                    code, at: sequence.stream.origin.element,
                    "the stream has \(English.count(sequence.sessions.count, "session")) but only "
                        + "\(English.count(available, "slot")) in \(English.count(track.weeks, "week")), so "
                        + "\(left.count) never happen\(left.count == 1 ? "s" : ""): \(left.joined(separator: ", ")); "
                        + "add meeting days or weeks, or move sessions to another stream")
            }
        }
    }
}
