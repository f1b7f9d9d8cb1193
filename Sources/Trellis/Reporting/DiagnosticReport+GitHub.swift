extension DiagnosticReport {
    /// GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=CODE::MESSAGE`.
    var github: String {
        var lines = diagnostics.map { diagnostic in
            let command =
                switch diagnostic.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "notice"
                }
            let location = diagnostic.location
            let properties =
                "file=\(Self.escapeProperty(location.file)),line=\(location.line),col=\(location.column),"
                + "title=\(Self.escapeProperty(diagnostic.code.rawValue))"
            return "::\(command) \(properties)::\(Self.escapeData(diagnostic.message))"
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escaping for a command's message, as the Actions runner expects.
    static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// Escaping for a command's properties, which also reserve `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
