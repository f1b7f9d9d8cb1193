extension DiagnosticReport {
    /// `FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]`, one line per diagnostic as CLI.md says (a
    /// diagnostic's message names any related place itself), then the summary line.
    var text: String {
        let lines = diagnostics.map { diagnostic in
            let location = diagnostic.location
            return "\(OneLine.escape(location.file)):\(location.line):\(location.column): \(diagnostic.severity.rawValue): "
                + "\(OneLine.escape(diagnostic.message)) [\(OneLine.escape(diagnostic.code.rawValue))]"
        }
        return (lines + [summary]).joined(separator: "\n") + "\n"
    }
}
