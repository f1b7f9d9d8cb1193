/// TR107: a version that is not `MAJOR.MINOR.PATCH`.
struct VersionRule: Rule {
    let code = DiagnosticCode.badVersion

    func check(_ context: CheckContext) -> [Diagnostic] {
        let versions =
            context.packs.map { ("pack", $0.version, $0.origin["version"]) }
            + context.tracks.map { ("track", $0.version, $0.origin["version"]) }
        return versions.filter { !Self.isSemanticVersion($0.1) }.map { kind, version, location in
            .error(
                code, at: location,
                "the \(kind) version \"\(version)\" is not MAJOR.MINOR.PATCH: write three whole numbers "
                    + "separated by dots, such as \"1.0.0\"")
        }
    }

    /// Three non-negative whole numbers without leading zeros, joined by dots: a version that
    /// reads back exactly as written.
    static func isSemanticVersion(_ text: String) -> Bool {
        SemanticVersion(text)?.description == text
    }
}
