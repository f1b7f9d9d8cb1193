import CLibXML2

/// A compiled XSD that documents can be validated against.
///
/// Compile only schemas you ship: libxml2 reads XSD documents with entity substitution on.
/// The compiled schema is never changed after `init`, which is what lets libxml2 share it
/// between validation contexts on several threads.
public final class XMLSchema: @unchecked Sendable {
    /// The schema itself did not compile: a defect in the shipped XSD, never in user input.
    public struct CompileError: Error, CustomStringConvertible {
        public var messages: [String]
        public var description: String { "the schema does not compile: " + messages.joined(separator: "; ") }
    }

    let pointer: xmlSchemaPtr

    public init(bytes: [UInt8]) throws(CompileError) {
        let sink = LibXML2.ErrorSink()
        let compiled: xmlSchemaPtr? = LibXML2.collectingErrors(into: sink) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    guard let context = xmlSchemaNewMemParserCtxt(base, Int32(buffer.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(context) }
                    xmlSchemaSetParserStructuredErrors(context, LibXML2.ErrorSink.handler, sink.opaque)
                    return xmlSchemaParse(context)
                }
            }
        }
        guard let compiled, sink.entries.isEmpty else {
            if let compiled { xmlSchemaFree(compiled) }
            throw CompileError(messages: sink.entries.map(\.message))
        }
        pointer = compiled
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// Validates a parsed libxml2 document; `positions` maps element and attribute nodes to
    /// where they start, because libxml2 gives no column for validity errors.
    func validate(_ document: xmlDocPtr, positions: @autoclosure () -> [UnsafeMutableRawPointer: SourcePosition]) -> [XMLProblem] {
        let sink = LibXML2.ErrorSink()
        LibXML2.collectingErrors(into: sink) {
            guard let context = xmlSchemaNewValidCtxt(pointer) else { return }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, LibXML2.ErrorSink.handler, sink.opaque)
            _ = xmlSchemaValidateDoc(context, document)
        }
        let errors = sink.entries.filter { $0.level.rawValue >= XML_ERR_ERROR.rawValue }
        guard !errors.isEmpty else { return [] }
        let positions = positions()
        return errors.map { entry in
            let position =
                entry.node.flatMap { positions[$0] }
                ?? SourcePosition(line: max(entry.line, 1), column: 1)
            return XMLProblem(kind: .invalid, message: entry.message, position: position)
        }
    }
}
