/// TR302: a track uses a pack version the program's clinical lead has not approved.
struct ApprovalRule: Rule {
    let code = DiagnosticCode.packNotApproved

    func check(_ context: CheckContext) -> [Diagnostic] {
        guard let program = context.program else { return [] }
        return context.tracks.flatMap { track -> [Diagnostic] in
            var reported = Set<String>()
            return track.streams.flatMap(\.items).compactMap { item -> Diagnostic? in
                let module: (any CurriculumModule)? =
                    switch item.kind {
                    case .module: context.registry.module(item.reference)
                    case .session: context.registry.session(item.reference)?.module
                    }
                guard let pack = (module as? PackModule)?.pack, reported.insert(pack.id).inserted,
                    program.approval(pack: pack.id, version: pack.version) == nil
                else { return nil }
                let earlier = program.approvals.filter { $0.pack == pack.id }.map(\.version)
                let note = earlier.isEmpty ? "" : " (it approved \(earlier.joined(separator: ", ")); the pack changed since)"
                return .warning(
                    code, at: item.origin["ref"],
                    "the track uses \(pack.id) \(pack.version), which \(program.name) has not approved\(note): once your "
                        + "clinical lead has reviewed it, add <approval pack=\"\(pack.id)\" version=\"\(pack.version)\" "
                        + "by=\"…\" date=\"YYYY-MM-DD\"/> to \(program.file)")
            }
        }
    }
}
