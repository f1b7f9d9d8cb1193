/// An attribute as written in the source, with where it starts.
public struct ParsedAttribute: Hashable, Sendable {
    /// The local name (`lang` for `xml:lang`).
    public var name: String
    /// The namespace URI, or nil for an unprefixed attribute.
    public var namespace: String?
    public var value: String
    public var position: SourcePosition

    public init(name: String, namespace: String? = nil, value: String, position: SourcePosition) {
        self.name = name
        self.namespace = namespace
        self.value = value
        self.position = position
    }
}

/// One piece of an element's content, in document order.
public enum ParsedContent: Hashable, Sendable {
    case element(ParsedElement)
    /// Character data (text or CDATA), exactly as parsed: entities and character references
    /// are already resolved, whitespace is kept.
    case text(String)
}

/// An element of a parsed document: a plain value that outlives the libxml2 tree it came from.
public struct ParsedElement: Hashable, Sendable {
    /// The local name (`session`).
    public var name: String
    /// The namespace URI, or nil for an element in no namespace.
    public var namespace: String?
    public var attributes: [ParsedAttribute]
    public var content: [ParsedContent]
    /// Where the start tag's `<` is.
    public var position: SourcePosition

    public init(
        name: String, namespace: String? = nil, attributes: [ParsedAttribute] = [],
        content: [ParsedContent] = [], position: SourcePosition = .start
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.content = content
        self.position = position
    }

    /// The child elements, in document order.
    public var children: [ParsedElement] {
        content.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements with this local name, in document order.
    public func children(named name: String) -> [ParsedElement] {
        var found: [ParsedElement] = []
        for case .element(let element) in content where element.name == name { found.append(element) }
        return found
    }

    /// The first child element with this local name.
    public func child(named name: String) -> ParsedElement? {
        for case .element(let element) in content where element.name == name { return element }
        return nil
    }

    /// The unprefixed attribute with this name, or for `xml:lang` and the like, pass the namespace.
    public func attribute(_ name: String, namespace: String? = nil) -> ParsedAttribute? {
        attributes.first { $0.name == name && $0.namespace == namespace }
    }

    /// The concatenated character data of this element and all its descendants.
    public var text: String {
        content.map {
            switch $0 {
            case .text(let string): string
            case .element(let element): element.text
            }
        }.joined()
    }
}
