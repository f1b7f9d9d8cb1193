import Testing

@testable import TrellisXML

@Suite(.serialized)
struct XMLSchemaTests {
    let schema: XMLSchema

    init() throws {
        schema = try XMLSchema(
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
