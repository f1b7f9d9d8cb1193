import CLibXML2

/// Reads XML from memory with libxml2, safely: no network, no DTD, no entity expansion, no
/// document over the size or nesting limits.
///
/// The order of the checks is the point: size first (nothing is read), then the DOCTYPE scan
/// (nothing is expanded), and only then libxml2.
public struct SafeXMLParser: Sendable {
    public var limits: ParserLimits

    /// Namespaces of XInclude: an `include` from either is an external reference, refused.
    static let xincludeNamespaces: Set<String> = [
        "http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude",
    ]

    public init(limits: ParserLimits = .standard) {
        self.limits = limits
    }

    /// Parses `bytes` as a UTF-8 document and, if it is well-formed and a schema is given,
    /// validates it. Never throws and never traps, whatever the bytes.
    public func parse(_ bytes: [UInt8], validatingAgainst schema: XMLSchema? = nil) -> ParsedDocument {
        let read = read(bytes, validatingAgainst: schema) { root, _ in ParsedElement(copying: root) }
        return ParsedDocument(root: read.value, problems: read.problems)
    }

    /// Parses and validates like `parse`, and when the document can be read (well-formed and
    /// within the limits; schema errors allowed) calls `body` with its root element, read in
    /// place, and the schema's problems: nothing is copied that `body` does not ask for. The
    /// views live only during the call.
    public func read<Value>(
        _ bytes: [UInt8], validatingAgainst schema: XMLSchema? = nil, _ body: (ElementView, [XMLProblem]) -> Value
    ) -> (value: Value?, problems: [XMLProblem]) {
        withDocument(bytes, inArena: true) { outcome in
            switch outcome {
            case .refused(let problems):
                return (nil, problems.sorted { $0.position < $1.position })
            case .parsed(let document, let tree):
                var problems = tree.problems
                if let schema, problems.isEmpty {
                    problems += schema.validate(document, positions: tree.positions)
                }
                problems.sort { $0.position < $1.position }
                guard !problems.contains(where: { $0.kind != .invalid }) else { return (nil, problems) }
                return (body(ElementView(tree.root, in: tree), problems), problems)
            }
        }
    }

    /// Parses `bytes` with the same safety as `parse` and, when the document is well-formed and
    /// within the limits, calls `body` with the live tree for XPath queries; the tree exists only
    /// during the call. Returns the problems instead when the document cannot be read.
    public func query<Result>(_ bytes: [UInt8], _ body: (XPathTree) -> Result) -> Swift.Result<Result, ParseRefusal> {
        // Not in the arena: XPath objects are libxml2's to keep as it sees fit.
        withDocument(bytes, inArena: false) { outcome in
            switch outcome {
            case .refused(let problems):
                return .failure(ParseRefusal(problems: problems))
            case .parsed(let document, let tree):
                guard tree.problems.isEmpty else { return .failure(ParseRefusal(problems: tree.problems)) }
                return .success(body(XPathTree(document: document, positions: tree.positions)))
            }
        }
    }

    /// A document that could not be read, with why.
    public struct ParseRefusal: Error, Sendable {
        public var problems: [XMLProblem]
    }

    private enum Outcome {
        case refused([XMLProblem])
        case parsed(xmlDocPtr, DocumentTree)
    }

