extension Plan {
    /// The plan as Markdown: a heading per week and a table per meeting.
    public var markdown: String {
        var lines = ["# \(Markdown.escape(track.title))", "", Markdown.escape(track.facts), ""]
        for week in weeks {
            let days = days(inWeek: week)
            guard !days.isEmpty else { continue }
            lines += ["## Week \(week)", "", "\(weekSpan(week)) · \(hoursLine(week))", ""]
            for day in days {
                switch day {
                case .meeting(let meeting):
                    lines += table(of: meeting)
                case .closed(let closure):
                    lines += [
                        "### \(closure.date.longDescription)", "",
                        "Closed" + (closure.reason.map { ": \(Markdown.escape($0))" } ?? "") + ".", "",
                    ]
                }
            }
        }
        return lines.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    private func table(of meeting: PlannedMeeting) -> [String] {
        let rows = meeting.timeline.map { stretch -> String in
            switch stretch {
            case .breakTime(let start, let end):
                return "| \(start)–\(end) | Break | |"
            case .block(let block):
                let session =
                    block.session.map { "\(Markdown.escape($0.session.title)) (`\($0.reference)`)" }
                    ?? (block.isStanding ? "standing group" : "no session")
                return "| \(block.start)–\(block.end) | \(Markdown.escape(block.block.displayTitle)) | \(session) |"
            }
        }
        return ["### \(meeting.date.longDescription)", "", "| Time | Group | Session |", "| --- | --- | --- |"] + rows + [""]
    }
}
