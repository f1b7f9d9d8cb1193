import Foundation

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
        text.replacingScalars { scalar in
            switch scalar {
            case "%": "%25"
            case "\r": "%0D"
            case "\n": "%0A"
            case _ where OneLine.isControl(scalar): OneLine.escape(String(scalar))
            default: nil
            }
        }
    }

    /// Escaping for a command's properties, which also reserve `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