    /// The checks in order (size, DOCTYPE, empty), then libxml2, then the tree with positions;
    /// the libxml2 document lives only during `body`. `inArena`: libxml2's memory for the
    /// document comes from the thread's arena (`LibXML2.beginArena`), for readers that keep
    /// nothing of libxml2's past `body`.
    private func withDocument<Result>(_ bytes: [UInt8], inArena: Bool, _ body: (Outcome) -> Result) -> Result {
        if bytes.count > limits.maximumBytes {
            let message =
                "the file is \(ParserLimits.mebibytes(bytes.count)) MiB; the limit is \(ParserLimits.mebibytes(limits.maximumBytes)) MiB"
            return body(.refused([XMLProblem(kind: .tooLarge, message: message, position: .start)]))
        }
        let lines = LineIndex(bytes)
        let scanner = SourceScanner(bytes)
        if let offset = scanner.doctypeOffset() {
            let message = "a DOCTYPE is not allowed: Trellis never reads DTDs or expands entities"
            return body(.refused([XMLProblem(kind: .forbidden, message: message, position: lines.position(ofOffset: offset))]))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return body(.refused([XMLProblem(kind: .malformed, message: "the file is empty", position: .start)]))
        }
        if let encoding = Self.wideEncoding(bytes) {
            let message = "the file is \(encoding) text: save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"
            return body(.refused([XMLProblem(kind: .malformed, message: message, position: .start)]))
        }
        let tags = scanner.startTags()
        if let crowded = tags.tags.first(where: { $0.attributes.count > limits.maximumAttributes }) {
            let message =
                "an element has \(crowded.attributes.count) attributes; the limit is \(limits.maximumAttributes)"
            return body(.refused([XMLProblem(kind: .tooLarge, message: message, position: lines.position(ofOffset: crowded.offset))]))
        }
        if inArena { LibXML2.beginArena() }
        // Runs last, after the document and the context below are freed.
        defer { if inArena { LibXML2.endArena() } }
        guard let context = xmlNewParserCtxt() else {
            return body(.refused([XMLProblem(kind: .malformed, message: "out of memory", position: .start)]))
        }
        defer { xmlFreeParserCtxt(context) }

        let sink = LibXML2.ErrorSink()
        // COMPACT keeps short text inside its node: fewer allocations, the same tree.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)
        let document = LibXML2.collectingErrors(into: sink) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    // Always UTF-8, whatever the declaration says: the format allows nothing else.
                    xmlCtxtReadMemory(context, base, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        defer { if let document { xmlFreeDoc(document) } }

        let parseProblems = Self.problems(from: sink.entries)
        guard let document, parseProblems.isEmpty, let rootNode = xmlDocGetRootElement(document) else {
            let problems =
                parseProblems.isEmpty
                ? [XMLProblem(kind: .malformed, message: "the file holds no XML element", position: .start)]
                : parseProblems
            return body(.refused(problems))
        }
        return body(.parsed(document, DocumentTree(root: rootNode, bytes: bytes, tags: tags, lines: lines, limits: limits)))
    }

    /// UTF-16 or UTF-32, told by a byte order mark or by the zero bytes around the first `<`:
    /// libxml2 would otherwise report a confusing syntax error at line 1.
    static func wideEncoding(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0x00, 0x3C), (0x3C, 0x00, 0x00, 0x00):
            return "UTF-32"
        case (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _), (0x00, 0x3C, _, _), (0x3C, 0x00, _, _):
            return "UTF-16"
        default:
            return nil
        }
    }

    /// libxml2's errors as problems: warnings dropped, repeats (nested entity parsing can
    /// report one error several times) folded, limit errors told apart from syntax errors. After
    /// a limit error libxml2 stops reading and adds syntax errors that are not real: only the
    /// limit is reported, with the limit itself.
    static func problems(from entries: [LibXML2.ErrorSink.Entry]) -> [XMLProblem] {
        var seen = Set<XMLProblem>()
        var problems: [XMLProblem] = []
        for entry in entries where entry.level.rawValue >= XML_ERR_ERROR.rawValue {
            let position = SourcePosition(line: max(entry.line, 1), column: max(entry.column, 1))
            let lowercased = entry.message.lowercased()
            if lowercased.contains("huge") || lowercased.contains("length too long") {
                let message =
                    "a text or attribute value is longer than libxml2's limit of "
                    + "\(Self.grouped(Int(XML_MAX_TEXT_LENGTH))) bytes"
                return [XMLProblem(kind: .tooLarge, message: message, position: position)]
            }
            let limitHit = entry.message.contains("Excessive depth") || entry.code == Int32(XML_ERR_NAME_TOO_LONG.rawValue)
            let problem = XMLProblem(kind: limitHit ? .tooLarge : .malformed, message: entry.message, position: position)
            if seen.insert(problem).inserted { problems.append(problem) }
        }
        return problems
    }

    /// 10000000 as "10,000,000".
    static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}
