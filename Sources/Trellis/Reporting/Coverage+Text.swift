extension Coverage {
    /// A table with a row per entry week and a column per stream (the share of its sessions a
    /// member meets), then every prerequisite met out of order; for a closed track, what the
    /// cohort meets or misses.
    public var text: String {
        var lines = ["Coverage of \(track.title) (\(track.id))", track.facts, "", "Streams:"]
        let streams = entries.first?.streams ?? []
        for share in streams {
            let items = track.streams[share.stream].items.map(\.reference.description).joined(separator: ", ")
            lines.append("  \(share.stream + 1). \(Self.label(share)): \(items) (\(share.sessions.count) sessions)")
        }
        lines.append("")
        switch track.admission {
        case .closed:
            lines += closedSummary
        case .rolling:
            lines.append(
                "A member who enters in a given week and stays \(stay) weeks meets this share of each stream's sessions "
                    + "(entry weeks 1–\(entries.count): one full cycle of every stream):")
            lines.append("")
            let header = ["Entry week", "Starts"] + streams.map { "\($0.stream + 1)" } + ["Out of order"]
            var rows = [header]
            for entry in entries {
                let order =
                    entry.outOfOrder.isEmpty
                    ? "none" : entry.outOfOrder.map { "\($0.session) before \($0.prerequisite)" }.joined(separator: "; ")
                rows.append(["\(entry.week)", entry.start.description] + entry.streams.map(Self.percent) + [order])
            }
            lines += Self.columns(rows)
            let missing = Set(entries.flatMap { $0.streams.flatMap(\.missed) })
            lines.append("")
            lines.append(
                missing.isEmpty
                    ? "Every entry week meets every session within its stay."
                    : "Some entry weeks miss sessions within their stay: see the rows under 100%.")
            if track.hasGroups {
                lines += ["", "Who sits in which group, by entry week:"]
                lines += entries.map { "  " + Self.path(of: $0) }
            }
            if let most = entries.compactMap({ entry in entry.repeats.first.map { (entry.week, $0) } }).max(by: { $0.1.times < $1.1.times }) {
                lines.append("")
                lines.append(
                    "The most any member meets one session is \(most.1.times) times (\(most.1.session), entering in week \(most.0)).")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var closedSummary: [String] {
        guard let entry = entries.first else { return [] }
        var lines: [String] = []
        for share in entry.streams {
            let name = "stream \(share.stream + 1) (\(Self.label(share)))"
            lines.append(
                share.missed.isEmpty
                    ? "Everyone meets all \(share.sessions.count) sessions of \(name)."
                    : "The cohort misses \(share.missed.count) of \(share.sessions.count) sessions of \(name): "
                        + share.missed.map(\.description).joined(separator: ", ") + ".")
        }
        for broken in entry.outOfOrder {
            lines.append("\(broken.session) comes on \(broken.date), before its prerequisite \(broken.prerequisite).")
        }
        if entry.outOfOrder.isEmpty { lines.append("No session comes before its prerequisites.") }
        if track.hasGroups { lines.append("The cohort " + Self.path(of: entry).replacingOccurrences(of: "joins week", with: "starts in week")) }
        return lines
    }

    static func label(_ share: StreamShare) -> String {
        share.block + (share.group.map { " group \($0)" } ?? "")
            + (share.days.map { " (\($0.map(\.rawValue).joined(separator: " ")))" } ?? "")
    }

    /// `joins week 3: meets orientation or-01, or-02 … in the Orientation group in weeks 3–4
    /// (stay weeks 1–2), then the Skills group in weeks 5–14 (11 sessions)`: a member's way
    /// through the groups of every block that has them, in words a program director reads.
    static func path(of entry: Entry) -> String {
        let byBlock = Dictionary(grouping: entry.rooms, by: \.block.id)
        let blocks = entry.rooms.map(\.block).reduce(into: [Block]()) { if !$0.contains($1) { $0.append($1) } }
        let parts = blocks.map { block -> String in
            let stretches = (byBlock[block.id] ?? []).map { room -> String in
                let weeks = room.weeks.count == 1 ? "week \(room.weeks.lowerBound)" : "weeks \(room.weeks.lowerBound)–\(room.weeks.upperBound)"
                let stay = room.stayWeeks.count == 1
                    ? "stay week \(room.stayWeeks.lowerBound)" : "stay weeks \(room.stayWeeks.lowerBound)–\(room.stayWeeks.upperBound)"
                let what = room.sessions.count <= 8
                    ? "meets \(sessionList(room.sessions))" : "meets \(room.sessions.count) different sessions"
                return "\(room.group.displayTitle) in \(weeks) (\(stay)): \(what)"
            }
            return "\(block.displayTitle): " + stretches.joined(separator: "; then ")
        }
        return "joins week \(entry.week) (\(entry.start)): " + (parts.isEmpty ? "no group takes them" : parts.joined(separator: ". "))
    }

    /// `orientation or-01, or-02 and early-recovery er-01`: sessions grouped by pack.
    static func sessionList(_ sessions: [Reference]) -> String {
        guard !sessions.isEmpty else { return "no sessions" }
        var packs: [(String, [String])] = []
        for session in sessions {
            let pack = session.pack ?? ""
            if let index = packs.firstIndex(where: { $0.0 == pack }) {
                packs[index].1.append(session.local)
            } else {
                packs.append((pack, [session.local]))
            }
        }
        return English.list(packs.map { "\($0.0) \($0.1.joined(separator: ", "))" })
    }

    static func percent(_ share: StreamShare) -> String {
        "\(Int((share.share * 100).rounded()))%"
    }

    /// Rows padded into aligned columns.
    static func columns(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
    }
}
