import Foundation
import Testing
import Trellis

/// Rules as data: ISO Schematron files in a `rules/` folder on the curricula path.
@Suite(.serialized)
struct SchematronTests {
    let pipeline = Pipeline(today: Fixtures.today)

    func report() throws -> DiagnosticReport {
        let path = CurriculaPath(directories: [Fixtures.path("pipeline")])
        return pipeline.check(try pipeline.load(path: path))
    }

    @Test func anAssertThatFailsIsADiagnosticWithItsCodeRoleMessageAndPlace() throws {
        let found = try report().diagnostics.filter { $0.code == "CLINIC002" }
        #expect(found.count == 1)
        let diagnostic = try #require(found.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location.file.hasSuffix("pipeline/packs/fine.xml"))
        #expect(diagnostic.location.line == 13)
        #expect(diagnostic.location.column == 5)
        #expect(diagnostic.message == "Session fn-02 (session) has no caution: add one a facilitator reads first.")
    }

    @Test func aReportThatFiresIsADiagnosticToo() throws {
        let notes = try report().diagnostics.filter { $0.code == "CLINIC003" }
        #expect(notes.map(\.severity) == [.note, .note, .note])
        #expect(notes.contains { $0.message == "Session fn-01 runs 45 minutes." })
    }

    @Test func ruleFileDiagnosticsAppearInEveryReportFormat() throws {
        let report = try report()
        #expect(report.rendered(as: .text).contains("[CLINIC002]"))
        #expect(report.rendered(as: .github).contains("title=CLINIC002::"))
        #expect(report.rendered(as: .json).contains("\"code\": \"CLINIC002\""))
        let sarif = try JSONSerialization.jsonObject(with: Data(report.rendered(as: .sarif).utf8)) as? [String: Any]
        let run = try #require((sarif?["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.contains { $0["ruleId"] as? String == "CLINIC002" && $0["level"] as? String == "warning" })
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(rules?.contains { $0["id"] as? String == "CLINIC002" } == true)
    }

    @Test(arguments: [
        ("no-id.sch", "needs an id"), ("bad-xpath.sch", "is not valid XPath"), ("unsupported.sch", "<let> is not supported"),
        ("not-well-formed.sch", "not a readable XML file"), ("bad-role.sch", "role=\"critical\" is not a severity"),
    ])
    func aBrokenRuleFileStopsTheLoadStepWithItsFileAndLine(_ file: String, _ expected: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-sch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("rules"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Fixtures.path("schematron/\(file)"), toPath: folder.appendingPathComponent("rules/\(file)").path)
        do {
            _ = try pipeline.load(path: CurriculaPath(directories: [folder.path]))
            Issue.record("\(file) loaded")
        } catch {
            guard case .cannotRun(let step, let message) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(step == .load)
            #expect(message.contains("rules/\(file):"), "\(message)")
            #expect(message.contains(expected), "\(message)")
        }
    }
}
