extension DiagnosticReport {
    /// `FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]` per diagnostic, notes indented below, then
    /// the summary line.
    var text: String {
        var lines: [String] = []
        for diagnostic in diagnostics {
            let location = diagnostic.location
            lines.append(
                "\(location.file):\(location.line):\(location.column): \(diagnostic.severity.rawValue): "
                    + "\(diagnostic.message) [\(diagnostic.code)]")
            for note in diagnostic.notes {
                let place = note.location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
                lines.append("    \(place)note: \(note.message)")
            }
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }
}
