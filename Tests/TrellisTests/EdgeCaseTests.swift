import Foundation
import FoundationXML
import Testing
import TrellisTestSupport
import Trellis

/// The edges of hostile and unusual input (issue 14, item 12): each output stays readable by its
/// client, each limit is named, and nothing on disk is passed over without a word.
@Suite(.serialized)
struct EdgeCaseTests {
    static let fixturePack = Fixtures.path("library/fixture-pack.xml")

    @Test func junitStaysWellFormedForAnyFileNameOrMessage() throws {
        let file = "packs/odd\u{FFFF}\u{FFFE}\u{1}\u{1B}[31m\u{7}name.xml"
        let diagnostic = Diagnostic.error(.notWellFormed, at: SourceLocation(file: file), "bad \u{0} & <text> \"quoted\"\r\nsecond line")
        let junit = DiagnosticReport(diagnostics: [diagnostic], files: [file]).rendered(as: .junit)
        let parser = XMLParser(data: Data(junit.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError)): \(junit)")
        #expect(junit.contains("oddname.xml") || junit.contains("odd[31mname.xml"))
    }

    /// A track that meets at 23:15 for 90 minutes, with a title of one very long character.
    static func lateTrack(title: String, weeks: Int = 2, admission: String = "closed") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <track xmlns="urn:trellis:curriculum:1" id="late" version="1.0.0"
               title="\(title)" weeks="\(weeks)" admission="\(admission)" level-of-care="1">
          <calendar start="2027-01-04"><meets day="mon" at="23:15"/></calendar>
          <day><block id="skills" minutes="60"/><block id="wrap" minutes="30" title="Wrap-up"/></day>
          <stream block="skills"><module ref="fixture/core"/></stream>
        </track>
        """
    }

    @Test func aCalendarFoldsByOctetsWithoutSplittingAScalarAndEndsLateMeetingsTheNextDay() throws {
        // One Character of 200 combining marks: longer than a whole content line.
        let title = "Late e" + String(repeating: "\u{301}", count: 200) + " group ÿ€😀"
        let files = try withTemporaryFolder("edge") { folder in
            let track = folder.appendingPathComponent("late.xml")
            try Self.lateTrack(title: title).write(to: track, atomically: true, encoding: .utf8)
            let pipeline = Pipeline(today: Fixtures.today)
            let path = CurriculaPath(directories: [Fixtures.path("library")])
            let prepared = try pipeline.prepare(track: track.path, path: path)
            return try pipeline.render(prepared, RenderRequest(formats: ["markdown"], outputFolder: folder.path)).files
        }
        let calendar = try #require(files.first { $0.path == "calendar.ics" })
        let lines = calendar.contents.split(separator: 0x0A).map { Array($0) }
        for line in lines {
            #expect(line.count <= 76, "a line of \(line.count) octets")  // 75 and the CR
            #expect(String(validating: line, as: UTF8.self) != nil, "a line splits a UTF-8 sequence")
        }
        let text = String(decoding: calendar.contents, as: UTF8.self)
        #expect(text.contains("DTSTART:20270104T231500"))
        #expect(text.contains("DTEND:20270105T004500"))
        // Unfolded (CR, LF, space removed), the title is whole again, byte for byte.
        var unfolded: [UInt8] = []
        for byte in calendar.contents {
            unfolded.append(byte)
            if unfolded.suffix(3) == [0x0D, 0x0A, 0x20] { unfolded.removeLast(3) }
        }
        let wanted = Array(("X-WR-CALNAME:" + title + "\r\n").utf8)
        #expect((0...(unfolded.count - wanted.count)).contains { unfolded[$0..<($0 + wanted.count)].elementsEqual(wanted) })
    }

    @Test func aValueOverLibxml2sOwnLimitIsALimitWithTheLimitNamed() throws {
        let diagnostics = try withTemporaryFolder("edge") { folder in
            let file = folder.appendingPathComponent("huge.xml")
            let text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <pack xmlns="urn:trellis:curriculum:1" id="huge" version="1.0.0"><title>Huge</title><summary>
                """ + String(repeating: "word ", count: 2_100_000) + "</summary></pack>\n"
            try text.write(to: file, atomically: true, encoding: .utf8)
            return try Fixtures.validate([file.path])
        }
        #expect(diagnostics.map(\.code) == [.overLimits], "\(diagnostics.map(\.message))")
        #expect(diagnostics.first?.message.contains("10,000,000 bytes") == true)
    }

    @Test(arguments: [String.Encoding.utf16, .utf16LittleEndian, .utf16BigEndian, .utf32, .utf32LittleEndian])
    func aFileSavedInUTF16OrUTF32IsToldToBeSavedAsUTF8(encoding: String.Encoding) throws {
        let diagnostics = try withTemporaryFolder("edge") { folder in
            let file = folder.appendingPathComponent("wide.xml")
            let text = try String(contentsOfFile: Self.fixturePack, encoding: .utf8)
            try #require(text.data(using: encoding)).write(to: file)
            return try Fixtures.validate([file.path])
        }
        #expect(diagnostics.map(\.code) == [.notWellFormed], "\(diagnostics.map(\.message))")
        #expect(diagnostics.first?.message.contains("save it as UTF-8") == true)
        #expect(diagnostics.first?.message.contains(encoding == .utf32 || encoding == .utf32LittleEndian ? "UTF-32" : "UTF-16") == true)
    }

    @Test func aPackWhoseNameIsNotUTF8StopsTheRunNamingIt() throws {
        try withTemporaryFolder("edge") { folder in
            let name = folder.path + "/bad\u{FF}"
            // Write the file under a name with a raw 0xFF byte: not UTF-8.
            var bytes = Array(folder.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".xml".utf8) + [0]
            let descriptor = bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
            }
            #expect(descriptor >= 0)
            close(descriptor)
            _ = name
            #expect {
                _ = try CurriculumLoader().load(inputs: [folder.path], path: CurriculaPath(directories: []))
            } throws: { error in
                "\(error)".contains("bad\\xFF.xml") && "\(error)".contains("not UTF-8")
            }
        }
    }

    @Test func aPipeOrBrokenLinkNamedLikeAPackIsSkippedWithANote() throws {
        try withTemporaryFolder("edge") { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Self.fixturePack, toPath: folder.appendingPathComponent("sub/pack.xml").path)
            #expect(mkfifo(folder.appendingPathComponent("sub/pipe.xml").path, 0o600) == 0)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.xml").path, withDestinationPath: "nowhere")
            // A link to its own folder must not be followed round and round.
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
            let library = try CurriculumLoader().load(inputs: [folder.path], path: CurriculaPath(directories: []))
            #expect(library.documents.map(\.file) == [folder.path + "/sub/pack.xml"])
            #expect(library.skipped.map(\.path) == [folder.path + "/sub/pipe.xml", folder.path + "/gone.xml"].sorted() || library.skipped.count == 2)
            #expect(library.skipped.allSatisfy { $0.note.hasPrefix("note: skipped ") })
        }
    }

    @Test func aFolderThatCannotBeListedStopsTheRun() throws {
        // Root reads any folder whatever its mode, so only an ordinary user can see this refusal.
        guard geteuid() != 0 else { return }
        try withTemporaryFolder("edge") { folder in
            let locked = folder.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            chmod(locked.path, 0)
            defer { chmod(locked.path, 0o755) }
            #expect(throws: CurriculumLoader.Failure.self) {
                _ = try CurriculumLoader().load(inputs: [folder.path], path: CurriculaPath(directories: []))
            }
        }
    }

    @Test func oneWeekAndOneHourAreSingular() throws {
        let (plan, listing) = try withTemporaryFolder("edge") { folder in
            let track = folder.appendingPathComponent("late.xml")
            try Self.lateTrack(title: "Short", weeks: 1, admission: "rolling").replacingOccurrences(of: "<block id=\"wrap\" minutes=\"30\" title=\"Wrap-up\"/>", with: "")
                .replacingOccurrences(of: "23:15", with: "09:00").write(to: track, atomically: true, encoding: .utf8)
            let pipeline = Pipeline(today: Fixtures.today)
            let path = CurriculaPath(directories: [Fixtures.path("library")])
            let prepared = try pipeline.prepare(track: track.path, path: path)
            let workspace = try pipeline.load([track.path], path: path)
            return (try pipeline.plan(prepared).text, workspace.library.listing)
        }
        for text in [plan, listing] {
            #expect(!text.contains("1 weeks") && !text.contains("1 hours"), "\(text)")
        }
        #expect(plan.contains("1 hour of groups"), "\(plan)")
        #expect(plan.contains("Rolling admission, 1 week"), "\(plan)")
    }

    /// A quote or line break followed by a combining mark is one Character that is neither, so
    /// escaping by Character would let it through: escaping works per scalar in every format.
    @Test func aMarkFollowedByACombiningAccentIsStillEscapedInHTMLAndICS() throws {
        let files = try withTemporaryFolder("edge") { folder in
            let pack = try String(contentsOfFile: Self.fixturePack, encoding: .utf8)
                .replacingOccurrences(of: "title=\"One\"", with: "title=\"One&#10;&#769;ATTACH:https://evil.example/x\"")
                .replacingOccurrences(
                    of: "  </module>",
                    with: "  </module>\n  <handout id=\"h-01\" title=\"Scale\"><scale label=\"x&quot;&#769; onfocus=alert(1) y=&quot;\" min=\"0\" max=\"10\"/></handout>")
                .replacingOccurrences(of: "<activity kind=\"teach\" minutes=\"60\"/>", with: "<activity kind=\"worksheet\" minutes=\"60\" handout=\"h-01\"/>")
            try pack.write(to: folder.appendingPathComponent("fixture-pack.xml"), atomically: true, encoding: .utf8)
            let track = folder.appendingPathComponent("late.xml")
            try Self.lateTrack(title: "Plain").write(to: track, atomically: true, encoding: .utf8)
            let pipeline = Pipeline(today: Fixtures.today)
            let path = CurriculaPath(directories: [folder.path])
            let prepared = try pipeline.prepare(track: track.path, path: path)
            return try pipeline.render(prepared, RenderRequest(formats: ["html"], outputFolder: folder.path)).files
        }
        let handout = try #require(files.first { $0.path.hasSuffix("fixture--h-01.html") })
        let html = String(decoding: handout.contents, as: UTF8.self)
        let accent = "\u{301}"
        let escaped = "x&quot;" + accent + " onfocus=alert(1) y=&quot;"
        let raw = "\"" + accent
        #expect(html.contains(escaped), "\(html)")
        #expect(!html.contains(raw))
        let calendar = String(decoding: try #require(files.first { $0.path == "calendar.ics" }).contents, as: UTF8.self)
        let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "")
        let lines = unfolded.components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.hasPrefix("ATTACH") || $0.hasPrefix(accent + "ATTACH") })
        let bare = unfolded.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.filter { $0 == "\n" || $0 == "\r" }
        #expect(bare.isEmpty)
    }
}
