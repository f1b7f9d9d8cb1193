/// TR110: a handout that reads above its pack's (or module's) reading grade, by its language's
/// formula: Flesch–Kincaid for English, Crawford for Spanish. Translated handouts are measured
/// in their own language against the same ceiling.
struct ReadingGradeRule: Rule {
    let code = DiagnosticCode.readingGrade
    let readsAllText = true

    func check(_ context: CheckContext) -> [Diagnostic] {
        // One cache per language: a word's syllables depend on the language's rules.
        var caches: [String: ReadingGrade.SyllableCache] = [:]
        func cache(_ language: String) -> ReadingGrade.SyllableCache {
            if let known = caches[language] { return known }
            let made = ReadingGrade.SyllableCache()
            caches[language] = made
            return made
        }
        let handouts = context.handouts.compactMap { scoped -> Diagnostic? in
            let language = (scoped.module as? PackModule)?.pack.language ?? Language.standard
            return problem(
                scoped.handout, language: language, ceiling: context.readingGrade(of: scoped.module),
                at: scoped.location(scoped.handout.origin), cache: cache(Language.primary(language)))
        }
        let translated = context.translations.flatMap { translation -> [Diagnostic] in
            guard let pack = context.library.pack(id: translation.pack) else { return [] }
            let ceiling = min(pack.readingGrade, context.program?.value("reading-grade") ?? .infinity)
            let words = Dictionary(translation.handouts.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
            return pack.translated(by: translation).handouts.compactMap { handout in
                guard let written = words[handout.id], handout != pack.handout(id: handout.id) else { return nil }
                return problem(
                    handout, language: translation.language, ceiling: ceiling, at: written.origin.element,
                    cache: cache(Language.primary(translation.language)))
            }
        }
        return handouts + translated
    }

    private func problem(
        _ handout: Handout, language: String, ceiling: Double, at location: SourceLocation, cache: ReadingGrade.SyllableCache
    ) -> Diagnostic? {
        let measured = ReadingGrade(units: handout.textUnits, language: language, syllables: cache)
        guard let grade = measured.grade, grade > ceiling else { return nil }
        return .warning(
            code, at: location,
            "handout \"\(handout.id)\" reads at grade \(Self.format(grade)) (\(measured.formula)), above the "
                + "reading grade \(Self.format(ceiling)) set for it: use shorter sentences and everyday words")
    }

    static func format(_ grade: Double) -> String {
        let tenths = Int((grade * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
