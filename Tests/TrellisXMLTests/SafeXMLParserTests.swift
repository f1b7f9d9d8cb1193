import Testing
import TrellisTestSupport

@testable import TrellisXML

/// The safe parser: what it refuses, what it keeps, and where it says things are.
@Suite(.serialized)
struct SafeXMLParserTests {
    let parser = SafeXMLParser()

    func parse(_ text: String) -> ParsedDocument { parser.parse(Array(text.utf8)) }

    @Test func readsElementsAttributesAndTextWithTheirPositions() throws {
        let document = parse(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <pack xmlns="urn:x" id="p" version="1.0.0">
              <title>A &amp; B</title>
              <session id="s" title="Long"
                       minutes="60"><![CDATA[<raw>]]></session>
            </pack>
            """)
        #expect(document.problems.isEmpty)
        let root = try #require(document.root)
        #expect(root.name == "pack")
        #expect(root.namespace == "urn:x")
        #expect(root.position == SourcePosition(line: 2, column: 1))
        #expect(root.attribute("id")?.position == SourcePosition(line: 2, column: 21))
        let title = try #require(root.child(named: "title"))
        #expect(title.text == "A & B")
        #expect(title.position == SourcePosition(line: 3, column: 3))
        let session = try #require(root.child(named: "session"))
        #expect(session.attribute("minutes")?.position == SourcePosition(line: 5, column: 12))
        #expect(session.attribute("minutes")?.value == "60")
        #expect(session.text == "<raw>")
    }

    /// `read` hands out views of the live tree: they must find the same children, values, text
    /// and positions as the copied tree, and a name the document never uses finds nothing.
    @Test func viewsOfTheLiveTreeReadWhatTheCopyReads() throws {
        let text = """
            <pack xmlns="urn:x" xmlns:o="urn:other" id="p" xml:lang="es">
              <item n="1">one <b>bold</b> two</item>
              <o:item n="2"/>
              <item n="3"><![CDATA[x]]></item>
            </pack>
            """
        let read = parser.read(Array(text.utf8)) { root, problems in
            (
                items: root.children(named: "item").map { $0.value(of: "n") ?? "" },
                missing: root.children(named: "session").count,
                language: root.value(of: "lang", namespace: "http://www.w3.org/XML/1998/namespace"),
                unprefixedLanguage: root.value(of: "lang"),
                firstText: root.child(named: "item")?.text,
                runs: root.child(named: "item")?.content.count,
                lastPosition: root.children(named: "item").last?.attribute("n")?.position,
                problems: problems.count
            )
        }
        let value = try #require(read.value)
        // Names are matched by local name, as in the copied tree: o:item is an item too.
        #expect(value.items == ["1", "2", "3"])
        #expect(value.missing == 0)
        #expect(value.language == "es")
        #expect(value.unprefixedLanguage == nil)
        #expect(value.firstText == "one bold two")
        #expect(value.runs == 3)
        #expect(value.lastPosition == SourcePosition(line: 4, column: 9))
        #expect(value.problems == 0)
        let copied = try #require(parse(text).root)
        #expect(copied.children(named: "item").map { $0.attribute("n")?.value ?? "" } == value.items)
    }

    @Test func countsColumnsInCharactersAndAcceptsCRLFAndAByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<a>\r\n  <b é=\"x\" c=\"y\"/>\r\n</a>".utf8)
        let root = try #require(parser.parse(bytes).root)
        #expect(root.position == SourcePosition(line: 1, column: 1))
        let b = try #require(root.child(named: "b"))
        #expect(b.position == SourcePosition(line: 2, column: 3))
        // "é" is two bytes but one column.
        #expect(b.attribute("c")?.position == SourcePosition(line: 2, column: 12))
    }

    @Test func refusesADoctypeBeforeExpandingAnything() throws {
        let document = parse(
            """
            <?xml version="1.0"?>
            <!-- a comment first -->
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <lolz>&lol3;</lolz>
            """)
        #expect(document.root == nil)
        #expect(document.problems == [XMLProblem(kind: .forbidden, message: document.problems[0].message, position: SourcePosition(line: 3, column: 1))])
    }

    @Test func refusesAnExternalDTDReference() {
        let document = parse("<!DOCTYPE pack SYSTEM \"http://example.com/evil.dtd\"><pack/>")
        #expect(document.problems.map(\.kind) == [.forbidden])
    }

    @Test func refusesXInclude() {
        let document = parse(
            "<pack xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"/etc/passwd\" parse=\"text\"/></pack>")
        #expect(document.root == nil)
        #expect(document.problems.map(\.kind) == [.forbidden])
    }

    @Test func refusesAFileOverTheSizeLimitWithoutParsingIt() {
        let limited = SafeXMLParser(limits: ParserLimits(maximumBytes: 100, maximumDepth: 256))
        let document = limited.parse(Array(("<a>" + String(repeating: "x", count: 200) + "</a>").utf8))
        #expect(document.problems.map(\.kind) == [.tooLarge])
        #expect(document.problems.first?.message.contains("limit") == true)
    }

    @Test(arguments: [256, 257])
    func refusesNestingDeeperThan256(depth: Int) {
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let document = parse(text)
        if depth <= 256 {
            #expect(document.problems.isEmpty)
        } else {
            #expect(document.problems.map(\.kind) == [.tooLarge])
        }
    }

    @Test func appliesASmallerConfiguredDepthLimit() {
        let limited = SafeXMLParser(limits: ParserLimits(maximumBytes: 1_000, maximumDepth: 3))
        #expect(limited.parse(Array("<a><b><c/></b></a>".utf8)).problems.isEmpty)
        #expect(limited.parse(Array("<a><b><c><d/></c></b></a>".utf8)).problems.map(\.kind) == [.tooLarge])
    }

    static let garbage: [(name: String, bytes: [UInt8])] = [
        ("empty", [UInt8]()),
        ("whitespace", Array("  \n ".utf8)),
        ("binary", [0x00, 0xFF, 0xFE, 0x13, 0x37, 0x00, 0x89, 0x50, 0x4E, 0x47]),
        ("truncated", Array("<pack><title>Half".utf8)),
        ("latin-1", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><p>caf".utf8) + [0xE9] + Array("</p>".utf8)),
        ("utf-16", [0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00, 0x2F, 0x00, 0x3E, 0x00]),
        ("two roots", Array("<a/><b/>".utf8)),
        ("undefined entity", Array("<a>&nbsp;</a>".utf8)),
        ("unclosed comment", Array("<!-- <a/>".utf8)),
        ("stray end tag", Array("</a>".utf8)),
    ]

    @Test(arguments: garbage)
    func reportsGarbageAsMalformedWithoutCrashing(name: String, bytes: [UInt8]) {
        let document = parser.parse(bytes)
        #expect(document.root == nil, "\(name)")
        #expect(!document.problems.isEmpty, "\(name)")
        #expect(document.problems.allSatisfy { $0.kind == .malformed && $0.position.line >= 1 }, "\(name)")
    }

    @Test func survivesRandomBytes() {
        var generator = SplitMix64(seed: 2026)
        for length in [1, 7, 64, 512, 4096] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                let document = parser.parse(bytes)
                #expect(document.root == nil || document.problems.isEmpty)
            }
        }
    }

    @Test func survivesMangledWellFormedDocuments() {
        let original = Array(
            "<?xml version=\"1.0\"?><pack xmlns=\"urn:x\" id=\"p\"><title>T</title><m a='1'><s/></m></pack>".utf8)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<3 {
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes[index] = UInt8(truncatingIfNeeded: generator.next())
            }
            _ = parser.parse(Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1)))))
        }
    }
}

/// Columns count characters, not bytes, however long the line and whatever mix of one- to
/// four-byte characters comes before.
struct LineIndexTests {
    @Test(arguments: ["", "ab", "abcdefgh", "é", "ééééééééé", "日本語のテキスト、長い行", "x😀y😀z😀 naïve café — “quoted” ∑∞"])
    func aColumnIsTheCountOfCharactersBeforeIt(prefix: String) {
        for repeated in [1, 3, 17] {
            let line = String(repeating: prefix, count: repeated)
            let bytes = Array("first line\n\(line)<tag/>".utf8)
            let offset = bytes.count - "<tag/>".utf8.count
            let index = LineIndex(bytes)
            let expected = SourcePosition(line: 2, column: line.unicodeScalars.count + 1)
            #expect(index.position(ofOffset: offset) == expected)
            #expect(index.positions(ofAscending: [0, offset]) == [SourcePosition(line: 1, column: 1), expected])
        }
    }
}
