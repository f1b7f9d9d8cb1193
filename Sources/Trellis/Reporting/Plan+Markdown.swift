extension Plan {
    /// The plan as Markdown: a heading per week and a table per meeting.
    public var markdown: String {
        var lines = ["# \(Markdown.escape(track.title))", "", Markdown.escape(track.facts), ""]
        for week in weeks {
            let meetings = meetings(inWeek: week)
            let closed = closures.filter { track.week(of: $0.date) == week }
            guard !meetings.isEmpty || !closed.isEmpty else { continue }
            lines += ["## Week \(week)", "", "\(weekSpan(week)) · \(hoursLine(week))", ""]
            var entries = meetings.map { (date: $0.date, lines: table(of: $0)) }
            entries += closed.map { closure in
                (closure.date, [
                    "### \(closure.date.longDescription)", "",
                    "Closed" + (closure.reason.map { ": \(Markdown.escape($0))" } ?? "") + ".", "",
                ])
            }
            for entry in entries.sorted(by: { $0.date < $1.date }) { lines += entry.lines }
        }
        return lines.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    private func table(of meeting: PlannedMeeting) -> [String] {
        var lines = ["### \(meeting.date.longDescription)", "", "| Time | Group | Session |", "| --- | --- | --- |"]
        var clock = meeting.start
        for block in meeting.blocks {
            if block.start > clock { lines.append("| \(clock)–\(block.start) | Break | |") }
            let session: String
            if let scheduled = block.session {
                session = "\(Markdown.escape(scheduled.session.title)) (`\(scheduled.reference)`)"
            } else {
                session = block.isStanding ? "standing group" : "no session"
            }
            lines.append("| \(block.start)–\(block.end) | \(Markdown.escape(block.block.displayTitle)) | \(session) |")
            clock = block.end
        }
        return lines + [""]
    }
}
