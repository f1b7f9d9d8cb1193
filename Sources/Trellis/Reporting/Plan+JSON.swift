extension Plan {
    /// The plan as CLI.md's JSON: `track`, `meetings` (with their blocks) and `closed`.
    public var json: JSONValue {
        .object([
            (
                "track",
                .object([
                    ("id", .string(track.id)),
                    ("title", .string(track.title)),
                    ("admission", .string(track.admission.rawValue)),
                    ("weeks", .int(track.weeks)),
                    ("hoursPerWeek", .double(track.weeklyHours)),
                ])
            ),
            ("meetings", .array(meetings.map(\.json))),
            (
                "closed",
                .array(
                    closures.map {
                        .object([("date", .string($0.date.description)), ("reason", $0.reason.map(JSONValue.string) ?? .null)])
                    })
            ),
        ])
    }
}

extension PlannedMeeting {
    var json: JSONValue {
        .object([
            ("date", .string(date.description)),
            ("week", .int(week)),
            ("weekday", .string(weekday.rawValue)),
            ("start", .string(start.description)),
            ("blocks", .array(blocks.map(\.json))),
        ])
    }
}

extension PlannedBlock {
    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("block", .string(block.id)),
            ("start", .string(start.description)),
            ("end", .string(end.description)),
            ("title", .string(title)),
        ]
        guard groups.isEmpty else {
            members.append(("groups", .array(groups.map(\.json))))
            return .object(members)
        }
        members.append(("session", session.map { .string($0.reference.description) } ?? .null))
        if let session { members.append(("minutes", .int(session.session.minutes))) }
        return .object(members)
    }
}

extension PlannedGroup {
    /// `{"group", "title", "stay", "session", "minutes"}`: `minutes` only with a session.
    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("group", .string(group?.id ?? "")),
            ("title", .string(session?.session.title ?? group?.displayTitle ?? "")),
            ("stay", group?.stay.map { .string($0.description) } ?? .null),
            ("session", session.map { .string($0.reference.description) } ?? .null),
        ]
        if let session { members.append(("minutes", .int(session.session.minutes))) }
        return .object(members)
    }
}
