import CLibXML2

/// An element of a live libxml2 tree, read in place: names, attributes, text and children as
/// Swift values when asked for, nothing copied before. Valid only inside the call that handed it
/// out (`SafeXMLParser.read`); the tree is freed when that call returns.
public struct ElementView {
    let node: xmlNodePtr
    /// Outlives every view by construction: views exist only while the parser's call runs.
    unowned(unsafe) let tree: DocumentTree

    init(_ node: xmlNodePtr, in tree: DocumentTree) {
        self.node = node
        self.tree = tree
    }

    /// One piece of an element's content, in document order.
    public enum Content {
        case element(ElementView)
        /// Character data (text or CDATA) exactly as parsed, whitespace kept.
        case text(String)
    }

    /// The local name (`session`).
    public var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, or nil for an element in no namespace.
    public var namespace: String? { tree.namespace(of: node.pointee.ns) }

    /// Where the start tag's `<` is.
    public var position: SourcePosition { tree.position(of: node) }

    /// How many start tags, and attributes in them, the whole document has: what a reader of
    /// every element may size its tables by.
    public var documentElementCount: Int { tree.elementCount }
    public var documentAttributeCount: Int { tree.attributeCount }

    /// True when the local name is `name`, compared without making a string of it.
    public func isNamed(_ name: String) -> Bool {
        Self.equal(node.pointee.name, name)
    }

    /// The child elements, in document order.
    public var children: [ElementView] {
        // Counted first, so the array is allocated once at its size rather than regrown.
        var count = 0
        forEachChild { _ in count += 1 }
        var found: [ElementView] = []
        found.reserveCapacity(count)
        forEachChild { found.append($0) }
        return found
    }

    /// The child elements with this local name, in document order.
    public func children(named name: String) -> [ElementView] {
        var count = 0
        forEachChild(named: name) { _ in
            count += 1
            return true
        }
        var found: [ElementView] = []
        found.reserveCapacity(count)
        forEachChild(named: name) { child in
            found.append(child)
            return true
        }
        return found
    }

    /// The first child element with this local name.
    public func child(named name: String) -> ElementView? {
        var found: ElementView?
        forEachChild(named: name) { child in
            found = child
            return false
        }
        return found
    }

    /// The elements and text of this element, in document order.
    public var content: [Content] {
        var pieces: [Content] = []
        forEachContent { pieces.append($0) }
        return pieces
    }

    /// Calls `body` with each element and text of this element, in document order, without
    /// gathering them into an array first.
    public func forEachContent(_ body: (Content) -> Void) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                body(.element(ElementView(current, in: tree)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // The node's own text: xmlNodeGetContent would expand entities unchecked.
                if let text = current.pointee.content { body(.text(String(cString: text))) }
            default:
                break
            }
            child = current.pointee.next
        }
    }

    /// How many attributes the element has.
    public var attributeCount: Int {
        var count = 0
        var attribute = node.pointee.properties
        while let current = attribute {
            count += 1
            attribute = current.pointee.next
        }
        return count
    }

    /// The concatenated character data of this element and all its descendants.
    public var text: String {
        // Most elements hold one text node: its string is the answer, with no joining.
        if let sole = soleText { return sole }
        var text = ""
        appendText(of: node, to: &text)
        return text
    }

    /// The text of an element whose only content is one text (or CDATA) node; nil otherwise.
    public var soleText: String? {
        guard let only = node.pointee.children, only.pointee.next == nil,
            only.pointee.type == XML_TEXT_NODE || only.pointee.type == XML_CDATA_SECTION_NODE,
            let content = only.pointee.content
        else { return nil }
        return String(cString: content)
    }

    private func appendText(of node: xmlNodePtr, to text: inout String) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: appendText(of: current, to: &text)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: if let content = current.pointee.content { text += String(cString: content) }
            default: break
            }
            child = current.pointee.next
        }
    }

    /// The value of the attribute with this local name in `namespace` (nil: unprefixed).
    public func value(of name: String, namespace: String? = nil) -> String? {
        attributeNode(name, namespace: namespace).map(Self.value)
    }

    /// The attribute with this local name in `namespace` (nil: unprefixed), with where it starts.
    public func attribute(_ name: String, namespace: String? = nil) -> ParsedAttribute? {
        attributeNode(name, namespace: namespace).map { attribute in
            ParsedAttribute(
                name: name, namespace: namespace, value: Self.value(of: attribute), position: tree.position(of: attribute, in: node))
        }
    }

    /// Every attribute, in document order, with where it starts.
    public var attributes: [ParsedAttribute] {
        var found: [ParsedAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            found.append(
                ParsedAttribute(
                    name: String(cString: current.pointee.name), namespace: tree.namespace(of: current.pointee.ns),
                    value: Self.value(of: current), position: tree.position(of: current, in: node)))
            attribute = current.pointee.next
        }
        return found
    }

    /// Calls `body` with every attribute's local name, namespace URI (nil: unprefixed) and where
    /// it starts, in document order, without reading the values.
    public func forEachAttribute(_ body: (_ name: String, _ namespace: String?, _ position: SourcePosition) -> Void) {
        var attribute = node.pointee.properties
        while let current = attribute {
            body(tree.name(current.pointee.name), tree.namespace(of: current.pointee.ns), tree.position(of: current, in: node))
            attribute = current.pointee.next
        }
    }

    private func attributeNode(_ name: String, namespace: String?) -> xmlAttrPtr? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if Self.equal(current.pointee.name, name) {
                let href = current.pointee.ns?.pointee.href
                let matches = namespace.map { uri in href.map { Self.equal($0, uri) } ?? false } ?? (href == nil)
                if matches { return current }
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Calls `body` with each child element with this local name, in document order, until it
    /// returns false. Names are matched by libxml2's pointer into the document's dictionary,
    /// where every element name is kept once, so no bytes are compared; a name the dictionary
    /// lacks is on no element.
    private func forEachChild(named name: String, _ body: (ElementView) -> Bool) {
        let dictionary = node.pointee.doc?.pointee.dict
        let interned = dictionary.flatMap { dictionary in
            name.withCString { xmlDictExists(dictionary, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self), -1) }
        }
        if dictionary != nil, interned == nil { return }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE,
                interned.map({ current.pointee.name == $0 }) ?? Self.equal(current.pointee.name, name),
                !body(ElementView(current, in: tree))
            {
                return
            }
            child = current.pointee.next
        }
    }

    private func forEachChild(_ body: (ElementView) -> Void) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { body(ElementView(current, in: tree)) }
            child = current.pointee.next
        }
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        var value = ""
        var text = attribute.pointee.children
        while let piece = text {
            if let content = piece.pointee.content {
                if value.isEmpty, piece.pointee.next == nil { return String(cString: content) }
                value += String(cString: content)
            }
            text = piece.pointee.next
        }
        return value
    }

    /// A NUL-terminated libxml2 string against a Swift string, byte by byte.
    static func equal(_ cString: UnsafePointer<xmlChar>, _ string: String) -> Bool {
        var index = 0
        for byte in string.utf8 {
            if cString[index] != byte { return false }
            index += 1
        }
        return cString[index] == 0
    }
}
