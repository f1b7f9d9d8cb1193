/// The result of a validation, ready to print: diagnostics sorted, with the counts the
/// summary line and the exit code need.
public struct DiagnosticReport: Sendable {
    public let diagnostics: [Diagnostic]
    /// The files checked, sorted; JUnit lists one test case per file.
    public let files: [String]
    /// One line about each code, for SARIF's rule metadata (plugins' codes included).
    public let ruleSummaries: [DiagnosticCode: String]
    /// Warnings and notes a `<suppress>` silenced, with its reason: counted, and kept in SARIF.
    public var suppressed: [(diagnostic: Diagnostic, reason: String)] = []

    public init(
        diagnostics: [Diagnostic], files: [String], ruleSummaries: [DiagnosticCode: String] = DiagnosticCode.builtInSummaries
    ) {
        self.diagnostics = diagnostics.sorted()
        self.files = files.sorted()
        self.ruleSummaries = ruleSummaries
    }

    /// How many files were checked.
    public var fileCount: Int { files.count }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// True when the input should fail: any error, or any warning when warnings count as errors.
    public func fails(warningsAsErrors: Bool) -> Bool {
        errorCount > 0 || (warningsAsErrors && warningCount > 0)
    }

    /// `N errors, M warnings in K files`, exactly as CLI.md writes it.
    public var summary: String {
        "\(errorCount) errors, \(warningCount) warnings in \(fileCount) files"
            + (suppressed.isEmpty ? "" : ", \(suppressed.count) suppressed")
    }

    /// The report in one of the output formats.
    public func rendered(as format: ReportFormat, warningsAsErrors: Bool = false) -> String {
        switch format {
        case .text: text
        case .json: json
        case .sarif: sarif
        case .junit: junit(warningsAsErrors: warningsAsErrors)
        case .github: github
        }
    }
}

/// The output formats of `trellis validate`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github
}
