/// WordprocessingML for text: paragraphs, runs, lists, tables, check boxes and writing lines,
/// built into one body. Every string is escaped for XML, and characters XML cannot hold are
/// dropped, per Unicode scalar.
struct WordText {
    private(set) var body = ""
    /// Numbered lists so far; each gets its own numbering instance, so each restarts at 1.
    private(set) var numberedLists = 0

    static func escape(_ text: String) -> String { XMLText.escape(text, whitespace: .space) }

    /// A run of plain text, optionally bold or italic.
    static func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
        let properties = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "")
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + "<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
    }

    /// Inline text as runs, emphasis as italic and strong emphasis as bold.
    static func runs(_ text: InlineText, bold: Bool = false) -> String {
        text.runs.map { runs($0, bold: bold, italic: false) }.joined()
    }

    private static func runs(_ run: InlineRun, bold: Bool, italic: Bool) -> String {
        switch run {
        case .text(let text): Self.run(text.split(whereSeparator: \.isNewline).joined(separator: " "), bold: bold, italic: italic)
        case .emphasis(let inner): inner.map { runs($0, bold: bold, italic: true) }.joined()
        case .strong(let inner): inner.map { runs($0, bold: true, italic: italic) }.joined()
        case .contact(let contact): Self.run(contact.text, bold: bold, italic: italic)
        }
    }

    mutating func paragraph(_ runs: String, style: String? = nil, pageBreakBefore: Bool = false, keepNext: Bool = false) {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if keepNext { properties += "<w:keepNext/>" }
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        body += "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    mutating func heading(_ level: Int, _ text: String, pageBreakBefore: Bool = false) {
        paragraph(Self.run(text), style: "Heading\(min(max(level, 1), 3))", pageBreakBefore: pageBreakBefore)
    }

    mutating func text(_ text: String, bold: Bool = false, italic: Bool = false, style: String? = nil) {
        paragraph(Self.run(text, bold: bold, italic: italic), style: style)
    }

    /// A bulleted or numbered list, one paragraph per item.
    mutating func list(_ items: [String], ordered: Bool = false) {
        let number: Int
        if ordered {
            numberedLists += 1
            number = numberedLists + 1
        } else {
            number = 1
        }
        for item in items {
            body += "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/>"
                + "<w:numId w:val=\"\(number)\"/></w:numPr></w:pPr>\(item)</w:p>"
        }
    }

    /// Items with an empty box (☐) to tick.
    mutating func checklist(_ items: [String]) {
        for item in items {
            paragraph(Self.run("☐ ") + item, style: "ListParagraph")
        }
    }

    /// Ruled lines to write on.
    mutating func writingLines(_ count: Int) {
        for _ in 0..<max(1, count) { paragraph("", style: "WritingLine") }
    }

    /// A table with a header row; cells are runs.
    mutating func table(header: [String], rows: [[String]]) {
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>"
        xml += String(repeating: "<w:gridCol/>", count: header.count) + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
            + header.map { "<w:tc><w:p>\(Self.run($0, bold: true))</w:p></w:tc>" }.joined() + "</w:tr>"
        for row in rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + row.map { "<w:tc><w:p>\($0)</w:p></w:tc>" }.joined() + "</w:tr>"
        }
        body += xml + "</w:tbl>"
        paragraph("")
    }

    /// Script or protocol blocks: paragraphs, lists, and sections one heading level down.
    mutating func blocks(_ blocks: [TextBlock], level: Int) {
        for block in blocks {
            switch block {
            case .paragraph(let text): paragraph(Self.runs(text))
            case .list(let ordered, let items): list(items.map { Self.runs($0) }, ordered: ordered)
            case .section(let title, let inner):
                if level <= 3 { heading(level, title) } else { text(title, bold: true) }
                self.blocks(inner, level: level + 1)
            }
        }
    }

    /// A handout's parts: text, sections, fields with writing lines, checklists and scales.
    mutating func parts(_ parts: [HandoutPart], level: Int, circleOne: String) {
        for part in parts {
            switch part {
            case .text(let block): blocks([block], level: level)
            case .section(let title, let inner):
                if level <= 3 { heading(level, title) } else { text(title, bold: true) }
                self.parts(inner, level: level + 1, circleOne: circleOne)
            case .field(let field):
                paragraph(Self.run(field.label, bold: true), keepNext: true)
                writingLines(field.lines)
            case .checklist(let items): checklist(items.map { Self.runs($0) })
            case .scale(let scale):
                paragraph(Self.run(scale.label, bold: true) + Self.run(" " + circleOne), keepNext: true)
                let lowest = min(scale.minimum, scale.maximum)
                let highest = max(scale.minimum, scale.maximum)
                let step = max(1, (highest - lowest + 19) / 20)
                // The numbers as one row of boxes, the way the printed handout draws them.
                let numbers = stride(from: lowest, through: highest, by: step).map {
                    "<w:tc><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\(Self.run("\($0)", bold: true))</w:p></w:tc>"
                }
                body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>"
                    + String(repeating: "<w:gridCol/>", count: numbers.count) + "</w:tblGrid><w:tr>" + numbers.joined() + "</w:tr></w:tbl>"
                if scale.low != nil || scale.high != nil {
                    text("\(lowest) = \(scale.low ?? "") · \(highest) = \(scale.high ?? "")", italic: true)
                }
            }
        }
    }
}
