/// TR111: placeholder text (`TODO`, `TBD`, `XXX`, `lorem ipsum`) left in what participants read.
struct PlaceholderRule: Rule {
    let code = DiagnosticCode.placeholderText
    let readsAllText = true

    /// Written in capitals they are placeholders; in lower case `todo` is a word (Spanish, Portuguese).
    static let markers = ["TODO", "TBD", "XXX"]

    func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scoped in context.sessions {
            let session = scoped.session
            // Text by text, in place: this rule reads every word participants see.
            func scan(_ text: InlineText) { diagnostics += findings(in: text.rawText, at: scoped.location(text)) }
            session.objectives.forEach(scan)
            let activities = session.activities
            for activity in activities.indices { activities[activity].prompts.forEach(scan) }
            if let homework = session.homework { scan(homework) }
        }
        for scoped in context.handouts {
            // A handout built in code has no element per part: its findings go to the plugin.
            let fallback = scoped.location(scoped.handout.origin)
            for part in scoped.handout.parts {
                diagnostics += findings(in: part, fallback: fallback)
                    .map { scoped.handout.origin.isFromCode ? $0.moved(to: fallback) : $0 }
            }
        }
        return diagnostics
    }

    private func findings(in part: HandoutPart, fallback: SourceLocation) -> [Diagnostic] {
        switch part {
        case .text(let block):
            return findings(in: block, fallback: fallback)
        case .section(let title, let parts):
            return findings(in: title, at: fallback) + parts.flatMap { findings(in: $0, fallback: fallback) }
        case .field(let field):
            return findings(in: field.label, at: field.origin?.element ?? fallback)
        case .checklist(let items):
            return items.flatMap { findings(in: $0.rawText, at: $0.origin?.element ?? fallback) }
        case .scale(let scale):
            let text = [scale.label, scale.low ?? "", scale.high ?? ""].joined(separator: " ")
            return findings(in: text, at: scale.origin?.element ?? fallback)
        }
    }

    private func findings(in block: TextBlock, fallback: SourceLocation) -> [Diagnostic] {
        switch block {
        case .paragraph(let text):
            return findings(in: text.rawText, at: text.origin?.element ?? fallback)
        case .list(_, let items):
            return items.flatMap { findings(in: $0.rawText, at: $0.origin?.element ?? fallback) }
        case .section(let title, let blocks):
            return findings(in: title, at: fallback) + blocks.flatMap { findings(in: $0, fallback: fallback) }
        }
    }

    private func findings(in text: String, at location: @autoclosure () -> SourceLocation) -> [Diagnostic] {
        guard let found = Self.placeholder(in: text) else { return [] }
        return [
            .warning(
                code, at: location(),
                "placeholder text \"\(found)\" in participant text: write the real words before this is handed out")
        ]
    }

    /// The first placeholder in `text`, or nil. Scans bytes: this rule reads every word of every
    /// pack, so it must cost little more than reading them.
    static func placeholder(in text: String) -> String? {
        // Every marker starts with T or X: text with neither (most text) has no word to look at.
        if TextScan.containsByte(text, UInt8(ascii: "T")) || TextScan.containsByte(text, UInt8(ascii: "X")) {
            var found: String?
            _ = TextScan.words(text) { word in
                guard (3...4).contains(word.count) else { return false }
                for marker in markerBytes where marker.elementsEqual(word) {
                    found = String(decoding: marker, as: UTF8.self)
                    return true
                }
                return false
            }
            if let found { return found }
        }
        return TextScan.containsPhrase(text, "lorem", "ipsum") ? "lorem ipsum" : nil
    }

    private static let markerBytes = markers.map { Array($0.utf8) }
}

extension Diagnostic {
    /// The same finding at another place.
    func moved(to location: SourceLocation) -> Diagnostic {
        var moved = self
        moved.location = location
        return moved
    }
}
