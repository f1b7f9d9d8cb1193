/// TR401: a translated session or handout whose children differ from the source's in count,
/// order or kind. Such a session or handout is rendered in the source language.
struct TranslationShapeRule: Rule {
    let code = DiagnosticCode.translationShape

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.translations.flatMap { translation -> [Diagnostic] in
            guard let pack = context.library.pack(id: translation.pack) else { return [] }
            let sessions = Dictionary(pack.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let handouts = Dictionary(pack.handouts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let sessionProblems = translation.sessions.compactMap { words -> Diagnostic? in
                guard let difference = sessions[words.ref]?.shapeDifference(from: words) else { return nil }
                return .error(
                    code, at: words.origin.element,
                    "translated session \"\(words.ref)\" does not match \(pack.id): \(difference); give every objective, "
                        + "material, caution, activity and homework of the source, in its order")
            }
            let handoutProblems = translation.handouts.compactMap { words -> Diagnostic? in
                guard let difference = handouts[words.ref]?.shapeDifference(from: words) else { return nil }
                return .error(
                    code, at: words.origin.element,
                    "translated handout \"\(words.ref)\" does not match \(pack.id): \(difference); keep the source's "
                        + "paragraphs, lists, sections, fields, checklists and scales in the same order and counts")
            }
            return sessionProblems + handoutProblems
        }
    }
}
