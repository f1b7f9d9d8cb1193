import TrellisXML

/// Reads model values out of parsed elements of one file.
///
/// Lenient by design: a document that failed the schema is still read, with empty or zero
/// values where something is missing, so that references into it resolve and one mistake does
/// not bring a cascade of diagnostics elsewhere. The schema errors themselves are reported.
struct ElementReader {
    /// The places of every element read from this document, which its origins share.
    let origins: OriginTable

    init(file: String, root: ElementView) {
        origins = OriginTable(file: file, elements: root.documentElementCount, attributes: root.documentAttributeCount)
    }

    var file: String { origins.file }

    func origin(of element: ElementView) -> Origin {
        let first = origins.attributeCount
        element.forEachAttribute { name, namespace, position in
            origins.appendAttribute(
                Origin.AttributePosition(
                    name: namespace == XMLNamespace.xml ? "xml:\(name)" : name, line: Int32(clamping: position.line),
                    column: Int32(clamping: max(position.column, 1))))
        }
        let position = element.position
        return Origin(table: origins, row: origins.appendRow(line: position.line, column: max(position.column, 1), firstAttribute: first))
    }

    func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: file, position: position)
    }

    func string(_ element: ElementView, _ name: String) -> String {
        element.value(of: name) ?? ""
    }

    func optionalString(_ element: ElementView, _ name: String) -> String? {
        element.value(of: name)
    }

    func int(_ element: ElementView, _ name: String, default fallback: Int = 0) -> Int {
        element.value(of: name).flatMap { Int($0.trimmingCharacters()) } ?? fallback
    }

    /// The element's text with whitespace runs folded, as for titles and summaries.
    func text(_ element: ElementView?) -> String {
        guard let element else { return "" }
        return element.text.trimmingCharacters()
    }

    func texts(_ element: ElementView, _ name: String) -> [String] {
        element.children(named: name).map { text($0) }
    }

    func inline(_ element: ElementView) -> InlineText {
        // Most text is one text node: read as it is, with no runs to gather.
        if let text = element.soleText { return InlineText(plain: text, origin: origin(of: element)) }
        return InlineText(inlineRuns(element), origin: origin(of: element))
    }

    private func inlineRuns(_ element: ElementView) -> [InlineRun] {
        var runs: [InlineRun] = []
        element.forEachContent { piece in
            switch piece {
            case .text(let string):
                runs.append(.text(string))
            case .element(let child) where child.isNamed("strong"):
                runs.append(.strong(inlineRuns(child)))
            case .element(let child) where child.isNamed("contact"):
                runs.append(.contact(ContactReference(id: string(child, "ref"), location: location(child.position))))
            case .element(let child):
                runs.append(.emphasis(inlineRuns(child)))
            }
        }
        return runs
    }

    func blocks(_ element: ElementView) -> [TextBlock] {
        compactMapChildren(of: element, block)
    }

    /// The values `transform` gives for the element's children, in order, skipping nil, in an
    /// array allocated once for as many as there are children: `compactMap` grows its array as
    /// it goes and keeps the slack, a share of a large library's memory for scripts alone.
    func compactMapChildren<Value>(of element: ElementView, _ transform: (ElementView) -> Value?) -> [Value] {
        let children = element.children
        var values: [Value] = []
        values.reserveCapacity(children.count)
        for child in children {
            if let value = transform(child) { values.append(value) }
        }
        return values
    }

    func block(_ element: ElementView) -> TextBlock? {
        switch element.name {
        case "p": .paragraph(inline(element))
        case "ul", "ol": .list(ordered: element.name == "ol", items: element.children(named: "li").map(inline))
        case "section": .section(title: string(element, "title"), blocks: blocks(element))
        default: nil
        }
    }
}

/// Namespaces Trellis documents use.
public enum XMLNamespace {
    /// The namespace of every pack and track.
    public static let curriculum = "urn:trellis:curriculum:1"
    /// The namespace of `xml:lang`.
    public static let xml = "http://www.w3.org/XML/1998/namespace"
}

extension String {
    /// Whitespace runs (line breaks included) as one space, none at either end. Scalar by
    /// scalar with an ASCII fast path: this runs on every text of every file and document, and
    /// `Character.isWhitespace` looks up Unicode properties for each character.
    func trimmingCharacters() -> String {
        if Self.isFolded(utf8) { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if Self.isWhitespace(scalar) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when the text has nothing to fold: no space at either end, no two in a row, no tab
    /// or line break, and no non-ASCII whitespace character (U+0085, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000). Most titles and sentences are like
    /// that, and are kept; curly quotes and dashes share a lead byte with those spaces, so the
    /// bytes after a lead byte decide.
    private static func isFolded(_ utf8: String.UTF8View) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            var previousSpace = true
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x20:
                    if previousSpace { return false }
                    previousSpace = true
                case 0x09...0x0D:
                    return false
                case 0xC2, 0xE1, 0xE2, 0xE3:
                    let second = index + 1 < bytes.count ? bytes[index + 1] : 0
                    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                    switch (byte, second, third) {
                    case (0xC2, 0x85, _), (0xC2, 0xA0, _), (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A),
                        (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
                        return false
                    default:
                        previousSpace = false
                    }
                default:
                    previousSpace = false
                }
                index += 1
            }
            return !previousSpace || bytes.isEmpty
        } ?? false
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}
