/// TR201: a track's `module` or `session` ref that names nothing loaded. References resolve
/// through the registry, so a plugin's module counts as loaded.
struct TrackReferenceRule: Rule {
    let code = DiagnosticCode.trackReferenceNotLoaded

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap(\.streams).flatMap(\.items).compactMap { item in
            problem(with: item, in: context.registry).map {
                .error(code, at: item.origin["ref"], "<\(item.kind.rawValue) ref=\"\(item.reference)\">: \($0)")
            }
        }
    }

    /// What is wrong with the reference, or nil when it resolves.
    private func problem(with item: TrackStream.Item, in registry: PluginRegistry) -> String? {
        guard let namespace = item.reference.pack else {
            return "a track must name the pack as well: write ref=\"pack-id/\(item.reference.local)\""
        }
        guard registry.hasNamespace(namespace) else {
            return "no pack \"\(namespace)\" is loaded; check the pack id, or add the pack to the curricula path"
        }
        let local = item.reference.local
        let isModule = registry.module(item.reference) != nil
        let isSession = registry.session(item.reference) != nil
        switch item.kind {
        case .module:
            if isModule { return nil }
            if isSession { return "\"\(local)\" is a session: use <session ref=\"\(item.reference)\"/>" }
            let known = (registry.modules[namespace] ?? []).map(\.id).joined(separator: ", ")
            return "pack \"\(namespace)\" has no module \"\(local)\" (it has \(known))"
        case .session:
            if isSession { return nil }
            if isModule { return "\"\(local)\" is a module: use <module ref=\"\(item.reference)\"/>" }
            return "pack \"\(namespace)\" has no session \"\(local)\""
        }
    }
}
