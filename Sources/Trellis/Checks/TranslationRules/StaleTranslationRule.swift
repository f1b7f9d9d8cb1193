/// TR402: the pack's MAJOR.MINOR is newer than the version the translation was made from, so its
/// text may say what the pack no longer says.
struct StaleTranslationRule: Rule {
    let code = DiagnosticCode.staleTranslation

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.translations.compactMap { translation in
            guard let pack = context.library.pack(id: translation.pack),
                let current = SemanticVersion(pack.version), let source = SemanticVersion(translation.sourceVersion),
                (current.major, current.minor) > (source.major, source.minor)
            else { return nil }
            return .warning(
                code, at: translation.origin["source-version"],
                "this \(translation.language) translation was made from \(pack.id) \(translation.sourceVersion), but the "
                    + "pack is now \(pack.version): bring the text up to date with what changed, then set "
                    + "source-version=\"\(pack.version)\"")
        }
    }
}
