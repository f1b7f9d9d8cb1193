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
        return lines
    }

    static func label(_ share: StreamShare) -> String {
        share.block + (share.days.map { " (\($0.map(\.rawValue).joined(separator: " ")))" } ?? "")
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
