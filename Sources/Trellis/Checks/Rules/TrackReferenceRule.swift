/// TR201: a track's `module` or `session` ref that names nothing loaded.
struct TrackReferenceRule: Rule {
    let code = DiagnosticCode.trackReferenceNotLoaded

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap(\.streams).flatMap(\.items).compactMap { item in
            problem(with: item, in: context.library).map {
                .error(code, at: item.origin["ref"], "<\(item.kind.rawValue) ref=\"\(item.reference)\">: \($0)")
            }
        }
    }

    /// What is wrong with the reference, or nil when it resolves.
    private func problem(with item: TrackStream.Item, in library: CurriculumLibrary) -> String? {
        guard let packID = item.reference.pack else {
            return "a track must name the pack as well: write ref=\"pack-id/\(item.reference.local)\""
        }
        guard let pack = library.pack(id: packID) else {
            return "no pack \"\(packID)\" is loaded; check the pack id, or add the pack to the curricula path"
        }
        let local = item.reference.local
        switch item.kind {
        case .module:
            if pack.module(id: local) != nil { return nil }
            if pack.session(id: local) != nil { return "\"\(local)\" is a session: use <session ref=\"\(item.reference)\"/>" }
            return "pack \"\(packID)\" has no module \"\(local)\" (it has \(pack.modules.map(\.id).joined(separator: ", ")))"
        case .session:
            if pack.session(id: local) != nil { return nil }
            if pack.module(id: local) != nil { return "\"\(local)\" is a module: use <module ref=\"\(item.reference)\"/>" }
            return "pack \"\(packID)\" has no session \"\(local)\""
        }
    }
}
