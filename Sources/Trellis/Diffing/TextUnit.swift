/// One piece of text compared on its own (a paragraph, a list item, a field's label), with the
/// kind of text it is, so a change reads "list item changed" rather than as markup.
struct TextUnit: Hashable, Sendable {
    /// "paragraph", "list item", "section title", "field", "checklist item", "scale".
    var part: String
    var text: String

    /// Script or handout text blocks as units, in reading order.
    static func units(_ blocks: [TextBlock]) -> [TextUnit] { blocks.flatMap(units) }

    static func units(_ block: TextBlock) -> [TextUnit] {
        switch block {
        case .paragraph(let text): [TextUnit(part: "paragraph", text: text.plainText)]
        case .list(_, let items): items.map { TextUnit(part: "list item", text: $0.plainText) }
        case .section(let title, let blocks): [TextUnit(part: "section title", text: InlineText.folding(title))] + units(blocks)
        }
    }

    /// A handout's parts as units, in reading order; a field says how many lines it leaves and
    /// a scale its numbers and ends, since both change what a member fills in.
    static func units(_ parts: [HandoutPart]) -> [TextUnit] {
        parts.flatMap { part -> [TextUnit] in
            switch part {
            case .text(let block): units(block)
            case .section(let title, let parts):
                [TextUnit(part: "section title", text: InlineText.folding(title))] + units(parts)
            case .field(let field):
                [TextUnit(part: "field", text: "\(InlineText.folding(field.label)) [\(field.lines) lines]")]
            case .checklist(let items): items.map { TextUnit(part: "checklist item", text: $0.plainText) }
            case .scale(let scale):
                [
                    TextUnit(
                        part: "scale",
                        text: "\(InlineText.folding(scale.label)) [\(scale.minimum)–\(scale.maximum)"
                            + (scale.low.map { ", \(scale.minimum) = \(InlineText.folding($0))" } ?? "")
                            + (scale.high.map { ", \(scale.maximum) = \(InlineText.folding($0))" } ?? "") + "]")
                ]
            }
        }
    }
}
