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
            ("days", days.map { .array($0.map { .string($0.rawValue) }) } ?? .null),
            ("sessions", .int(sessions.count)),
            ("met", .int(sessions.count - missed.count)),
            ("share", .double(share)),
            ("missed", .array(missed.map { .string($0.description) })),
        ])
    }
}
