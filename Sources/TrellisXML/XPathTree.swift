import CLibXML2

/// A parsed document, alive for the length of one `SafeXMLParser.query` call, that answers
/// XPath 1.0 queries with nodes that know where they were written.
public struct XPathTree {
    let document: xmlDocPtr
    let positions: [UnsafeMutableRawPointer: SourcePosition]

    /// The root element.
    public var root: XPathNode? {
        xmlDocGetRootElement(document).map { node(UnsafeMutableRawPointer($0)) }
    }

    /// Evaluates `expression` with `node` as the context node (the document when nil) and the
    /// prefixes in `namespaces` bound. An expression that fails at run time gives an empty node set.
    public func evaluate(_ expression: XPathExpression, at node: XPathNode? = nil, namespaces: [String: String] = [:])
        -> XPathValue
    {
        let sink = LibXML2.ErrorSink()
        return LibXML2.collectingErrors(into: sink) {
            guard let context = xmlXPathNewContext(document) else { return .nodes([]) }
            defer { xmlXPathFreeContext(context) }
            for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
                _ = xmlXPathRegisterNs(context, prefix, uri)
            }
            if let node {
                context.pointee.node = node.pointer.assumingMemoryBound(to: xmlNode.self)
            } else {
                context.pointee.node = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
            }
            guard let result = xmlXPathCompiledEval(expression.compiled, context) else { return .nodes([]) }
            defer { xmlXPathFreeObject(result) }
            switch result.pointee.type {
            case XPATH_NODESET, XPATH_XSLT_TREE:
                guard let set = result.pointee.nodesetval else { return .nodes([]) }
                return .nodes(
                    (0..<Int(set.pointee.nodeNr)).compactMap { index in
                        set.pointee.nodeTab[index].map { self.node(UnsafeMutableRawPointer($0)) }
                    })
            case XPATH_BOOLEAN:
                return .boolean(result.pointee.boolval != 0)
            case XPATH_NUMBER:
                return .number(result.pointee.floatval)
            default:
                return .string(Self.string(of: result))
            }
        }
    }

    /// The XPath string value of `expression` at `node` (`string(…)`).
    public func string(_ expression: XPathExpression, at node: XPathNode?, namespaces: [String: String] = [:]) -> String {
        switch evaluate(expression, at: node, namespaces: namespaces) {
        case .nodes(let nodes): nodes.first?.stringValue ?? ""
        case .boolean(let value): value ? "true" : "false"
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .string(let value): value
        }
    }

    /// The XPath boolean value of `expression` at `node` (`boolean(…)`).
    public func boolean(_ expression: XPathExpression, at node: XPathNode?, namespaces: [String: String] = [:]) -> Bool {
        switch evaluate(expression, at: node, namespaces: namespaces) {
        case .nodes(let nodes): !nodes.isEmpty
        case .boolean(let value): value
        case .number(let value): value != 0 && !value.isNaN
        case .string(let value): !value.isEmpty
        }
    }

    private func node(_ pointer: UnsafeMutableRawPointer) -> XPathNode {
        let node = pointer.assumingMemoryBound(to: xmlNode.self)
        // Text and other nodes are placed at their element.
        var placed: xmlNodePtr? = node
        while let current = placed, positions[UnsafeMutableRawPointer(current)] == nil { placed = current.pointee.parent }
        let position =
            placed.flatMap { positions[UnsafeMutableRawPointer($0)] }
            ?? SourcePosition(line: max(Int(xmlGetLineNo(node)), 1), column: 1)
        return XPathNode(pointer: pointer, position: position)
    }

    private static func string(of object: xmlXPathObjectPtr) -> String {
        guard let text = xmlXPathCastToString(object) else { return "" }
        defer { trellis_xmlFree(text) }
        return String(cString: text)
    }
}

/// A node an XPath query returned: where it was written, its name and its string value.
/// Two values are equal when they are the same node.
public struct XPathNode: Hashable {
    let pointer: UnsafeMutableRawPointer

    public static func == (lhs: XPathNode, rhs: XPathNode) -> Bool { lhs.pointer == rhs.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }

    /// Where the node (or, for text, its element) starts.
    public let position: SourcePosition

    private var node: xmlNodePtr { pointer.assumingMemoryBound(to: xmlNode.self) }

    /// The local name (`session`), or empty for text.
    public var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// The XPath string value: the text of an element and its descendants, an attribute's value.
    public var stringValue: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { trellis_xmlFree(content) }
        return String(cString: content)
    }
}

/// What an XPath expression evaluated to.
public enum XPathValue {
    case nodes([XPathNode])
    case boolean(Bool)
    case number(Double)
    case string(String)
}

/// A compiled XPath 1.0 expression.
public final class XPathExpression: @unchecked Sendable {
    // Compiled once, then only read by evaluation.
    let compiled: xmlXPathCompExprPtr
    public let text: String

    /// Compiles `text`; throws libxml2's message when it is not valid XPath.
    public init(_ text: String) throws(XPathError) {
        let sink = LibXML2.ErrorSink()
        let compiled = LibXML2.collectingErrors(into: sink) { xmlXPathCompile(text) }
        guard let compiled else {
            throw XPathError(expression: text, message: sink.entries.first?.message ?? "not a valid XPath 1.0 expression")
        }
        self.compiled = compiled
        self.text = text
    }

    deinit { xmlXPathFreeCompExpr(compiled) }
}

/// An XPath expression that does not compile.
public struct XPathError: Error, Sendable, CustomStringConvertible {
    public var expression: String
    public var message: String
    public var description: String { "\"\(expression)\" is not valid XPath: \(message)" }
}
