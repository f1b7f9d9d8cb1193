/// One pack as its facilitators and members will see it, before any track uses it: every
/// session laid out as a guide lays it out, on a clock that starts at 00:00 (no dates, no week),
/// and every handout as members get it. Format-agnostic, like `FacilitatorGuide`: the files come
/// from `files(formats:templates:paper:)`.
///
/// Built from values already loaded and checked, with no files read, so a watcher can build it
/// again on every save.
public struct PackPreview: Sendable {
    /// A session of the preview, with where it stands in the pack.
    public struct Entry: Sendable {
        /// 1 for the pack's first session, in document order across modules.
        public let number: Int
        /// The title of the module the session is in.
        public let module: String
        /// The session on the preview's clock, with its activities and handouts.
        public let plan: FacilitatorGuide.SessionPlan
    }

    /// A handout of the preview.
    public struct Sheet: Sendable {
        /// The handout's pack and id: its files are `handouts/PACK--HANDOUT.EXT`.
        public let key: HandoutSheet.Key
        /// In the preview's language where a translation gives it, contacts resolved.
        public let handout: Handout
        /// The titles of the previewed sessions that hand it out, in order; empty for a handout
        /// no session uses yet.
        public let sessions: [String]
        /// Whether the program approved the version of the pack it comes from.
        public let approval: ApprovalState
        /// The language it is printed in.
        public let language: String
    }

    /// The pack as loaded (its title and summary head the preview).
    public let pack: Pack
    /// The previewed sessions, in pack order: all of them, or the one asked for.
    public let sessions: [Entry]
    /// Every handout of the pack, in pack order, then handouts of other packs the sessions give
    /// out; with one session, only the handouts it gives out.
    public let handouts: [Sheet]
    /// The program's name, printed as a guide prints it.
    public let program: String?
    /// Whether the program approved this version of the pack.
    public let approval: ApprovalState
    /// The id of the one session previewed, or nil for the whole pack.
    public let onlySession: String?
    /// The language of the guide and handouts, with the translations that give the pack's text in it.
    public let localization: Localization

    /// The preview of `pack`, or of its session `session` alone (which must be one of its
    /// sessions: the pipeline checks that first). Sessions, handouts and contacts are looked up
    /// through `registry` and `program`, as a render does.
    public static func build(
        pack: Pack, session: String? = nil, registry: PluginRegistry, program: Program? = nil,
        localization: Localization = .standard
    ) -> PackPreview {
        let strings = localization.interface
        let language = localization.language
        func sourceLanguage(_ namespace: String) -> String? {
            registry.modules[namespace]?.lazy.compactMap { ($0 as? PackModule)?.pack.language }.first
        }
        let display = { (id: String) in program?.contact(id: id)?.display(in: language) }
        let approval = ApprovalState.of(namespace: pack.id, registry: registry, program: program)
        let count = pack.sessions.count
        var found: [HandoutSheet.Key: (handout: Handout, sessions: [String], approval: ApprovalState)] = [:]
        var order: [HandoutSheet.Key] = []
        func sheet(_ reference: Reference) -> HandoutSheet.Key? {
            let namespace = reference.pack ?? pack.id
            guard let source = registry.handout(reference) else { return nil }
            let handout = localization.handout(source, of: namespace, in: language, source: sourceLanguage(namespace)).handout
            let key = HandoutSheet.Key(namespace: namespace, id: handout.id, title: handout.title)
            if found[key] == nil {
                order.append(key)
                found[key] = (
                    handout.resolvingContacts(display), [],
                    namespace == pack.id ? approval : ApprovalState.of(namespace: namespace, registry: registry, program: program)
                )
            }
            return key
        }

        var entries: [Entry] = []
        var number = 0
        for module in pack.modules {
            for source in module.sessions {
                number += 1
                guard session == nil || source.id == session else { continue }
                let (words, fallback) = localization.session(source, of: pack.id, in: language, source: pack.language)
                let scheduled = SequencedSession(
                    reference: Reference(pack: pack.id, local: source.id), session: words.resolvingContacts(display),
                    item: source.origin)
                let start = ClockTime(minutes: 0)
                let activities = FacilitatorGuide.TimedActivity.timeline(
                    scheduled.session.activities, of: pack.id, from: start, registry: registry, strings: strings, handout: sheet)
                for key in activities.handouts {
                    found[key]?.sessions.append(scheduled.session.title)
                }
                let plan = FacilitatorGuide.SessionPlan(
                    scheduled: scheduled,
                    blockTitle: strings["preview.sessionNumber", ["number": "\(number)", "count": "\(count)"]],
                    group: nil, start: start, end: start.adding(minutes: scheduled.session.minutes), activities: activities,
                    handouts: activities.handouts, approval: approval,
                    sourceLanguageNote: fallback.map {
                        strings["guide.untranslated", ["language": strings.languageName(language), "source": strings.languageName($0)]]
                    })
                entries.append(Entry(number: number, module: module.title, plan: plan))
            }
        }
        // The whole pack shows every handout, used or not yet, the pack's own first in its order.
        if session == nil {
            let own = pack.handouts.compactMap { sheet(Reference(pack: pack.id, local: $0.id)) }
            let first = Set(own)
            order = own + order.filter { !first.contains($0) }
        }
        let handouts = order.compactMap { key -> Sheet? in
            guard let entry = found[key] else { return nil }
            return Sheet(key: key, handout: entry.handout, sessions: entry.sessions, approval: entry.approval, language: language)
        }
        return PackPreview(
            pack: pack, sessions: entries, handouts: handouts, program: program?.name, approval: approval,
            onlySession: session, localization: localization)
    }

    /// Minutes of every previewed session together.
    public var minutes: Int { sessions.reduce(0) { $0 + $1.plan.session.minutes } }
}
