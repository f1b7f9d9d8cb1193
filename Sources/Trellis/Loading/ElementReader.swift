import TrellisXML

/// Reads model values out of parsed elements of one file.
///
/// Lenient by design: a document that failed the schema is still read, with empty or zero
/// values where something is missing, so that references into it resolve and one mistake does
/// not bring a cascade of diagnostics elsewhere. The schema errors themselves are reported.
struct ElementReader {
    let file: String

    func origin(of element: ParsedElement) -> Origin {
        let positions = element.attributes.map { attribute in
            Origin.AttributePosition(
                name: attribute.namespace == XMLNamespace.xml ? "xml:\(attribute.name)" : attribute.name,
                line: Int32(clamping: attribute.position.line), column: Int32(clamping: max(attribute.position.column, 1)))
        }
        return Origin(element: location(element.position), positions: positions)
    }

    func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: file, position: position)
    }

    func string(_ element: ParsedElement, _ name: String) -> String {
        element.attribute(name)?.value ?? ""
    }

    func optionalString(_ element: ParsedElement, _ name: String) -> String? {
        element.attribute(name)?.value
    }

    func int(_ element: ParsedElement, _ name: String, default fallback: Int = 0) -> Int {
        element.attribute(name).flatMap { Int($0.value.trimmingCharacters()) } ?? fallback
    }

    /// The element's text with whitespace runs folded, as for titles and summaries.
    func text(_ element: ParsedElement?) -> String {
        guard let element else { return "" }
        return element.text.trimmingCharacters()
    }

    func texts(_ element: ParsedElement, _ name: String) -> [String] {
        element.children(named: name).map { text($0) }
    }

    func inline(_ element: ParsedElement) -> InlineText {
        InlineText(inlineRuns(element.content), origin: origin(of: element))
    }

    private func inlineRuns(_ content: [ParsedContent]) -> [InlineRun] {
        content.compactMap { piece in
            switch piece {
            case .text(let string):
                return .text(string)
            case .element(let child) where child.name == "strong":
                return .strong(inlineRuns(child.content))
            case .element(let child) where child.name == "contact":
                return .contact(ContactReference(id: string(child, "ref"), location: location(child.position)))
            case .element(let child):
                return .emphasis(inlineRuns(child.content))
            }
        }
    }

    func blocks(_ element: ParsedElement) -> [TextBlock] {
        element.children.compactMap(block)
    }

    func block(_ element: ParsedElement) -> TextBlock? {
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
    /// or line break, and no lead byte of a non-ASCII whitespace character (U+0085, U+00A0,
    /// U+1680, U+2000–U+205F, U+3000). Most titles and sentences are like that, and are kept.
    private static func isFolded(_ bytes: String.UTF8View) -> Bool {
        var previousSpace = true
        for byte in bytes {
            switch byte {
            case 0x20:
                if previousSpace { return false }
                previousSpace = true
            case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3: return false
            default: previousSpace = false
            }
        }
        return !previousSpace || bytes.isEmpty
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}
