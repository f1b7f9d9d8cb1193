import Testing
import Trellis

/// What `validate --watch` prints after a save: only what the save fixed or brought.
struct DiagnosticChangesTests {
    func diagnostic(_ code: DiagnosticCode, line: Int, _ message: String) -> Diagnostic {
        .error(code, at: SourceLocation(file: "p.xml", line: line, column: 1), message)
    }

    @Test func aDiagnosticThatOnlyMovedIsNeitherFixedNorNewAndOneOfTwinsGoingIsAFix() {
        let before = DiagnosticReport(
            diagnostics: [diagnostic(.minutesMismatch, line: 10, "a"), diagnostic(.minutesMismatch, line: 20, "twin"),
                          diagnostic(.minutesMismatch, line: 30, "twin")], files: ["p.xml"])
        let after = DiagnosticReport(
            diagnostics: [diagnostic(.minutesMismatch, line: 14, "a"), diagnostic(.minutesMismatch, line: 34, "twin"),
                          diagnostic(.badVersion, line: 2, "new one")], files: ["p.xml"])
        let changes = DiagnosticChanges(from: before, to: after)
        #expect(changes.new.map(\.message) == ["new one"])
        #expect(changes.fixed.map(\.message) == ["twin"])
        #expect(changes.text.hasPrefix("fixed: p.xml:"))
        #expect(changes.text.hasSuffix("new:   p.xml:2:1: error: new one [TR107]\n3 errors, 0 warnings in 1 files\n"))
        #expect(DiagnosticChanges(from: after, to: after).text == "no diagnostic fixed or new\n3 errors, 0 warnings in 1 files\n")
    }
}
