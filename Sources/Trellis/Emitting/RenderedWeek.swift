/// Everything rendered for one week: the facilitator guide and the handouts to print.
public struct RenderedWeek: Sendable {
    public let week: Int
    public let guide: FacilitatorGuide
    public let handouts: [HandoutSheet]
    /// The languages it is printed in.
    public let localization: Localization

    public init(week: Int, guide: FacilitatorGuide, handouts: [HandoutSheet], localization: Localization = .standard) {
        self.week = week
        self.guide = guide
        self.handouts = handouts
        self.localization = localization
    }

    /// `week-01`: the folder the week's files go in.
    public var folder: String { week < 10 ? "week-0\(week)" : "week-\(week)" }
}

extension RenderedWeek {
    /// Builds the week's guide and handouts from a plan; handouts are found through the registry,
    /// contacts resolved with the program's, and with `group`, only that group's sessions.
    static func build(
        week: Int, plan: Plan, registry: PluginRegistry, program: Program? = nil, group: String? = nil,
        localization: Localization = .standard
    ) -> RenderedWeek {
        let track = plan.track
        let strings = localization.interface
        func sourceLanguage(_ namespace: String) -> String? {
            registry.modules[namespace]?.lazy.compactMap { ($0 as? PackModule)?.pack.language }.first
        }
        let language = localization.language
        func contacts(in language: String) -> (String) -> String? {
            { id in program?.contact(id: id)?.display(in: language) }
        }
        let display = contacts(in: language)
        var sheets: [HandoutSheet.Key: (handout: Handout, uses: [(CalendarDate, String)], approval: ApprovalState)] = [:]
        var approvals: [String: ApprovalState] = [:]
        func approval(_ namespace: String) -> ApprovalState {
            if let known = approvals[namespace] { return known }
            let state = ApprovalState.of(namespace: namespace, registry: registry, program: program)
            approvals[namespace] = state
            return state
        }
        let meetings = plan.meetings(inWeek: week).map { meeting -> FacilitatorGuide.Meeting in
            var agenda: [FacilitatorGuide.AgendaEntry] = []
            var sessions: [FacilitatorGuide.SessionPlan] = []
            for stretch in meeting.timeline {
                let block: PlannedBlock
                switch stretch {
                case .breakTime(let start, let end):
                    agenda.append(.init(start: start, end: end, label: strings["agenda.break"], kind: .breakTime, session: nil, group: nil))
                    continue
                case .block(let planned):
                    block = planned
                }
                for room in block.rooms {
                    let kind: FacilitatorGuide.AgendaEntry.Kind =
                        room.session != nil ? .session : (room.isStanding ? .standing : .empty)
                    let label = block.block.displayTitle + (room.group.map { " · \($0.displayTitle)" } ?? "")
                    agenda.append(
                        .init(start: block.start, end: block.end, label: label, kind: kind, session: room.session, group: room.group))
                    guard var scheduled = room.session, group == nil || room.group?.id == group else { continue }
                    let namespace = scheduled.reference.pack ?? ""
                    let (words, fallback) = localization.session(
                        scheduled.session, of: namespace, in: language, source: sourceLanguage(namespace))
                    scheduled = SequencedSession(reference: scheduled.reference, session: words, item: scheduled.item)
                        .resolvingContacts(display)
                    let activities = FacilitatorGuide.TimedActivity.timeline(
                        scheduled.session.activities, of: namespace, from: block.start, registry: registry, strings: strings
                    ) { reference in
                        guard let source = registry.handout(reference) else { return nil }
                        let handout = localization.handout(
                            source, of: reference.pack ?? "", in: language, source: sourceLanguage(reference.pack ?? "")
                        ).handout
                        let found = HandoutSheet.Key(namespace: reference.pack ?? "", id: handout.id, title: handout.title)
                        var entry = sheets[found]
                            ?? (handout.resolvingContacts(display), [], approval(reference.pack ?? ""))
                        if !entry.uses.contains(where: { $0.0 == meeting.date && $0.1 == scheduled.session.title }) {
                            entry.uses.append((meeting.date, scheduled.session.title))
                        }
                        sheets[found] = entry
                        return found
                    }
                    sessions.append(
                        .init(
                            scheduled: scheduled, blockTitle: block.block.displayTitle, group: room.group, start: block.start,
                            end: block.start.adding(minutes: scheduled.session.minutes), activities: activities,
                            handouts: activities.handouts, approval: approval(namespace),
                            sourceLanguageNote: fallback.map {
                                strings["guide.untranslated", ["language": strings.languageName(language), "source": strings.languageName($0)]]
                            }))
                }
            }
            return .init(date: meeting.date, start: meeting.start, end: meeting.end, agenda: agenda, sessions: sessions)
        }
        let guide = FacilitatorGuide(
            track: track, week: week, firstDay: track.firstDay(ofWeek: week),
            lastDay: track.firstDay(ofWeek: week).adding(days: 6), hours: track.hours(inWeek: week), meetings: meetings,
            closures: plan.closures.filter { track.week(of: $0.date) == week },
            program: program.map {
                ProgramHeader(name: $0.name, protocols: $0.protocols(in: language).map { $0.resolvingContacts(display) })
            },
            group: group)
        // Each handout in the guide's language, then in every other language asked for, each
        // from its translation where one exists (`PACK--HANDOUT.LANG`).
        let handouts = sheets.keys.sorted().flatMap { key in
            localization.handoutLanguages.enumerated().map { index, sheetLanguage in
                let entry = sheets[key]!
                let handout =
                    index == 0
                    ? entry.handout
                    : registry.handout(Reference(pack: key.namespace, local: key.id)).map {
                        localization.handout($0, of: key.namespace, in: sheetLanguage, source: sourceLanguage(key.namespace)).handout
                            .resolvingContacts(contacts(in: sheetLanguage))
                    } ?? entry.handout
                return HandoutSheet(
                    key: key, handout: handout, week: week, uses: entry.uses, approval: entry.approval, program: program?.name,
                    language: sheetLanguage, isExtraLanguage: index > 0)
            }
        }
        return RenderedWeek(week: week, guide: guide, handouts: handouts, localization: localization)
    }
}

extension SequencedSession {
    /// The same scheduled session with its text's contacts resolved for printing.
    func resolvingContacts(_ display: (String) -> String?) -> SequencedSession {
        SequencedSession(reference: reference, session: session.resolvingContacts(display), item: item)
    }
}
