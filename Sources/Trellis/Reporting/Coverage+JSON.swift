extension Coverage {
    /// Coverage as JSON: the track, the stay, and per entry week each stream's share and the
    /// prerequisites met out of order.
    public var json: JSONValue {
        .object([
            (
                "track",
                .object([
                    ("id", .string(track.id)), ("title", .string(track.title)),
                    ("admission", .string(track.admission.rawValue)), ("weeks", .int(track.weeks)),
                ])
            ),
            ("stay", .int(stay)),
            (
                "entries",
                .array(
                    entries.map { entry in
                        .object([
                            ("week", .int(entry.week)),
                            ("start", .string(entry.start.description)),
                            ("streams", .array(entry.streams.map(\.json))),
                            (
                                "groups",
                                .array(
                                    entry.rooms.map { room in
                                        .object([
                                            ("block", .string(room.block.id)), ("group", .string(room.group.id)),
                                            ("title", .string(room.group.displayTitle)),
                                            ("weeks", .string(WeekRange(first: room.weeks.lowerBound, last: room.weeks.upperBound).description)),
                                            ("stayWeeks", .string(WeekRange(first: room.stayWeeks.lowerBound, last: room.stayWeeks.upperBound).description)),
                                            ("sessions", .array(room.sessions.map { .string($0.description) })),
                                        ])
                                    })
                            ),
                            (
                                "repeats",
                                .array(entry.repeats.map { .object([("session", .string($0.session.description)), ("times", .int($0.times))]) })
                            ),
                            (
                                "outOfOrder",
                                .array(
                                    entry.outOfOrder.map {
                                        .object([
                                            ("session", .string($0.session.description)),
                                            ("prerequisite", .string($0.prerequisite.description)),
                                            ("date", .string($0.date.description)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}

extension Coverage.StreamShare {
    var json: JSONValue {
        .object([
            ("stream", .int(stream + 1)),
            ("block", .string(block)),
            ("group", group.map(JSONValue.string) ?? .null),
            ("days", days.map { .array($0.map { .string($0.rawValue) }) } ?? .null),
            ("sessions", .int(sessions.count)),
            ("met", .int(sessions.count - missed.count)),
            ("share", .double(share)),
            ("missed", .array(missed.map { .string($0.description) })),
        ])
    }
}
