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
    /// The source, for comparing attribute names as written.
    private let bytes: [UInt8]
    private let tags: SourceScanner.StartTags
    /// Where every tag and attribute starts, in document order: tag i, then its attributes.
    /// Readers ask for all of them (every element's origin holds its attributes' places), so
    /// they are counted in one pass over the file.
    private let written: [SourcePosition]
    private let limits: ParserLimits
    private(set) var problems: [XMLProblem] = []
    /// The last namespace URI read, by libxml2's pointer to it: every element of a document
    /// shares one, and making a `String` of it per element was a measurable share of loading.
    /// Used by the one thread reading this document, never overlapping: the run-time
    /// exclusivity checks are left out of this hot path.
    @exclusivity(unchecked) private var lastNamespace: (pointer: UnsafePointer<xmlChar>, uri: String)?
    /// Attribute names already made into strings, by libxml2's pointer to its one copy of each:
    /// a document uses a few names thousands of times.
    @exclusivity(unchecked) private var names: [(pointer: UnsafePointer<xmlChar>, name: String)] = []
    /// The last namespace URI checked for XInclude, by pointer, and the answer.
    @exclusivity(unchecked) private var xincludeChecked: (pointer: UnsafePointer<xmlChar>, isXInclude: Bool)?

    init(root: xmlNodePtr, bytes: [UInt8], tags: SourceScanner.StartTags, lines: LineIndex, limits: ParserLimits) {
        self.root = root
        self.bytes = bytes
        self.tags = tags
        self.limits = limits
        var offsets: [Int] = []
        offsets.reserveCapacity(tags.tags.count + tags.attributes.count)
        for tag in tags.tags {
            offsets.append(tag.offset)
            for attribute in tags.attributes[tag.attributes] { offsets.append(attribute.offset) }
        }
        written = lines.positions(ofAscending: offsets)
        var next = 0
        number(root, depth: 1, next: &next)
    }

    /// Numbers `node` and the elements below it in document order (the n-th start tag the
    /// scanner found is the n-th element), noting XInclude and nesting past the limit.
    private func number(_ node: xmlNodePtr, depth: Int, next: inout Int) {
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: next + 1)
        next += 1
        if let href = node.pointee.ns?.pointee.href, isXInclude(href) {
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

    var elementCount: Int { tags.tags.count }
    var attributeCount: Int { tags.attributes.count }

    /// The number of a numbered element, or nil for one the scanner did not find.
    private func tagIndex(of node: xmlNodePtr) -> Int? {
        let index = Int(bitPattern: node.pointee._private) - 1
        return index >= 0 && index < tags.tags.count ? index : nil
    }

    /// Where the element's `<` is; the line libxml2 kept when the scanner could not tell.
    func position(of node: xmlNodePtr) -> SourcePosition {
        guard let index = tagIndex(of: node) else { return SourcePosition(line: max(Int(xmlGetLineNo(node)), 1), column: 1) }
        return written[index + tags.tags[index].attributes.lowerBound]
    }

    /// Where the attribute's name starts; its element's position when the scanner did not see it.
    func position(of attribute: xmlAttrPtr, in element: xmlNodePtr) -> SourcePosition {
        guard let index = tagIndex(of: element) else { return position(of: element) }
        let prefix = attribute.pointee.ns?.pointee.prefix
        let name = attribute.pointee.name!
        let found = tags.attributes[tags.tags[index].attributes].firstIndex { isWritten($0, prefix: prefix, name: name) }
        // Tag i's position is followed by its attributes': attribute j sits at i + 1 + j.
        return found.map { written[index + 1 + $0] } ?? position(of: element)
    }

    /// Whether a namespace URI is XInclude's, decided once per URI of the document (libxml2
    /// keeps one copy of each): asking a set of strings for every element was a measurable
    /// share of loading.
    private func isXInclude(_ href: UnsafePointer<xmlChar>) -> Bool {
        if let known = xincludeChecked, known.pointer == href { return known.isXInclude }
        let isXInclude = SafeXMLParser.xincludeNamespaces.contains(String(cString: href))
        xincludeChecked = (href, isXInclude)
        return isXInclude
    }

    /// True when the attribute's name as written is `prefix:name`, or `name` with no prefix.
    private func isWritten(_ written: SourceScanner.Attribute, prefix: UnsafePointer<xmlChar>?, name: UnsafePointer<xmlChar>) -> Bool {
        var index = written.offset
        let end = written.offset + written.nameLength
        func consume(_ part: UnsafePointer<xmlChar>) -> Bool {
            var next = 0
            while part[next] != 0 {
                guard index < end, bytes[index] == part[next] else { return false }
                index += 1
                next += 1
            }
            return true
        }
        if let prefix {
            guard consume(prefix), index < end, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
        }
        return consume(name) && index == end
    }

    /// A name libxml2 keeps in the document's dictionary, as a string made once per document.
    func name(_ pointer: UnsafePointer<xmlChar>) -> String {
        for known in names where known.pointer == pointer { return known.name }
        let name = String(cString: pointer)
        // Names outside the dictionary are not shared, and a few dozen cover any real document.
        if names.count < 32, xmlDictOwns(root.pointee.doc?.pointee.dict, pointer) == 1 { names.append((pointer, name)) }
        return name
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
