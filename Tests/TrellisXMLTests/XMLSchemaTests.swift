import Foundation
import Testing

@testable import TrellisXML

@Suite(.serialized)
struct XMLSchemaTests {
    let schema: XMLSchema

    init() throws {
        schema = try Self.sample()
    }

    /// A root of `item`s with a required integer `count`.
    static func sample() throws -> XMLSchema {
        try XMLSchema(
            bytes: Array(
                """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t"
                           elementFormDefault="qualified">
                  <xs:element name="root">
                    <xs:complexType>
                      <xs:sequence><xs:element name="item" type="xs:string" maxOccurs="unbounded"/></xs:sequence>
                      <xs:attribute name="count" type="xs:integer" use="required"/>
                    </xs:complexType>
                  </xs:element>
                </xs:schema>
                """.utf8))
    }

    @Test func acceptsAValidDocument() {
        let document = SafeXMLParser().parse(
            Array("<root xmlns=\"urn:t\" count=\"2\"><item>a</item><item>b</item></root>".utf8), validatingAgainst: schema)
        #expect(document.problems.isEmpty)
        #expect(document.root?.children.count == 2)
    }

    @Test func reportsEachInvalidPartAtItsElementAndKeepsTheTree() throws {
        let document = SafeXMLParser().parse(
            Array("<root xmlns=\"urn:t\" count=\"two\">\n  <item>a</item>\n  <other/>\n</root>".utf8),
            validatingAgainst: schema)
        #expect(document.problems.map(\.kind) == [.invalid, .invalid])
        #expect(document.problems.map(\.position.line) == [1, 3])
        #expect(document.problems[1].position == SourcePosition(line: 3, column: 3))
        #expect(document.root != nil)
    }

    @Test func refusesASchemaThatDoesNotCompile() {
        #expect(throws: XMLSchema.CompileError.self) {
            try XMLSchema(bytes: Array("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:bogus/></xs:schema>".utf8))
        }
    }
}

/// libxml2 reads documents in a per-thread arena that is let go after each document: valid,
/// invalid and malformed documents read over and over, on every core, must give the same
/// values and problems every time, and libxml2 must keep working outside the arena after it.
struct ArenaTests {
    @Test func documentsReadSideBySideInArenasGiveTheSameResultsEveryTime() throws {
        let schema = try XMLSchemaTests.sample()
        // A long valid document (its tree spans several of the arena's chunks), an invalid one,
        // and a malformed one.
        let items = (0..<4_000).map { "<item>text of item \($0) with &amp; an entity</item>" }.joined()
        let documents = [
            "<root xmlns=\"urn:t\" count=\"4000\">\(items)</root>",
            "<root xmlns=\"urn:t\" count=\"two\"><item>a</item><other/></root>",
            "<root xmlns=\"urn:t\" count=\"1\"><item>a</item>",
        ].map { Array($0.utf8) }
        @Sendable func read(_ bytes: [UInt8]) -> String {
            let read = SafeXMLParser().read(bytes, validatingAgainst: schema) { root, _ in
                root.children(named: "item").map(\.text).joined(separator: "|")
            }
            let problems = read.problems.map { "\($0.kind) \($0.position.line):\($0.position.column) \($0.message)" }
            return "\(read.value ?? "nil") \(problems)"
        }
        let expected = documents.map(read)
        let texts = (0..<4_000).map { "text of item \($0) with & an entity" }.joined(separator: "|")
        #expect(expected[0] == "\(texts) []")
        #expect(expected[1].contains("invalid"))
        #expect(expected[2].hasPrefix("nil [\"malformed"))
        let rounds = 60
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var values: [String]
            init(count: Int) { values = Array(repeating: "", count: count) }
        }
        let results = Results(count: rounds * documents.count)
        DispatchQueue.concurrentPerform(iterations: rounds * documents.count) { index in
            let value = read(documents[index % documents.count])
            results.lock.withLock { results.values[index] = value }
        }
        let values = results.values
        for index in values.indices {
            #expect(values[index] == expected[index % documents.count])
        }
        // Outside the arena libxml2 still works: the XPath path reads without it.
        let query = SafeXMLParser().query(documents[1]) { tree in tree.root != nil }
        #expect((try? query.get()) == true)
    }

    /// A document whose tree needs more chunks than the arena keeps between documents (it
    /// frees the extra ones), then a malformed one, then a small one, on one thread: each reads
    /// as it would alone.
    @Test func aDocumentLargerThanTheKeptChunksLeavesTheNextOnesIntact() throws {
        let schema = try XMLSchemaTests.sample()
        let items = (0..<60_000).map { "<item>item number \($0)</item>" }.joined()
        let large = Array("<root xmlns=\"urn:t\" count=\"60000\">\(items)</root>".utf8)
        #expect(large.count > 1_500_000)
        let parser = SafeXMLParser()
        for _ in 0..<3 {
            let read = parser.read(large, validatingAgainst: schema) { root, _ in root.children(named: "item").count }
            #expect(read.value == 60_000)
            #expect(read.problems.isEmpty)
            let broken = parser.read(Array("<root xmlns=\"urn:t\" count=\"1\"><item>".utf8), validatingAgainst: schema) { _, _ in 0 }
            #expect(broken.value == nil)
            #expect(broken.problems.first?.kind == .malformed)
            let small = parser.read(Array("<root xmlns=\"urn:t\" count=\"1\"><item>a</item></root>".utf8), validatingAgainst: schema) { root, _ in
                root.child(named: "item")?.text
            }
            #expect(small.value == "a")
        }
    }
}
