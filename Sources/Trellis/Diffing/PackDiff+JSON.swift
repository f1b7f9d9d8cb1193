extension PackDiff {
    /// The diff as JSON (JSON.md, `diff --format json`): the two versions, the verdict, and the
    /// pack's changes and each module, session and handout entry with its changes. Texts are
    /// given whole, not as excerpts.
    public var json: JSONValue {
        .object([
            ("pack", .string(pack)),
            ("title", .string(title)),
            ("old", Self.json(old)),
            ("new", Self.json(new)),
            ("verdict", verdict.json),
            ("changes", .array(packChanges.map(\.json))),
            ("modules", .array(modules.map(\.json))),
            ("sessions", .array(sessions.map(\.json))),
            ("handouts", .array(handouts.map(\.json))),
        ])
    }

    private static func json(_ side: Side) -> JSONValue {
        .object([("file", .string(side.file)), ("version", .string(side.version))])
    }
}

extension VersionVerdict {
    var json: JSONValue {
        .object([
            ("status", .string(status.rawValue)),
            ("required", .string(required.key)),
            ("actual", actual.map { .string($0.key) } ?? .null),
            ("suggested", suggested.map(JSONValue.string) ?? .null),
            ("reasons", .array(reasons.map(JSONValue.string))),
            ("message", .string(sentence)),
        ])
    }
}

extension DiffEntry {
    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(id)), ("title", .string(title)), ("kind", .string(kind.rawValue)),
        ]
        if let module { members.append(("module", .string(module))) }
        members += [("bump", .string(bump.key)), ("changes", .array(changes.map(\.json)))]
        return .object(members)
    }
}

extension PackChange {
    var json: JSONValue {
        .object([
            ("aspect", .string(aspect.rawValue)),
            ("kind", .string(kind.rawValue)),
            (
                "activity",
                activity.map { label in
                    .object([
                        ("position", .int(label.position)), ("kind", .string(label.kind)),
                        ("title", label.title.map(JSONValue.string) ?? .null),
                    ])
                } ?? .null
            ),
            ("part", part.map(JSONValue.string) ?? .null),
            ("before", before.map(JSONValue.string) ?? .null),
            ("after", after.map(JSONValue.string) ?? .null),
            ("bump", .string(bump.key)),
        ])
    }
}
