/// Whether the program approved the pack version a session or handout comes from.
public enum ApprovalState: Hashable, Sendable {
    /// The program approved exactly this version.
    case approved(Approval)
    /// The program has not approved this version: guides and handouts say so visibly.
    case notApproved(pack: String, version: String, program: String)
    /// There is no program, or the module is written in code (it has no pack version).
    case notTracked

    /// The state of the pack behind `namespace` for `program`.
    static func of(namespace: String, registry: PluginRegistry, program: Program?) -> ApprovalState {
        guard let program,
            let pack = registry.modules[namespace]?.lazy.compactMap({ ($0 as? PackModule)?.pack }).first
        else { return .notTracked }
        if let approval = program.approval(pack: pack.id, version: pack.version) { return .approved(approval) }
        return .notApproved(pack: pack.id, version: pack.version, program: program.name)
    }

    /// What documents print for this state in the language of `strings`: the footer's
    /// "Approved by …" or the banner's "Not yet approved …"; nil when there is nothing to say.
    func note(_ strings: InterfaceStrings) -> String? {
        switch self {
        case .approved(let approval):
            strings["approval.approved", ["by": approval.by, "date": strings.mediumDate(approval.date)]]
        case .notApproved(let pack, let version, let program):
            strings["approval.notApproved", ["program": program, "pack": pack, "version": version]]
        case .notTracked:
            nil
        }
    }

    var isApproved: Bool { if case .approved = self { true } else { false } }
    var isNotApproved: Bool { if case .notApproved = self { true } else { false } }
}
