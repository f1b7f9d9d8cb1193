/// `index.html`: the track at a glance, weeks × meetings × blocks, linking every file the other
/// emitters of this render wrote — and only those.
public struct IndexEmitter: Emitter {
    public let id = "index"
    public let displayName = "Index"
    public let alwaysRuns = true
    public let phase = EmitterPhase.summary

    public init() {}

    public func emit(_ input: EmitterInput) throws -> [EmittedFile] {
        [EmittedFile(path: "index.html", text: try input.templates.render("index.html", context(input)), role: .index)]
    }

    func context(_ input: EmitterInput) -> [String: Any] {
        let base = DocumentContext(format: HTMLTextFormat(), fileExtension: "html", paper: input.paper)
        let track = input.track
        func link(_ file: EmittedFile) -> [String: Any] {
            ["link": file.path, "format": input.emitterNames[file.emitter] ?? file.emitter,
             "name": String(file.path.split(separator: "/").last ?? "")]
        }
        let general = input.files.filter { $0.week == nil && $0.role != .index }
        return [
            "track": base.track(track),
            "page": base.page,
            "general": general.map(link),
            "hasGeneral": !general.isEmpty,
            "weeks": input.weeks.map { week -> [String: Any] in
                let files = input.files.filter { $0.week == week.week }
                let meetings = track.meetings(inWeek: week.week).map { meeting -> [String: Any] in
                    let planned = week.guide.meetings.first { $0.date == meeting.date && $0.start == meeting.start }
                    return [
                        "date": "\(meeting.date.weekday.name) \(meeting.date.mediumDescription) \(meeting.start)",
                        "closed": !meeting.happens,
                        "hasReason": meeting.closure?.reason != nil,
                        "reason": meeting.closure?.reason ?? "",
                        "blocks": (planned?.agenda ?? []).filter { $0.kind != .breakTime }.map { entry in
                            [
                                "start": entry.start.description, "label": entry.label,
                                "isSession": entry.kind == .session, "title": entry.session?.session.title ?? "",
                            ] as [String: Any]
                        },
                    ]
                }
                let guides = files.filter { $0.role == .guide }
                let handouts = week.handouts.compactMap { sheet -> [String: Any]? in
                    let links = files.filter { $0.role == .handout && $0.handout == sheet.key }
                    return links.isEmpty ? nil : ["title": sheet.handout.title, "links": links.map(link)]
                }
                let others = files.filter { $0.role == .other }
                return [
                    "week": week.week,
                    "span": "\(week.guide.firstDay.mediumDescription) to \(week.guide.lastDay.mediumDescription)",
                    "hours": English.decimal(week.guide.hours),
                    "meetings": meetings,
                    "guides": guides.map(link),
                    "hasGuides": !guides.isEmpty,
                    "handouts": handouts,
                    "hasHandouts": !handouts.isEmpty,
                    "others": others.map(link),
                    "hasOthers": !others.isEmpty,
                ]
            },
        ]
    }
}
