import Foundation
import Testing
import Trellis

/// `<suppress code reason>` silences a warning where a person decided it is fine, and only there;
/// reports count it and SARIF keeps it with its justification.
struct SuppressionTests {
    @Test func aSuppressedWarningIsCountedNotReportedAndKeptInSARIF() throws {
        let file = Fixtures.path("suppress/suppressed.xml")
        let library = try CurriculumLoader().load(inputs: [file], path: CurriculaPath(directories: []))
        let workspace = Workspace(library: library, registry: PluginRegistry.standard().adding(library))
        let report = Validator(registry: .standard(), today: Fixtures.today).report(workspace)
        // h-01 suppresses its TR110; h-02 does not.
        let readingGrades = report.diagnostics.filter { $0.code == .readingGrade }
        #expect(readingGrades.count == 1 && readingGrades.first?.location.line == 16)
        #expect(report.suppressed.count == 1 && report.suppressed.first?.diagnostic.location.line == 12)
        #expect(report.summary.hasSuffix(", 1 suppressed"))
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(report.rendered(as: .sarif).utf8)) as? [String: Any])
        let results = try #require(((sarif["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let silenced = results.filter { $0["suppressions"] != nil }
        #expect(silenced.count == 1)
        #expect("\(silenced[0]["suppressions"]!)".contains("health-literacy lead"))
        // Still fails --warnings-as-errors for the warning that is not suppressed, and passes
        // once that one is gone: what is suppressed no longer counts.
        #expect(report.fails(warningsAsErrors: true))
        #expect(report.warningCount == 2)
    }
}
