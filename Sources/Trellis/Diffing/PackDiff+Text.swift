extension PackDiff {
    /// The diff for a terminal: the two versions, each changed module, session and handout with
    /// its changes indented under it, a count of what changed, and the verdict on the version.
    /// Text from the files is printed with control characters made visible.
    public var text: String {
        var lines = [
            "\(pack): \(title)",
            "  old \(old.version)  \(old.file)",
            "  new \(new.version)  \(new.file)",
        ]
        if !packChanges.isEmpty {
            lines += ["", "Pack"] + packChanges.flatMap { Self.lines(for: $0, indent: "  ") }
        }
        for (heading, entries) in [("Modules", modules), ("Sessions", sessions), ("Handouts", handouts)] where !entries.isEmpty {
            lines += ["", heading]
            for entry in entries {
                lines.append("  \(Self.marker(entry.kind)) \(Self.describe(entry)) [\(entry.bump.name)]")
                lines += entry.changes.flatMap { Self.lines(for: $0, indent: "      ") }
            }
        }
        lines += ["", isEmpty ? "No differences." : "Changed: \(countSummary).", "Version: \(verdict.sentence)"]
        return lines.map(OneLine.escape).joined(separator: "\n") + "\n"
    }

    /// `sessions 1 removed, 2 changed; handouts 1 changed`.
    public var countSummary: String {
        var parts: [String] = []
        if !packChanges.isEmpty { parts.append("pack \(English.count(packChanges.count, "change"))") }
        for (noun, entries) in [("modules", modules), ("sessions", sessions), ("handouts", handouts)] where !entries.isEmpty {
            let counts = [DiffEntry.Kind.removed, .added, .changed].compactMap { kind -> String? in
                let count = entries.filter { $0.kind == kind }.count
                return count == 0 ? nil : "\(count) \(kind.rawValue)"
            }
            parts.append("\(noun) \(counts.joined(separator: ", "))")
        }
        return parts.joined(separator: "; ")
    }

    /// `rp-04 “Coping with cravings” (module core) removed`.
    static func describe(_ entry: DiffEntry) -> String {
        "\(entry.id) “\(entry.title)”" + (entry.module.map { " (module \($0))" } ?? "") + " \(entry.kind.rawValue)"
    }

    static func marker(_ kind: DiffEntry.Kind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        }
    }

    private static func lines(for change: PackChange, indent: String) -> [String] {
        switch change.quotation {
        case .none: ["\(indent)\(change.headline)"]
        case .inline(let text): ["\(indent)\(change.headline): \(text)"]
        case .beforeAfter(let before, let after):
            ["\(indent)\(change.headline):", "\(indent)  before: \(before)", "\(indent)  after:  \(after)"]
        }
    }
}
