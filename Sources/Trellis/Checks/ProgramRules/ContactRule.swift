/// TR301: a `<contact ref>` the program does not define, or contacts in a pack with no program
/// loaded to say what they are.
struct ContactRule: Rule {
    let code = DiagnosticCode.unknownContact
    let readsAllText = true

    func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [(ContactReference, SourceLocation)] = []
        for scoped in context.sessions {
            found += scoped.session.contacts.map { ($0, $0.location ?? scoped.location(scoped.session.origin)) }
        }
        for scoped in context.handouts {
            found += scoped.handout.contacts.map { ($0, $0.location ?? scoped.location(scoped.handout.origin)) }
        }
        for translation in context.translations {
            guard let pack = context.library.pack(id: translation.pack) else { continue }
            let translated = pack.translated(by: translation)
            let texts = translated.sessions.flatMap(\.contacts) + translated.handouts.flatMap(\.contacts)
            // Only the translation's own contacts: the source's are checked with the pack.
            found += texts.filter { $0.location?.file == translation.file }.map { ($0, $0.location!) }
        }
        let program = context.program
        for checked in context.programs {
            found += checked.protocols.flatMap(\.contacts).map { ($0, $0.location ?? checked.origin.element) }
        }
        return found.compactMap { contact, location in
            guard let program else {
                return .error(
                    code, at: location,
                    "<contact ref=\"\(contact.id)\"/> needs a program file to say what it prints: add program.xml to the "
                        + "curricula path with <contact id=\"\(contact.id)\" label=\"…\" phone=\"…\"/> (trellis new program "
                        + "writes one)")
            }
            guard program.contact(id: contact.id) == nil else { return nil }
            let known = program.contacts.map(\.id)
            let guess = known.first { SchemaMessage.isTypo($0, of: contact.id) }.map { " Did you mean \"\($0)\"?" } ?? ""
            return .error(
                code, at: location,
                "<contact ref=\"\(contact.id)\"/>: the program \"\(program.name)\" has no contact \"\(contact.id)\" "
                    + "(it has \(known.isEmpty ? "none" : known.joined(separator: ", "))); add it to \(program.file) or "
                    + "correct the ref.\(guess)")
        }
    }
}
