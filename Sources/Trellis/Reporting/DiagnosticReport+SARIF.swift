extension DiagnosticReport {
    /// SARIF 2.1.0: one run, a rule per code used, a result per diagnostic with its region.
    var sarif: String {
        let codes = Set(diagnostics.map(\.code) + suppressed.map(\.diagnostic.code)).sorted()
        let rules: [JSONValue] = codes.map { code in
            .object([
                ("id", .string(code.rawValue)),
                ("shortDescription", .object([("text", .string(ruleSummaries[code] ?? code.rawValue))])),
            ])
        }
        let entries = diagnostics.map { ($0, nil as String?) } + suppressed.map { ($0.diagnostic, $0.reason as String?) }
        let results: [JSONValue] = entries.map { diagnostic, reason in
            var result: [(String, JSONValue)] = [
                ("ruleId", .string(diagnostic.code.rawValue)),
                ("ruleIndex", .int(codes.firstIndex(of: diagnostic.code) ?? 0)),
                ("level", .string(diagnostic.severity.rawValue)),
                ("message", .object([("text", .string(diagnostic.message))])),
                (
                    "locations",
                    .array([
                        .object([
                            (
                                "physicalLocation",
                                .object([
                                    ("artifactLocation", .object([("uri", .string(Self.uri(diagnostic.location.file)))])),
                                    (
                                        "region",
                                        .object([
                                            ("startLine", .int(diagnostic.location.line)),
                                            ("startColumn", .int(diagnostic.location.column)),
                                        ])
                                    ),
                                ])
                            )
                        ])
                    ])
                ),
            ]
            // SARIF 2.1.0 §3.27.23: a result silenced in the source carries its justification.
            if let reason {
                result.append(("suppressions", .array([.object([("kind", "inSource"), ("justification", .string(reason))])])))
            }
            return .object(result)
        }
        let log: JSONValue = .object([
            ("$schema", "https://json.schemastore.org/sarif-2.1.0.json"),
            ("version", "2.1.0"),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", "trellis"),
                                        ("version", .string(TrellisVersion.current)),
                                        ("rules", .array(rules)),
                                    ])
                                )
                            ])
                        ),
                        ("results", .array(results)),
                    ])
                ]),
            ),
        ])
        return log.pretty + "\n"
    }

    /// A relative URI reference for a path: spaces and other reserved characters escaped.
    static func uri(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if character.isASCII, character.isLetter || character.isNumber || "-._~/".contains(character) {
                result.append(character)
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
