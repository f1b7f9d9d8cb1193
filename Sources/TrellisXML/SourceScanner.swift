/// A small lexer over the raw bytes of a document, run beside libxml2 for two jobs that the
/// parser cannot do for us: spotting a DOCTYPE before anything is parsed (so nothing in it is
/// ever expanded or fetched), and recording where each start tag and attribute begins (libxml2
/// 2.9 keeps only an element's line, and nothing for attributes).
///
/// It never fails: on bytes it does not understand it stops and returns what it has.
struct SourceScanner {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A start tag: the offset of its `<`, and which of `StartTags.attributes` are its own.
    struct StartTag {
        var offset: Int
        var attributes: Range<Int>
    }

    /// An attribute as written: where its qualified name (`xml:lang`) starts, and how many
    /// bytes long it is. Kept as bytes of the source: a string per attribute of every file was
    /// a measurable share of loading, and the names are only ever compared.
    struct Attribute {
        var offset: Int
        var nameLength: Int
    }

    /// A document's start tags in order, and all their attributes in one list: one array for
    /// every attribute of a file instead of one per element.
    struct StartTags {
        var tags: [StartTag] = []
        var attributes: [Attribute] = []
    }

    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The offset of a `<!DOCTYPE` in the prolog, or nil if the prolog has none.
    ///
    /// The prolog may only hold an XML declaration, processing instructions, comments,
    /// whitespace and one DOCTYPE, so the scan stops at the first other byte.
    func doctypeOffset() -> Int? {
        var index = bytes.starts(with: Self.byteOrderMark) ? 3 : 0
        while index < bytes.count {
            if isWhitespace(bytes[index]) {
                index += 1
            } else if matches("<?", at: index) {
                guard let end = find("?>", from: index + 2) else { return nil }
                index = end + 2
            } else if matches("<!--", at: index) {
                guard let end = find("-->", from: index + 4) else { return nil }
                index = end + 3
            } else if matches("<!DOCTYPE", at: index) {
                return index
            } else {
                return nil
            }
        }
        return nil
    }

    /// Every start tag, in document order. Meant for a document libxml2 found well-formed,
    /// so that the n-th tag here is the n-th element of the tree.
    func startTags() -> StartTags {
        var tags = StartTags()
        var index = 0
        while index < bytes.count {
            // Text between tags is most of a document: memchr skips it many bytes at a time.
            guard let open = bytes.index(ofByte: UInt8(ascii: "<"), from: index) else { break }
            index = open
            // The byte after `<` tells a start tag (most of them) from everything else.
            let following = index + 1 < bytes.count ? bytes[index + 1] : 0
            if following != UInt8(ascii: "!"), following != UInt8(ascii: "?"), following != UInt8(ascii: "/") {
                index = scanStartTag(at: index, into: &tags)
            } else if matches("<!--", at: index) {
                index = (find("-->", from: index + 4) ?? bytes.count) + 3
            } else if matches("<![CDATA[", at: index) {
                index = (find("]]>", from: index + 9) ?? bytes.count) + 3
            } else if matches("<?", at: index) {
                index = (find("?>", from: index + 2) ?? bytes.count) + 2
            } else {
                // Any other `<!…>`, or an end tag.
                index = (find(">", from: index + 2) ?? bytes.count) + 1
            }
        }
        return tags
    }

    /// Adds the start tag at `start` and its attributes to `tags`; returns where the tag ends.
    private func scanStartTag(at start: Int, into tags: inout StartTags) -> Int {
        let first = tags.attributes.count
        defer { tags.tags.append(StartTag(offset: start, attributes: first..<tags.attributes.count)) }
        var index = start + 1
        while index < bytes.count, !isWhitespace(bytes[index]), !isTagEnd(bytes[index]) { index += 1 }
        while index < bytes.count {
            while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
            guard index < bytes.count, !isTagEnd(bytes[index]) else { break }
            let nameStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "="), !isWhitespace(bytes[index]),
                !isTagEnd(bytes[index])
            {
                index += 1
            }
            tags.attributes.append(Attribute(offset: nameStart, nameLength: index - nameStart))
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'"),
                !isTagEnd(bytes[index])
            {
                index += 1
            }
            guard index < bytes.count, !isTagEnd(bytes[index]) else { break }
            let quote = bytes[index]
            index = (bytes.index(ofByte: quote, from: index + 1) ?? bytes.count) + 1
        }
        // Skip the closing `>` or `/>`.
        if let close = find(">", from: index) { index = close + 1 } else { index = bytes.count }
        return index
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func isTagEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private func matches(_ literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { pattern in
            for offset in 0..<count where bytes[index + offset] != pattern[offset] { return false }
            return true
        }
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        var index = max(0, start)
        while let candidate = bytes.index(ofByte: literal.utf8Start.pointee, from: index) {
            if matches(literal, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
