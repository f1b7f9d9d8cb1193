import Foundation
import Testing
import Trellis
import TrellisXML

/// The output formats of `validate`, from a report with one diagnostic of each severity.
struct ReportTests {
    let report = DiagnosticReport(
        diagnostics: [
            .warning(
                .unusedHandout, at: SourceLocation(file: "packs/b.xml", line: 12, column: 3), "unused, \"really\"",
                notes: [Diagnostic.Note("a related place", at: SourceLocation(file: "packs/b.xml", line: 2))]),
            .error(.minutesMismatch, at: SourceLocation(file: "packs/a b.xml", line: 8, column: 14), "adds up to 55 & not 60"),
            .note(.weekUnderLevelOfCare, at: SourceLocation(file: "packs/a b.xml", line: 2, column: 1), "short week"),
        ],
        files: ["packs/b.xml", "packs/a b.xml", "packs/c.xml"])

    /// One line per diagnostic even when it has notes: CI parsers read the lines one by one.
    @Test func textIsOneSortedLinePerDiagnosticThenTheSummary() {
        #expect(
            report.rendered(as: .text) == """
                packs/a b.xml:2:1: note: short week [TR210]
                packs/a b.xml:8:14: error: adds up to 55 & not 60 [TR104]
                packs/b.xml:12:3: warning: unused, "really" [TR105]
                1 errors, 1 warnings in 3 files

                """)
    }

    @Test func jsonDecodesWithTheFieldsCLIMdNames() throws {
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 1)
        #expect(object["warnings"] as? Int == 1)
        #expect(object["files"] as? Int == 3)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 3)
        #expect(Set(diagnostics[1].keys) == ["file", "line", "column", "severity", "code", "message"])
        #expect(diagnostics[1]["code"] as? String == "TR104")
        #expect(diagnostics[1]["line"] as? Int == 8)
    }

    @Test func sarifHasThe210ShapeWithRuleIDAndRegion() throws {
        let log = try #require(
            JSONSerialization.jsonObject(with: Data(report.rendered(as: .sarif).utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "trellis")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["TR104", "TR105", "TR210"])
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["ruleId"] as? String } == ["TR210", "TR104", "TR105"])
        #expect(results.compactMap { $0["level"] as? String } == ["note", "error", "warning"])
        let location = try #require((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "packs/a%20b.xml")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 8)
        #expect(region["startColumn"] as? Int == 14)
    }

    @Test func junitParsesAsXMLWithATestCasePerFileAndAFailurePerError() throws {
        let parsed = SafeXMLParser().parse(Array(report.rendered(as: .junit).utf8))
        #expect(parsed.problems.isEmpty)
        let suite = try #require(parsed.root?.child(named: "testsuite"))
        let cases = suite.children(named: "testcase")
        #expect(cases.compactMap { $0.attribute("name")?.value } == ["packs/a b.xml", "packs/b.xml", "packs/c.xml"])
        #expect(cases.flatMap { $0.children(named: "failure") }.compactMap { $0.attribute("type")?.value } == ["TR104"])
        #expect(suite.attribute("failures")?.value == "1")
        let strict = SafeXMLParser().parse(Array(report.rendered(as: .junit, warningsAsErrors: true).utf8))
        #expect(strict.root?.child(named: "testsuite")?.attribute("failures")?.value == "2")
    }

    @Test func githubWritesWorkflowCommandsWithEscapedProperties() {
        let lines = report.rendered(as: .github).split(separator: "\n").map(String.init)
        #expect(lines[0] == "::notice file=packs/a b.xml,line=2,col=1,title=TR210::short week")
        #expect(lines[1] == "::error file=packs/a b.xml,line=8,col=14,title=TR104::adds up to 55 & not 60")
        #expect(lines[2] == "::warning file=packs/b.xml,line=12,col=3,title=TR105::unused, \"really\"")
        #expect(DiagnosticReport.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test func warningsFailOnlyWhenAskedTo() {
        let warningsOnly = DiagnosticReport(
            diagnostics: [.warning(.unusedHandout, at: SourceLocation(file: "x.xml"), "unused")], files: ["x.xml"])
        #expect(!warningsOnly.fails(warningsAsErrors: false))
        #expect(warningsOnly.fails(warningsAsErrors: true))
        #expect(report.fails(warningsAsErrors: false))
    }
}
