extension Plan {
    /// A week-by-week agenda to pin on a wall: every meeting with clock times, closed days, and
    /// the hours of each week.
    public var text: String {
        var lines = [headline, track.facts, ""]
        for week in weeks {
            let days = days(inWeek: week)
            guard !days.isEmpty else { continue }
            lines.append("Week \(week) · \(weekSpan(week)) · \(hoursLine(week))")
            for day in days {
                switch day {
                case .meeting(let meeting):
                    lines += agenda(of: meeting)
                case .closed(let closure):
                    lines.append("  \(closure.date.longDescription): closed" + (closure.reason.map { " (\($0))" } ?? ""))
                }
            }
            lines.append("")
        }
        if meetings.isEmpty && closures.isEmpty { lines.append("No meetings in these weeks.") }
        return lines.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    var headline: String { "\(track.title) (\(track.id))" }

    private func agenda(of meeting: PlannedMeeting) -> [String] {
        ["  \(meeting.date.longDescription)"]
            + meeting.timeline.flatMap { stretch -> [String] in
                switch stretch {
                case .breakTime(let start, let end):
                    return ["    \(start)–\(end)  Break"]
                case .block(let block) where block.groups.isEmpty:
                    return ["    \(block.start)–\(block.end)  \(describe(block.rooms[0], name: block.block.displayTitle))"]
                case .block(let block):
                    let indent = String(repeating: " ", count: "    \(block.start)–\(block.end)  ".count)
                    return ["    \(block.start)–\(block.end)  \(block.block.displayTitle), in groups:"]
                        + block.groups.map { indent + "- " + describe($0, name: Self.groupName($0)) }
                }
            }
    }

    /// `Orientation group (stay weeks 1–2)`.
    static func groupName(_ room: PlannedGroup) -> String {
        guard let group = room.group else { return "" }
        return group.displayTitle + (group.stayDescription.map { " (\($0))" } ?? "")
    }

    private func describe(_ room: PlannedGroup, name: String) -> String {
        guard let session = room.session else {
            return room.isStanding ? name : "\(name) · no session (the stream's sequence has ended)"
        }
        return "\(name) · \(session.session.title) [\(session.reference)]"
    }

    func weekSpan(_ week: Int) -> String { track.span(ofWeek: week) }

    func hoursLine(_ week: Int) -> String {
        let closed = track.meetings(inWeek: week).filter { !$0.happens }.count
        return "\(English.hours(track.hours(inWeek: week))) of groups" + (closed == 0 ? "" : " (\(closed) meeting\(closed == 1 ? "" : "s") closed)")
    }
}

extension Track {
    /// `Monday 4 January 2027 to Sunday 10 January 2027`: the seven days of a week.
    public func span(ofWeek week: Int) -> String {
        let first = firstDay(ofWeek: week)
        let last = first.adding(days: 6)
        return "\(first.weekday.name) \(first.mediumDescription) to \(last.weekday.name) \(last.mediumDescription)"
    }

    /// One line of facts: admission, meetings, weekly hours and level of care, group size.
    public var facts: String { facts(in: .english) }

    /// The line of facts in the language of `strings`.
    public func facts(in strings: InterfaceStrings) -> String {
        let meetingCount = calendar.meetings.count
        let days = strings.list(calendar.meetingDays.map(strings.weekday))
        var parts = [
            strings[admission == .rolling ? "facts.rolling" : "facts.closed", ["weeks": "\(weeks)"]],
            meetingCount == 1
                ? strings["facts.meeting", ["days": days]] : strings["facts.meetings", ["count": "\(meetingCount)", "days": days]],
            mostWeeklyHours > weeklyHours
                ? strings["facts.hoursRange", ["least": strings.hours(weeklyHours), "most": strings.hours(mostWeeklyHours)]]
                : strings["facts.hours", ["hours": strings.hours(weeklyHours)]],
        ]
        if let level = levelOfCare ?? impliedLevelOfCare { parts.append(strings["facts.level", ["level": level.rawValue]]) }
        parts.append(strings["facts.groupSize", ["size": "\(groupSize)"]])
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
