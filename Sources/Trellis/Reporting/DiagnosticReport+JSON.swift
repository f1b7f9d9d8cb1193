extension DiagnosticReport {
    /// `{"diagnostics": [...], "errors": N, "warnings": M, "files": K}`, as CLI.md shows.
    var json: String {
        let entries: [JSONValue] = diagnostics.map { diagnostic in
            .object([
                ("file", .string(diagnostic.location.file)),
                ("line", .int(diagnostic.location.line)),
                ("column", .int(diagnostic.location.column)),
                ("severity", .string(diagnostic.severity.rawValue)),
                ("code", .string(diagnostic.code.rawValue)),
                ("message", .string(diagnostic.message)),
            ])
        }
        let report: JSONValue = .object([
            ("diagnostics", .array(entries)),
            ("errors", .int(errorCount)),
            ("warnings", .int(warningCount)),
            ("suppressed", .int(suppressed.count)),
            ("files", .int(fileCount)),
        ])
        return report.pretty + "\n"
    }
}
