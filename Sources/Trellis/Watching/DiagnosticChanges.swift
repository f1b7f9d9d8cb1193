/// What a save changed in a report: the diagnostics that went away and the ones that are new,
/// so `validate --watch` prints a few lines per save instead of the whole report again.
///
/// A diagnostic is the same across two runs when its file, code, severity and message are: the
/// line moves when text is added above it, and that is not a change the author made to it.
public struct DiagnosticChanges: Sendable {
    public let fixed: [Diagnostic]
    public let new: [Diagnostic]
    public let report: DiagnosticReport

    public init(from old: DiagnosticReport, to report: DiagnosticReport) {
        self.report = report
        new = Self.unmatched(report.diagnostics, in: old.diagnostics)
        fixed = Self.unmatched(old.diagnostics, in: report.diagnostics)
    }

    /// The diagnostics of `list` that `other` does not have, counted, so that one of two
    /// identical diagnostics going away is still a fix.
    private static func unmatched(_ list: [Diagnostic], in other: [Diagnostic]) -> [Diagnostic] {
        func key(_ diagnostic: Diagnostic) -> String {
            "\(diagnostic.location.file)\u{0}\(diagnostic.code.rawValue)\u{0}\(diagnostic.severity.rawValue)\u{0}\(diagnostic.message)"
        }
        var counts: [String: Int] = [:]
        for diagnostic in other { counts[key(diagnostic), default: 0] += 1 }
        return list.filter { diagnostic in
            guard let count = counts[key(diagnostic)], count > 0 else { return true }
            counts[key(diagnostic)] = count - 1
            return false
        }
    }

    public var isEmpty: Bool { fixed.isEmpty && new.isEmpty }

    /// `fixed:` and `new:` lines (text format), then the summary line.
    public var text: String {
        var lines = fixed.map { "fixed: " + DiagnosticReport.line($0) }
        lines += new.map { "new:   " + DiagnosticReport.line($0) }
        if lines.isEmpty { lines.append("no diagnostic fixed or new") }
        return (lines + [report.summary]).joined(separator: "\n") + "\n"
    }
}
