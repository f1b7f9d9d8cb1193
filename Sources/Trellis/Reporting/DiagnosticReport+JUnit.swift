import Foundation

extension DiagnosticReport {
    /// JUnit XML: one test case per file checked, a failure per error (and per warning when
    /// warnings count as errors); other diagnostics go to the case's system-out.
    func junit(warningsAsErrors: Bool) -> String {
        let byFile = Dictionary(grouping: diagnostics, by: \.location.file)
        let failing: (Diagnostic) -> Bool = { $0.severity == .error || (warningsAsErrors && $0.severity == .warning) }
        let failureCount = diagnostics.filter(failing).count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"trellis validate\" tests=\"\(files.count)\" failures=\"\(failureCount)\">\n"
        xml += "  <testsuite name=\"trellis validate\" tests=\"\(files.count)\" failures=\"\(failureCount)\" errors=\"0\">\n"
        for file in files {
            let found = byFile[file] ?? []
            xml += "    <testcase classname=\"trellis.validate\" name=\"\(Self.escape(file))\""
            guard !found.isEmpty else {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            for diagnostic in found where failing(diagnostic) {
                let line = "\(file):\(diagnostic.location.line):\(diagnostic.location.column)"
                xml += "      <failure type=\"\(diagnostic.code)\" message=\"\(Self.escape(diagnostic.message))\">"
                xml += "\(Self.escape(line)): \(Self.escape(diagnostic.message)) [\(diagnostic.code)]</failure>\n"
            }
            let others = found.filter { !failing($0) }
            if !others.isEmpty {
                let lines = others.map {
                    "\(file):\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message) [\($0.code)]"
                }
                xml += "      <system-out>\(Self.escape(lines.joined(separator: "\n")))</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    /// Any file name or message, even one with U+FFFF or control characters, keeps the report
    /// well-formed.
    static func escape(_ text: String) -> String { XMLText.escape(text, whitespace: .kept) }
}
