/// TR403 (note): the sessions and handouts a translation leaves in the source language; a
/// handouts-only translation is common, so this is only counted.
struct PartialTranslationRule: Rule {
    let code = DiagnosticCode.partialTranslation

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.translations.compactMap { translation in
            guard let pack = context.library.pack(id: translation.pack) else { return nil }
            let sessions = Set(translation.sessions.map(\.ref))
            let handouts = Set(translation.handouts.map(\.ref))
            let missing =
                pack.sessions.map(\.id).filter { !sessions.contains($0) }
                + pack.handouts.map(\.id).filter { !handouts.contains($0) }
            guard !missing.isEmpty else { return nil }
            let sessionCount = pack.sessions.filter { !sessions.contains($0.id) }.count
            let handoutCount = missing.count - sessionCount
            let first = missing.prefix(4).joined(separator: ", ") + (missing.count > 4 ? ", …" : "")
            return .note(
                code, at: translation.origin.element,
                "the \(translation.language) translation of \(pack.id) leaves \(English.count(sessionCount, "session")) "
                    + "and \(English.count(handoutCount, "handout")) in the source language (\(first)); guides say so where "
                    + "they print them")
        }
    }
}
