import TrellisXML

/// Reads model values out of parsed elements of one file.
///
/// Lenient by design: a document that failed the schema is still read, with empty or zero
/// values where something is missing, so that references into it resolve and one mistake does
/// not bring a cascade of diagnostics elsewhere. The schema errors themselves are reported.
struct ElementReader {
    let file: String

    func origin(of element: ParsedElement) -> Origin {
        var attributes: [String: SourceLocation] = [:]
        for attribute in element.attributes {
            let name = attribute.namespace == XMLNamespace.xml ? "xml:\(attribute.name)" : attribute.name
            attributes[name] = location(attribute.position)
        }
        return Origin(element: location(element.position), attributes: attributes)
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
        return element.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if Self.isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}
