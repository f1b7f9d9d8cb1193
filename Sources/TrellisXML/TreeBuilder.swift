import CLibXML2

/// Copies a libxml2 tree into `ParsedElement` values, giving each element and attribute the
/// position the `SourceScanner` found for it.
struct TreeBuilder {
    private let tags: [SourceScanner.StartTag]
    private let lines: LineIndex
    private let limits: ParserLimits
    private var nextTag = 0

    /// Element and attribute nodes with their positions, in document order, for reporting
    /// schema errors. A list: most documents have no schema error, and hashing every node of
    /// every file into a table nobody reads was a measurable share of loading.
    private var placed: [(node: UnsafeMutableRawPointer, position: SourcePosition)] = []

    /// Element and attribute nodes to positions, made when asked for.
    var positions: [UnsafeMutableRawPointer: SourcePosition] {
        Dictionary(placed, uniquingKeysWith: { first, _ in first })
    }
    private(set) var problems: [XMLProblem] = []
    /// The last namespace URI read, by libxml2's pointer to it: every element of a document
    /// shares one, and making a `String` of it per element was a measurable share of loading.
    private var lastNamespace: (pointer: UnsafePointer<xmlChar>, uri: String)?

    init(tags: [SourceScanner.StartTag], lines: LineIndex, limits: ParserLimits) {
        self.tags = tags
        self.lines = lines
        self.limits = limits
    }

    mutating func element(from node: xmlNodePtr, depth: Int) -> ParsedElement {
        let tag = nextTag < tags.count ? tags[nextTag] : nil
        nextTag += 1
        let position =
            tag.map { lines.position(ofOffset: $0.offset) }
            ?? SourcePosition(line: max(Int(xmlGetLineNo(node)), 1), column: 1)
        placed.append((UnsafeMutableRawPointer(node), position))

        let name = String(cString: node.pointee.name)
        let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { href -> String in
            if let last = lastNamespace, last.pointer == href { return last.uri }
            let uri = String(cString: href)
            lastNamespace = (href, uri)
            return uri
        }
        var element = ParsedElement(name: name, namespace: namespace, position: position)
        if let namespace, SafeXMLParser.xincludeNamespaces.contains(namespace) {
            problems.append(
                XMLProblem(
                    kind: .forbidden, message: "XInclude is not allowed: Trellis never fetches other files",
                    position: position))
        }
        element.attributes = attributes(of: node, tag: tag, fallback: position)

        if depth >= limits.maximumDepth, node.pointee.children != nil,
            sequence(node.pointee.children).contains(where: { $0.pointee.type == XML_ELEMENT_NODE })
        {
            problems.append(
                XMLProblem(
                    kind: .tooLarge, message: "elements are nested deeper than \(limits.maximumDepth) levels",
                    position: position))
            return element
        }
        for child in sequence(node.pointee.children) {
            switch child.pointee.type {
            case XML_ELEMENT_NODE:
                element.content.append(.element(self.element(from: child, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // Read the node's own text: xmlNodeGetContent would expand entities unchecked.
                if let content = child.pointee.content { element.content.append(.text(String(cString: content))) }
            default:
                continue
            }
        }
        return element
    }

    private mutating func attributes(
        of node: xmlNodePtr, tag: SourceScanner.StartTag?, fallback: SourcePosition
    ) -> [ParsedAttribute] {
        var result: [ParsedAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            let name = String(cString: current.pointee.name)
            let namespace = current.pointee.ns
            let prefix = namespace.flatMap { $0.pointee.prefix }.map { String(cString: $0) }
            let qualifiedName = prefix.map { "\($0):\(name)" } ?? name
            let offset = tag?.attributeOffsets.first { $0.qualifiedName == qualifiedName }?.offset
            let position = offset.map { lines.position(ofOffset: $0) } ?? fallback
            placed.append((UnsafeMutableRawPointer(current), position))
            var value = ""
            var text = current.pointee.children
            while let piece = text {
                if let content = piece.pointee.content { value += String(cString: content) }
                text = piece.pointee.next
            }
            result.append(
                ParsedAttribute(
                    name: name, namespace: namespace.flatMap { $0.pointee.href }.map { String(cString: $0) },
                    value: value, position: position))
        }
        return result
    }

    private func sequence(_ first: xmlNodePtr?) -> UnfoldSequence<xmlNodePtr, xmlNodePtr?> {
        Swift.sequence(state: first) { state -> xmlNodePtr? in
            guard let node = state else { return nil }
            state = node.pointee.next
            return node
        }
    }
}
