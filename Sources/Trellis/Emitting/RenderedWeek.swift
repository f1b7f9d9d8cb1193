/// Everything rendered for one week: the facilitator guide and the handouts to print.
public struct RenderedWeek: Sendable {
    public let week: Int
    public let guide: FacilitatorGuide
    public let handouts: [HandoutSheet]

    public init(week: Int, guide: FacilitatorGuide, handouts: [HandoutSheet]) {
        self.week = week
        self.guide = guide
        self.handouts = handouts
    }

    /// `week-01`: the folder the week's files go in.
    public var folder: String { week < 10 ? "week-0\(week)" : "week-\(week)" }
}

extension RenderedWeek {
    /// Builds the week's guide and handouts from a plan; handouts are found through the registry.
    static func build(week: Int, plan: Plan, registry: PluginRegistry) -> RenderedWeek {
        let track = plan.track
        var sheets: [HandoutSheet.Key: (handout: Handout, uses: [(CalendarDate, String)])] = [:]
        let meetings = plan.meetings(inWeek: week).map { meeting -> FacilitatorGuide.Meeting in
            var agenda: [FacilitatorGuide.AgendaEntry] = []
            var sessions: [FacilitatorGuide.SessionPlan] = []
            for stretch in meeting.timeline {
                let block: PlannedBlock
                switch stretch {
                case .breakTime(let start, let end):
                    agenda.append(.init(start: start, end: end, label: "Break", kind: .breakTime, session: nil))
                    continue
                case .block(let planned):
                    block = planned
                }
                let kind: FacilitatorGuide.AgendaEntry.Kind =
                    block.session != nil ? .session : (block.isStanding ? .standing : .empty)
                agenda.append(
                    .init(start: block.start, end: block.end, label: block.block.displayTitle, kind: kind, session: block.session))
                guard let scheduled = block.session else { continue }
                var activityClock = block.start
                var handouts: [HandoutSheet.Key] = []
                let activities = scheduled.session.activities.map { activity -> FacilitatorGuide.TimedActivity in
                    let start = activityClock
                    activityClock = start.adding(minutes: activity.minutes)
                    var key: HandoutSheet.Key?
                    if let reference = activity.handout?.qualified(inPack: scheduled.reference.pack ?? ""),
                        let handout = registry.handout(reference)
                    {
                        let found = HandoutSheet.Key(namespace: reference.pack ?? "", id: handout.id, title: handout.title)
                        key = found
                        if !handouts.contains(found) { handouts.append(found) }
                        var entry = sheets[found] ?? (handout, [])
                        if !entry.uses.contains(where: { $0.0 == meeting.date && $0.1 == scheduled.session.title }) {
                            entry.uses.append((meeting.date, scheduled.session.title))
                        }
                        sheets[found] = entry
                    }
                    return .init(
                        activity: activity, start: start, end: activityClock, handout: key,
                        kindName: registry.activityKinds[activity.kind]?.name ?? activity.kind)
                }
                sessions.append(
                    .init(
                        scheduled: scheduled, blockTitle: block.block.displayTitle, start: block.start,
                        end: block.start.adding(minutes: scheduled.session.minutes), activities: activities,
                        handouts: handouts))
            }
            return .init(date: meeting.date, start: meeting.start, end: meeting.end, agenda: agenda, sessions: sessions)
        }
        let guide = FacilitatorGuide(
            track: track, week: week, firstDay: track.firstDay(ofWeek: week),
            lastDay: track.firstDay(ofWeek: week).adding(days: 6), hours: track.hours(inWeek: week), meetings: meetings,
            closures: plan.closures.filter { track.week(of: $0.date) == week })
        let handouts = sheets.keys.sorted().map { key in
            HandoutSheet(key: key, handout: sheets[key]!.handout, week: week, uses: sheets[key]!.uses)
        }
        return RenderedWeek(week: week, guide: guide, handouts: handouts)
    }
}
