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
            case .block(let block) where block.groups.isEmpty:
                return "| \(block.start)–\(block.end) | \(Markdown.escape(block.block.displayTitle)) | \(Self.cell(block.rooms[0])) |"
            case .block(let block):
                return block.groups.map { room in
                    "| \(block.start)–\(block.end) | \(Markdown.escape(block.block.displayTitle)): "
                        + "\(Markdown.escape(Self.groupName(room))) | \(Self.cell(room)) |"
                }.joined(separator: "\n")
            }
        }
        return ["### \(meeting.date.longDescription)", "", "| Time | Group | Session |", "| --- | --- | --- |"] + rows + [""]
    }

    private static func cell(_ room: PlannedGroup) -> String {
        room.session.map { "\(Markdown.escape($0.session.title)) (`\($0.reference)`)" }
            ?? (room.isStanding ? "standing group" : "no session")
    }
}
