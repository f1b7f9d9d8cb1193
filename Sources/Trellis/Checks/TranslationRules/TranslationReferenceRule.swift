/// TR404: a translation whose pack, module, session or handout ref, or language, resolves to
/// nothing; or a second translation of one pack into one language.
struct TranslationReferenceRule: Rule {
    let code = DiagnosticCode.translationReference

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.translations.flatMap { translation -> [Diagnostic] in
            guard !translation.language.isEmpty else {
                return [
                    .error(
                        code, at: translation.origin.element,
                        "the translation of \"\(translation.pack)\" does not say its language: add xml:lang=\"es\" (or the "
                            + "language it is in) to <translation>")
                ]
            }
            guard let pack = context.library.pack(id: translation.pack) else {
                let known = context.library.packs.map(\.id).sorted()
                return [
                    .error(
                        code, at: translation.origin["pack"],
                        "pack=\"\(translation.pack)\": no pack with that id is loaded"
                            + (known.isEmpty ? "" : " (the packs are \(known.prefix(8).joined(separator: ", "))\(known.count > 8 ? ", …" : ""))")
                            + "; correct the id or put the pack on the curricula path")
                ]
            }
            var problems: [Diagnostic] = []
            if let first = context.library.translations.first(where: {
                $0.pack == translation.pack && Language.matches($0.language, translation.language)
            }), first.file != translation.file {
                problems.append(
                    .error(
                        code, at: translation.origin.element,
                        "a second \(translation.language) translation of \(pack.id): \(first.file) already translates it; "
                            + "merge the two into one file"))
            }
            let modules = Set(pack.modules.map(\.id))
            let sessions = Set(pack.sessions.map(\.id))
            let handouts = Set(pack.handouts.map(\.id))
            let refs: [(String, String, Set<String>, Origin)] =
                translation.modules.map { ("module", $0.ref, modules, $0.origin) }
                + translation.sessions.map { ("session", $0.ref, sessions, $0.origin) }
                + translation.handouts.map { ("handout", $0.ref, handouts, $0.origin) }
            var seen = Set<String>()
            for (kind, ref, known, origin) in refs {
                if !known.contains(ref) {
                    problems.append(
                        .error(
                            code, at: origin["ref"],
                            "<\(kind) ref=\"\(ref)\">: \(pack.id) has no \(kind) \"\(ref)\"; correct the ref, or remove "
                                + "this \(kind) if the pack no longer has it"))
                } else if !seen.insert("\(kind)/\(ref)").inserted {
                    problems.append(
                        .error(code, at: origin["ref"], "<\(kind) ref=\"\(ref)\"> is translated twice in this file; keep one"))
                }
            }
            return problems
        }
    }
}
