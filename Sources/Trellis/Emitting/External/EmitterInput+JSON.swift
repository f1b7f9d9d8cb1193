extension EmitterInput {
    /// The version of the document external emitters read; a change that breaks a reader bumps it.
    public static let jsonVersion = 1

    /// The rendered weeks as the versioned JSON document external emitters read on standard
    /// input (`trellis schema --emitter-input` prints its JSON Schema). Text is structured
    /// (runs, blocks, parts), never pre-rendered markup, so any format can be made from it.
    public var json: JSONValue {
        .object([
            ("trellisEmitterInput", .int(Self.jsonVersion)),
            ("generator", .string("trellis \(TrellisVersion.current)")),
            ("language", .string(localization.language)),
            ("program", program.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) } ?? .null),
            ("track", trackJSON),
            ("plan", plan.json),
            ("weeks", .array(weeks.map(Self.json(week:)))),
        ])
    }

    private var trackJSON: JSONValue {
        .object([
            ("id", .string(track.id)),
            ("version", .string(track.version)),
            ("title", .string(track.title)),
            ("summary", track.summary.map(JSONValue.string) ?? .null),
            ("admission", .string(track.admission.rawValue)),
            ("weeks", .int(track.weeks)),
            ("levelOfCare", track.levelOfCare.map { .string($0.rawValue) } ?? .null),
            ("population", .string(track.population.rawValue)),
            ("groupSize", .int(track.groupSize)),
            ("hoursPerWeek", .double(track.weeklyHours)),
        ])
    }

    private static func json(week: RenderedWeek) -> JSONValue {
        let guide = week.guide
        return .object([
            ("week", .int(week.week)),
            ("folder", .string(week.folder)),
            (
                "protocols",
                .array(
                    (week.guide.program?.protocols ?? []).map { standing in
                        .object([
                            ("id", .string(standing.id)), ("title", .string(standing.title)),
                            ("blocks", .array(standing.blocks.map(\.json))),
                        ])
                    })
            ),
            ("firstDay", .string(guide.firstDay.description)),
            ("lastDay", .string(guide.lastDay.description)),
            ("hours", .double(guide.hours)),
            (
                "closures",
                .array(
                    guide.closures.map {
                        .object([("date", .string($0.date.description)), ("reason", $0.reason.map(JSONValue.string) ?? .null)])
                    })
            ),
            ("meetings", .array(guide.meetings.map(json(meeting:)))),
            ("handouts", .array(week.handouts.map(json(handout:)))),
        ])
    }

    private static func json(meeting: FacilitatorGuide.Meeting) -> JSONValue {
        .object([
            ("date", .string(meeting.date.description)),
            ("weekday", .string(meeting.date.weekday.rawValue)),
            ("start", .string(meeting.start.description)),
            ("end", .string(meeting.end.description)),
            (
                "agenda",
                .array(
                    meeting.agenda.map { entry in
                        .object([
                            ("start", .string(entry.start.description)),
                            ("end", .string(entry.end.description)),
                            ("label", .string(entry.label)),
                            ("kind", .string(entry.kind.rawValue)),
                            ("session", entry.session.map { .string($0.reference.description) } ?? .null),
                            ("title", entry.session.map { .string($0.session.title) } ?? .null),
                            ("group", entry.group.map { .string($0.id) } ?? .null),
                        ])
                    })
            ),
            ("sessions", .array(meeting.sessions.map(json(session:)))),
        ])
    }

    private static func json(session plan: FacilitatorGuide.SessionPlan) -> JSONValue {
        let session = plan.session
        let group: JSONValue = plan.group.map { .string($0.id) } ?? .null
        let homework: JSONValue = session.homework.map(\.json) ?? .null
        let handouts: [JSONValue] = plan.handouts.map { .object([("name", .string($0.fileName)), ("title", .string($0.title))]) }
        let activities: [JSONValue] = plan.activities.map(json(activity:))
        return .object([
            ("session", .string(plan.scheduled.reference.description)),
            ("title", .string(session.title)),
            ("block", .string(plan.blockTitle)),
            ("group", group),
            ("approval", approvalJSON(plan.approval)),
            ("start", .string(plan.start.description)),
            ("end", .string(plan.end.description)),
            ("minutes", .int(session.minutes)),
            ("objectives", .array(session.objectives.map(\.json))),
            ("cautions", .array(session.cautions.map(\.json))),
            ("materials", .array(session.materials.map(\.json))),
            ("handouts", .array(handouts)),
            ("activities", .array(activities)),
            ("homework", homework),
        ])
    }

    private static func json(activity timed: FacilitatorGuide.TimedActivity) -> JSONValue {
        let title: JSONValue = timed.activity.title.map(JSONValue.string) ?? .null
        let handout: JSONValue = timed.handout.map { .string($0.fileName) } ?? .null
        return .object([
            ("kind", .string(timed.activity.kind)),
            ("kindName", .string(timed.kindName)),
            ("title", title),
            ("start", .string(timed.start.description)),
            ("end", .string(timed.end.description)),
            ("minutes", .int(timed.activity.minutes)),
            ("handout", handout),
            ("script", .array(timed.activity.script.map(\.json))),
            ("prompts", .array(timed.activity.prompts.map(\.json))),
        ])
    }

    private static func json(handout sheet: HandoutSheet) -> JSONValue {
        .object([
            ("name", .string(sheet.fileName)), ("language", .string(sheet.language)),
            ("pack", .string(sheet.key.namespace)),
            ("id", .string(sheet.key.id)),
            ("title", .string(sheet.handout.title)),
            (
                "uses",
                .array(
                    sheet.uses.map { .object([("date", .string($0.date.description)), ("session", .string($0.session))]) })
            ),
            ("approval", approvalJSON(sheet.approval)),
            ("parts", .array(sheet.handout.parts.map(\.json))),
        ])
    }

    /// `{"state": "approved", "by", "date"}`, `{"state": "not-approved"}` or `{"state": "not-tracked"}`.
    private static func approvalJSON(_ state: ApprovalState) -> JSONValue {
        switch state {
        case .approved(let approval):
            .object([("state", "approved"), ("by", .string(approval.by)), ("date", .string(approval.date.description))])
        case .notApproved: .object([("state", "not-approved")])
        case .notTracked: .object([("state", "not-tracked")])
        }
    }
}

