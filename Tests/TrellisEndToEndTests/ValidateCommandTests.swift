import Foundation
import Testing
import TrellisXML

/// `trellis validate` as a user and CI run it: exit codes, outputs, paths.
@Suite(.serialized)
struct ValidateCommandTests {
    /// Clean: no errors, and no warnings but TR302, which the bundled example program raises on
    /// purpose because it approves no pack (a program's clinical lead does that).
    static func expectClean(_ result: TrellisBinary.Result) throws {
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(report["errors"] as? Int == 0)
        let warnings = diagnostics.filter { $0["severity"] as? String == "warning" }
        #expect(!warnings.isEmpty && warnings.allSatisfy { $0["code"] as? String == "TR302" }, "\(warnings)")
        #expect((report["files"] as? Int ?? 0) > 0)
    }

    @Test func theBundledCurriculaAreClean() throws {
        try Self.expectClean(try TrellisBinary.run(["validate", "Curricula", "--format", "json"]))
    }

    @Test func errorsExitOneWithSortedLinesAndASummary() throws {
        let result = try TrellisBinary.run(["validate", "errors.xml"], in: TrellisBinary.fixtures)
        #expect(result.status == 1)
        #expect(result.lines.count == 3)
        #expect(result.lines[0].hasPrefix("errors.xml:2:"))
        #expect(result.lines[0].hasSuffix("[TR107]"))
        #expect(result.lines[1].hasPrefix("errors.xml:7:"))
        #expect(result.lines[1].hasSuffix("[TR104]"))
        #expect(result.lines[2] == "2 errors, 0 warnings in 1 files")
    }

    @Test func pathsStayAsGiven() throws {
        let result = try TrellisBinary.run(["validate", "./errors.xml", "."], in: TrellisBinary.fixtures)
        #expect(result.lines.contains { $0.hasPrefix("./errors.xml:2:") })
        // A file found inside a folder keeps the folder's spelling too.
        #expect(result.lines.contains { $0.hasPrefix("./broken-track.xml:") })
    }

    @Test func aMissingPathExitsTwoWithOneLine() throws {
        let result = try TrellisBinary.run(["validate", "no-such-pack.xml"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "trellis: no-such-pack.xml: no such file or folder\n")
    }

    @Test func warningsPassUnlessTheyCountAsErrors() throws {
        // The fixtures folder is the curricula path: no program file turns the warning off.
        let relaxed = try TrellisBinary.run(["validate", "warning.xml", "--curricula", "."], in: TrellisBinary.fixtures)
        #expect(relaxed.status == 0)
        #expect(relaxed.lines.last == "0 errors, 1 warnings in 1 files")
        let strict = try TrellisBinary.run(
            ["validate", "--warnings-as-errors", "warning.xml", "--curricula", "."], in: TrellisBinary.fixtures)
        #expect(strict.status == 1)
    }

    @Test func jsonOutputDecodes() throws {
        let result = try TrellisBinary.run(["validate", "--format", "json", "errors.xml", "clean.xml"], in: TrellisBinary.fixtures)
        #expect(result.status == 1)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 2)
        #expect(object["files"] as? Int == 2)
        let codes = (object["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(codes == ["TR107", "TR104"])
    }

    @Test func sarifOutputHasRuleIDsAndRegions() throws {
        let result = try TrellisBinary.run(["validate", "--format", "sarif", "errors.xml"], in: TrellisBinary.fixtures)
        let log = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["ruleId"] as? String } == ["TR107", "TR104"])
        let region = ((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
            as? [String: Any]
        #expect(region?["startLine"] as? Int == 2)
    }

    @Test func junitOutputParsesAsXML() throws {
        let result = try TrellisBinary.run(["validate", "--format", "junit", "errors.xml", "clean.xml"], in: TrellisBinary.fixtures)
        let parsed = SafeXMLParser().parse(Array(result.stdout.utf8))
        #expect(parsed.problems.isEmpty)
        let cases = parsed.root?.child(named: "testsuite")?.children(named: "testcase") ?? []
        #expect(cases.count == 2)
        #expect(cases.flatMap { $0.children(named: "failure") }.count == 2)
    }

    @Test func githubOutputIsWorkflowCommands() throws {
        let result = try TrellisBinary.run(["validate", "--format", "github", "errors.xml"], in: TrellisBinary.fixtures)
        #expect(result.lines.first?.hasPrefix("::error file=errors.xml,line=2,col=") == true)
        #expect(result.lines.first?.contains("title=TR107::") == true)
    }

    @Test func withNoCurriculaOfItsOwnTheBundledLibraryIsUsed() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.expectClean(try TrellisBinary.run(["validate", "--format", "json"], in: folder))
    }

    @Test func theCurriculaVariableSetsThePath() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TrellisBinary.run(
            ["validate"], in: folder, environment: ["TRELLIS_CURRICULA": TrellisBinary.fixtures.path])
        #expect(result.status == 1)
        // errors.xml has two errors, broken-track.xml one; warning.xml one warning; clean.xml none.
        #expect(result.lines.last == "3 errors, 1 warnings in 4 files")
    }

    @Test func anUnknownFormatIsAnArgumentError() throws {
        let result = try TrellisBinary.run(["validate", "--format", "yaml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("yaml"))
    }

    @Test func schemaPrintsAnXSDThatCompiles() throws {
        let result = try TrellisBinary.run(["schema"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("targetNamespace=\"urn:trellis:curriculum:1\""))
        _ = try XMLSchema(bytes: Array(result.stdout.utf8))
    }

    @Test(arguments: ["2027-13-01", "tomorrow", "10000-01-01", "2027-01-04+14:00"])
    func aPinnedDateThatIsNotADateStopsTheRun(today: String) throws {
        let result = try TrellisBinary.run(["validate", "errors.xml"], in: TrellisBinary.fixtures, environment: ["TRELLIS_TODAY": today])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("TRELLIS_TODAY") && result.stderr.contains("YYYY-MM-DD"), "\(result.stderr)")
    }
}
