/// TR106: an id that breaks the id rule (1–64 of `a-z`, `0-9`, `-`, starting with a letter).
struct IdentifierRule: Rule {
    let code = DiagnosticCode.badIdentifier

    func check(_ context: CheckContext) -> [Diagnostic] {
        var named: [(kind: String, id: String, location: SourceLocation)] = []
        for pack in context.packs {
            named.append(("pack", pack.id, pack.origin["id"]))
        }
        for module in context.modules {
            if let written = module as? PackModule {
                named.append(("module", module.id, written.module.origin["id"]))
            } else {
                let place = CheckContext.codeLocation(of: module, context.registry)
                named += [("namespace", module.namespace, place), ("module", module.id, place)]
            }
        }
        named += context.sessions.map { ("session", $0.session.id, $0.location($0.session.origin, "id")) }
        named += context.handouts.map { ("handout", $0.handout.id, $0.location($0.handout.origin, "id")) }
        for track in context.tracks {
            named.append(("track", track.id, track.origin["id"]))
            named += track.day.blocks.map { ("block", $0.id, $0.origin["id"]) }
        }
        return named.filter { !Identifier.isValid($0.id) }.map { item in
            .error(
                code, at: item.location,
                "the \(item.kind) id \"\(item.id)\" breaks the id rule: use 1–64 lowercase letters, digits and "
                    + "hyphens, starting with a letter\(suggestion(for: item.id))")
        }
    }

    /// ` (for example "session-1")`, when a valid id can be made from the text.
    private func suggestion(for id: String) -> String {
        var result = ""
        for character in id.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        while let first = result.first, !first.isLetter { result.removeFirst() }
        let candidate = String(result.prefix(Identifier.maximumLength))
        return Identifier.isValid(candidate) && candidate != id ? " (for example \"\(candidate)\")" : ""
    }
}
