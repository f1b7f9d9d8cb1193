import Foundation
import Testing
import TrellisTestSupport
import Trellis

/// Hostile input gets a diagnostic or a clear refusal, never a crash or a hang.
@Suite(.serialized)
struct HardeningTests {
    static let pack = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:trellis:curriculum:1" id="hostile" version="1.0.0">
          <title>Hostile</title>
          <summary>One session.</summary>
          <review date="REVIEW" by="Committee"/>
          <module id="core" title="Core">
            <session id="s-01" title="One" minutes="60">
              <objective>Name one thing.</objective>
              <activity kind="teach" minutes="60"/>
            </session>
          </module>
          <handout id="h-01" title="Scale"><scale label="How strong?" min="0" max="MAX"/></handout>
        </pack>
        """

    @Test(arguments: ["9999-12-31", "2026-06-01+14:00", "10000-01-03", "1899-12-31", "2026-02-30"])
    func aReviewDateOutsideTheCalendarIsASchemaErrorAtTheAttribute(date: String) throws {
        let text = Self.pack.replacingOccurrences(of: "REVIEW", with: date).replacingOccurrences(of: "MAX", with: "10")
        let diagnostics = try withTemporaryFolder("hard", files: ["hostile.xml": text]) { folder in
            try Fixtures.validate([folder.appendingPathComponent("hostile.xml").path])
        }
        let problem = try #require(diagnostics.first { $0.code == .schemaInvalid }, "\(diagnostics)")
        #expect(problem.location.line == 5 && problem.location.column == 11)
        #expect(problem.message.contains("YYYY-MM-DD"))
    }

    @Test func aScaleWithAHugeEndIsRefusedBeforeAnythingCountsToIt() throws {
        let text = Self.pack.replacingOccurrences(of: "REVIEW", with: "2026-06-01")
            .replacingOccurrences(of: "MAX", with: "9223372036854775807")
        let diagnostics = try withTemporaryFolder("hard", files: ["hostile.xml": text]) { folder in
            try Fixtures.validate([folder.appendingPathComponent("hostile.xml").path])
        }
        #expect(diagnostics.contains { $0.code == .schemaInvalid && $0.message.contains("-100 to 100") }, "\(diagnostics)")
    }

    @Test func dateArithmeticStopsAtTheEndsOfTheCalendar() throws {
        let last = try #require(CalendarDate(year: 9999, month: 11, day: 30))
        #expect(last.adding(months: 24) == CalendarDate(year: 9999, month: 12, day: 31))
        #expect(try #require(CalendarDate(year: 1, month: 2, day: 1)).adding(months: -24) == CalendarDate(year: 1, month: 1, day: 1))
    }

    @Test func templatesThatIncludeEachOtherWithoutEndAreRefusedNamingThem() throws {
        try withTemporaryFolder("hard", files: [
            "handout.md.mustache": "{{% CONTENT_TYPE: MARKDOWN }}\n# {{title}}\n{{> handout.md}}\n",
        ]) { folder in
            #expect {
                _ = try TemplateSet.load(overrides: folder.path)
            } throws: { error in
                "\(error)".contains("handout.md.mustache → handout.md.mustache")
            }
        }
        try withTemporaryFolder("hard", files: ["a.mustache": "{{> b}}", "b.mustache": "x {{> a}}"]) { folder in
            #expect(throws: TemplateSet.Problem.self) { _ = try TemplateSet.load(overrides: folder.path) }
        }
        // Recursion inside a section ends with the data: the bundled handout parts do it.
        _ = try TemplateSet.load()
    }

    @Test func aPipeNamedLikeAPackIsSkippedInAFolderAndRefusedByName() throws {
        try withTemporaryFolder("hard", files: ["fixture.xml": try String(contentsOfFile: Fixtures.path("library/fixture-pack.xml"), encoding: .utf8)]) {
            folder in
            let pipe = folder.appendingPathComponent("pipe.xml").path
            #expect(mkfifo(pipe, 0o600) == 0)
            let library = try CurriculumLoader().load(inputs: [folder.path], path: CurriculaPath(directories: []))
            #expect(library.documents.map(\.file) == [folder.appendingPathComponent("fixture.xml").path])
            #expect(throws: CurriculumLoader.Failure.self) {
                _ = try CurriculumLoader().load(inputs: [pipe], path: CurriculaPath(directories: []))
            }
        }
    }

    @Test func aLineBreakInAnIdNeverForgesALineOrAWorkflowCommand() throws {
        let text = Self.pack.replacingOccurrences(of: "REVIEW", with: "2026-06-01").replacingOccurrences(of: "MAX", with: "10")
            .replacingOccurrences(of: "id=\"hostile\"", with: "id=\"x&#13;&#10;::error file=forged.xml,line=1::forged\"")
        let diagnostics = try withTemporaryFolder("hard", files: ["hostile.xml": text]) { folder in
            try Fixtures.validate([folder.appendingPathComponent("hostile.xml").path])
        }
        #expect(!diagnostics.isEmpty)
        let report = DiagnosticReport(diagnostics: diagnostics, files: ["hostile.xml"])
        for format in [ReportFormat.text, .github] {
            let lines = report.rendered(as: format).split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            #expect(lines.count == diagnostics.count + 2, "\(format): \(lines)")
            #expect(!report.rendered(as: format).unicodeScalars.contains { $0 == "\r" })
            #expect(!lines.contains { $0.hasPrefix("::error file=forged.xml") })
        }
    }

    @Test func aLongPackOnOneLineValidatesAboutAsFastAsWithLineBreaks() throws {
        // 4,000 unused handouts on one line, about 600 KB: each is a TR105 at its own column.
        let handouts = (1...4000).map { "<handout id=\"u-\($0)\" title=\"Unused\"><p>Nothing here yet.</p></handout>" }
        let text = Self.pack.replacingOccurrences(of: "REVIEW", with: "2026-06-01").replacingOccurrences(of: "MAX", with: "10")
            .replacingOccurrences(of: "</pack>", with: handouts.joined(separator: " ") + "</pack>")
            .replacingOccurrences(of: "\n", with: " ")
        let started = Date()
        let diagnostics = try withTemporaryFolder("hard", files: ["long.xml": text]) { folder in
            try Fixtures.validate([folder.appendingPathComponent("long.xml").path])
        }
        #expect(Date().timeIntervalSince(started) < 10)
        let unused = diagnostics.filter { $0.code == .unusedHandout }
        #expect(unused.count == 4001)
        let last = try #require(unused.max { $0.location.column < $1.location.column })
        // Placed at the handout's id attribute.
        let offset = try #require(text.range(of: "id=\"u-4000\""))
        #expect(last.location.line == 1)
        #expect(last.location.column == text.distance(from: text.startIndex, to: offset.lowerBound) + 1)
    }

    @Test func anElementWithTooManyAttributesIsRefusedBeforeParsing() throws {
        let attributes = (0..<20_000).map { "a\($0)=\"x\"" }.joined(separator: "\n")
        let text = "<?xml version=\"1.0\"?>\n<pack xmlns=\"urn:trellis:curriculum:1\" id=\"p\" version=\"1.0.0\"\n\(attributes)><title>x</title></pack>\n"
        let started = Date()
        let diagnostics = try withTemporaryFolder("hard", files: ["crowded.xml": text]) { folder in
            try Fixtures.validate([folder.appendingPathComponent("crowded.xml").path])
        }
        #expect(Date().timeIntervalSince(started) < 5)
        let refusal = try #require(diagnostics.first)
        #expect(diagnostics.count == 1 && refusal.code == .overLimits && refusal.location.line == 2)
        #expect(refusal.message.contains("the limit is 256"))
    }

    @Test func aModuleOfThousandsOfSessionsIsRefusedBeforeAnythingPlansIt() throws {
        let sessions = (0..<1_001).map {
            "<session id=\"s-\($0)\" title=\"S\" minutes=\"60\"><objective>x</objective><activity kind=\"teach\" minutes=\"60\"/></session>"
        }
        let text = Self.pack.replacingOccurrences(of: "REVIEW", with: "2026-06-01").replacingOccurrences(of: "MAX", with: "10")
            .replacingOccurrences(of: "<module id=\"core\" title=\"Core\">", with: "<module id=\"core\" title=\"Core\">" + sessions.joined())
            .replacingOccurrences(of: "<session id=\"s-01\"", with: "<session id=\"s-one\"")
        let diagnostics = try withTemporaryFolder("hard", files: ["big.xml": text]) { folder in
            try Fixtures.validate([folder.appendingPathComponent("big.xml").path])
        }
        #expect(diagnostics.count == 1 && diagnostics.first?.code == .overLimits && diagnostics.first?.location.line == 6)
        #expect(diagnostics.first?.message.contains("1002 sessions; the limit is 1000 per module") == true)
    }

    @Test func aLineBreakInATitleNeverSplitsAMarkdownHeadingOrRow() {
        let escaped = Markdown.escape("Title\r\n# Forged heading | cell")
        #expect(!escaped.unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
        #expect(escaped == "Title  \\# Forged heading \\| cell")
    }
}
