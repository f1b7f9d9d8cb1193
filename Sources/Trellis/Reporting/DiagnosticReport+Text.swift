extension DiagnosticReport {
    /// `FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]`, one line per diagnostic as CLI.md says (a
    /// diagnostic's message names any related place itself), then the summary line.
    var text: String {
        (diagnostics.map(Self.line) + [summary]).joined(separator: "\n") + "\n"
    }

    /// One diagnostic as one line of the text format.
    static func line(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        return "\(OneLine.escape(location.file)):\(location.line):\(location.column): \(diagnostic.severity.rawValue): "
            + "\(OneLine.escape(diagnostic.message)) [\(OneLine.escape(diagnostic.code.rawValue))]"
    }
}
