extension PackDiff {
    /// The diff as Markdown for a review: the verdict first, then a section per kind of entry
    /// and a list of changes under each entry. Text from the files is escaped.
    public var markdown: String {
        var lines = [
            "# Changes to \(Markdown.escape(pack)): \(Markdown.escape(title))", "",
            "| | version | file |", "| --- | --- | --- |",
            "| old | \(Markdown.escape(old.version)) | \(Markdown.escape(old.file)) |",
            "| new | \(Markdown.escape(new.version)) | \(Markdown.escape(new.file)) |", "",
            "**Version:** \(Markdown.escape(verdict.sentence))", "",
            isEmpty ? "No differences." : "Changed: \(Markdown.escape(countSummary)).", "",
        ]
        if !packChanges.isEmpty {
            lines += ["## Pack", ""] + packChanges.flatMap(Self.markdownLines) + [""]
        }
        for (heading, entries) in [("Modules", modules), ("Sessions", sessions), ("Handouts", handouts)] where !entries.isEmpty {
            lines += ["## \(heading)", ""]
            for entry in entries {
                lines += ["### \(Markdown.escape(Self.describe(entry))) (\(entry.bump.name))", ""]
                if !entry.changes.isEmpty { lines += entry.changes.flatMap(Self.markdownLines) + [""] }
            }
        }
        return lines.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    private static func markdownLines(_ change: PackChange) -> [String] {
        let headline = Markdown.escape(change.headline)
        return switch change.quotation {
        case .none: ["- \(headline)"]
        case .inline(let text): ["- \(headline): \(Markdown.escape(text))"]
        case .beforeAfter(let before, let after):
            ["- \(headline):", "  - before: \(Markdown.escape(before))", "  - after: \(Markdown.escape(after))"]
        }
    }
}
