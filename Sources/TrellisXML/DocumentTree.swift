import CLibXML2

/// A parsed libxml2 document, checked for what libxml2 lets through (XInclude, nesting beyond
/// the limit), with each element numbered in document order so that its start tag, and the
/// line and column of it and its attributes, can be found when asked for.
///
/// Nothing is copied: readers look at the live tree through `ElementView`s, which is what lets
/// a thousand packs load without building a second tree of every one. The number sits in the
/// node's `_private` field, which libxml2 reserves for the application.
final class DocumentTree {
    let root: xmlNodePtr
    private let tags: [SourceScanner.StartTag]
    private let lines: LineIndex
    private let limits: ParserLimits
    private(set) var problems: [XMLProblem] = []
    private var elementPositions: [SourcePosition?]
    /// The last namespace URI read, by libxml2's pointer to it: every element of a document
    /// shares one, and making a `String` of it per element was a measurable share of loading.
    private var lastNamespace: (pointer: UnsafePointer<xmlChar>, uri: String)?

    init(root: xmlNodePtr, tags: [SourceScanner.StartTag], lines: LineIndex, limits: ParserLimits) {
        self.root = root
        self.tags = tags
        self.lines = lines
        self.limits = limits
        elementPositions = Array(repeating: nil, count: tags.count)
        var next = 0
        number(root, depth: 1, next: &next)
    }

    /// Numbers `node` and the elements below it in document order (the n-th start tag the
    /// scanner found is the n-th element), noting XInclude and nesting past the limit.
    private func number(_ node: xmlNodePtr, depth: Int, next: inout Int) {
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: next + 1)
        next += 1
        if let uri = namespace(of: node.pointee.ns), SafeXMLParser.xincludeNamespaces.contains(uri) {
            problems.append(
                XMLProblem(
                    kind: .forbidden, message: "XInclude is not allowed: Trellis never fetches other files",
                    position: position(of: node)))
        }
        var child = node.pointee.children
        if depth >= limits.maximumDepth {
            while let current = child, current.pointee.type != XML_ELEMENT_NODE { child = current.pointee.next }
            if child != nil {
                problems.append(
                    XMLProblem(
                        kind: .tooLarge, message: "elements are nested deeper than \(limits.maximumDepth) levels",
                        position: position(of: node)))
            }
            return
        }
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { number(current, depth: depth + 1, next: &next) }
            child = current.pointee.next
        }
    }

    /// The start tag of a numbered element, or nil for one the scanner did not find.
    private func tag(of node: xmlNodePtr) -> SourceScanner.StartTag? {
        let index = Int(bitPattern: node.pointee._private) - 1
        return index >= 0 && index < tags.count ? tags[index] : nil
    }

    /// Where the element's `<` is; the line libxml2 kept when the scanner could not tell.
    func position(of node: xmlNodePtr) -> SourcePosition {
        let index = Int(bitPattern: node.pointee._private) - 1
        guard index >= 0, index < tags.count else { return SourcePosition(line: max(Int(xmlGetLineNo(node)), 1), column: 1) }
        // Readers ask for an element's position several times (its origin, its children's
        // fallbacks): each is counted once.
        if let known = elementPositions[index] { return known }
        let position = lines.position(ofOffset: tags[index].offset)
        elementPositions[index] = position
        return position
    }

    /// Where the attribute's name starts; its element's position when the scanner did not see it.
    func position(of attribute: xmlAttrPtr, in element: xmlNodePtr) -> SourcePosition {
        guard let tag = tag(of: element) else { return position(of: element) }
        let found: Int?
        if let prefix = attribute.pointee.ns?.pointee.prefix {
            let qualifiedName = "\(String(cString: prefix)):\(String(cString: attribute.pointee.name))"
            found = tag.attributeOffsets.first { $0.qualifiedName == qualifiedName }?.offset
        } else {
            // Most attributes have no prefix: their names are compared as bytes, with no string made.
            let name = attribute.pointee.name!
            found = tag.attributeOffsets.first { ElementView.equal(name, $0.qualifiedName) }?.offset
        }
        return found.map { lines.position(ofOffset: $0) } ?? position(of: element)
    }

    func namespace(of ns: xmlNsPtr?) -> String? {
        guard let href = ns?.pointee.href else { return nil }
        if let last = lastNamespace, last.pointer == href { return last.uri }
        let uri = String(cString: href)
        lastNamespace = (href, uri)
        return uri
    }

    /// Every numbered element and its attributes, by node, for placing schema errors: made
    /// only when the schema reports one, since most documents have none.
    var positions: [UnsafeMutableRawPointer: SourcePosition] {
        var positions: [UnsafeMutableRawPointer: SourcePosition] = [:]
        func place(_ node: xmlNodePtr) {
            guard node.pointee._private != nil else { return }
            positions[UnsafeMutableRawPointer(node)] = position(of: node)
            var attribute = node.pointee.properties
            while let current = attribute {
                positions[UnsafeMutableRawPointer(current)] = position(of: current, in: node)
                attribute = current.pointee.next
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { place(current) }
                child = current.pointee.next
            }
        }
        place(root)
        return positions
    }
}
