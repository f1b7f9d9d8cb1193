extension Plan {
    /// A week-by-week agenda to pin on a wall: every meeting with clock times, closed days, and
    /// the hours of each week.
    public var text: String {
        var lines = [headline, track.facts, ""]
        for week in weeks {
            let meetings = meetings(inWeek: week)
            let closed = closures.filter { track.week(of: $0.date) == week }
            guard !meetings.isEmpty || !closed.isEmpty else { continue }
            lines.append("Week \(week) · \(weekSpan(week)) · \(hoursLine(week))")
            var entries = meetings.map { (date: $0.date, lines: agenda(of: $0)) }
            entries += closed.map { closure in
                (closure.date, ["  \(closure.date.longDescription): closed" + (closure.reason.map { " (\($0))" } ?? "")])
            }
            for entry in entries.sorted(by: { $0.date < $1.date }) { lines += entry.lines }
            lines.append("")
        }
        if meetings.isEmpty && closures.isEmpty { lines.append("No meetings in these weeks.") }
        return lines.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    var headline: String { "\(track.title) (\(track.id))" }

    private func agenda(of meeting: PlannedMeeting) -> [String] {
        var lines = ["  \(meeting.date.longDescription)"]
        var clock = meeting.start
        for block in meeting.blocks {
            if block.start > clock { lines.append("    \(clock)–\(block.start)  Break") }
            lines.append("    \(block.start)–\(block.end)  \(describe(block))")
            clock = block.end
        }
        return lines
    }

    private func describe(_ block: PlannedBlock) -> String {
        let name = block.block.displayTitle
        guard let session = block.session else {
            return block.isStanding ? name : "\(name) · no session (the stream's sequence has ended)"
        }
        return "\(name) · \(session.session.title) [\(session.reference)]"
    }

    func weekSpan(_ week: Int) -> String {
        let first = track.firstDay(ofWeek: week)
        let last = first.adding(days: 6)
        return "\(first.weekday.name) \(first.mediumDescription) to \(last.weekday.name) \(last.mediumDescription)"
    }

    func hoursLine(_ week: Int) -> String {
        let hours = English.decimal(track.hours(inWeek: week))
        let closed = track.meetings(inWeek: week).filter { !$0.happens }.count
        return "\(hours) hours of groups" + (closed == 0 ? "" : " (\(closed) meeting\(closed == 1 ? "" : "s") closed)")
    }
}

extension Track {
    /// One line of facts: admission, meetings, weekly hours and level of care, group size.
    public var facts: String {
        let meetingCount = calendar.meetings.count
        let days = calendar.meetingDays.map(\.name)
        var parts = [
            "\(admission == .rolling ? "Rolling admission" : "Closed cohort"), \(weeks) weeks",
            "\(meetingCount) meeting\(meetingCount == 1 ? "" : "s") a week (\(English.list(days)))",
            "\(English.decimal(weeklyHours)) hours of groups a week",
        ]
        if let level = levelOfCare ?? impliedLevelOfCare { parts.append("level of care \(level.rawValue)") }
        parts.append("group size \(groupSize)")
        return parts.joined(separator: " · ")
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var result = self
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