extension InlineText {
    /// `{"plain": "…", "runs": [{"text": …} | {"em": [runs]} | {"strong": [runs]} | {"contact": id, "text": …}]}`.
    var json: JSONValue {
        .object([("plain", .string(plainText)), ("runs", .array(runs.map(\.json)))])
    }
}

extension InlineRun {
    var json: JSONValue {
        switch self {
        case .text(let text): .object([("text", .string(text))])
        case .emphasis(let runs): .object([("em", .array(runs.map(\.json)))])
        case .strong(let runs): .object([("strong", .array(runs.map(\.json)))])
        case .contact(let contact): .object([("contact", .string(contact.id)), ("text", .string(contact.text))])
        }
    }
}

extension TextBlock {
    var json: JSONValue {
        switch self {
        case .paragraph(let text): .object([("type", "paragraph"), ("text", text.json)])
        case .list(let ordered, let items):
            .object([("type", "list"), ("ordered", .bool(ordered)), ("items", .array(items.map(\.json)))])
        case .section(let title, let blocks):
            .object([("type", "section"), ("title", .string(title)), ("blocks", .array(blocks.map(\.json)))])
        }
    }
}

extension HandoutPart {
    var json: JSONValue {
        switch self {
        case .text(let block): block.json
        case .section(let title, let parts):
            .object([("type", "section"), ("title", .string(title)), ("parts", .array(parts.map(\.json)))])
        case .field(let field):
            .object([("type", "field"), ("label", .string(field.label)), ("lines", .int(field.lines))])
        case .checklist(let items):
            .object([("type", "checklist"), ("items", .array(items.map(\.json)))])
        case .scale(let scale):
            .object([
                ("type", "scale"), ("label", .string(scale.label)), ("min", .int(scale.minimum)), ("max", .int(scale.maximum)),
                ("low", scale.low.map(JSONValue.string) ?? .null), ("high", scale.high.map(JSONValue.string) ?? .null),
            ])
        }
    }
}
