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
        let base = DocumentContext(
            format: HTMLTextFormat(), fileExtension: "html", paper: input.paper, localization: input.localization)
        let strings = input.localization.interface
        let extraLanguages = input.localization.handoutLanguages.dropFirst()
        let track = input.track
        func link(_ file: EmittedFile) -> [String: Any] {
            let name = String(file.path.split(separator: "/").last ?? "")
            let language = extraLanguages.first { name.contains(".\($0).") }
            let format = input.emitterNames[file.emitter] ?? file.emitter
            return ["link": file.path, "format": format + (language.map { " (\($0))" } ?? ""), "name": name]
        }
        let general = input.files.filter { $0.week == nil && $0.role != .index }
        return [
            "documentTitle": strings["index.title", ["track": track.title]],
            "track": base.track(track, strings),
            "page": base.page,
            "program": input.program?.name ?? "",
            "hasProgram": input.program != nil,
            "general": general.map(link),
            "hasGeneral": !general.isEmpty,
            "weeks": input.weeks.map { week -> [String: Any] in
                let files = input.files.filter { $0.week == week.week }
                let meetings = track.meetings(inWeek: week.week).map { meeting -> [String: Any] in
                    let planned = week.guide.meetings.first { $0.date == meeting.date && $0.start == meeting.start }
                    return [
                        "date": "\(strings.weekday(meeting.date.weekday)) \(strings.mediumDate(meeting.date)) \(meeting.start)",
                        "closed": !meeting.happens,
                        "hasReason": meeting.closure?.reason != nil,
                        "reason": meeting.closure?.reason ?? "",
                        "blocks": Self.blocks(planned?.agenda ?? [], strings),
                    ]
                }
                let guides = files.filter { $0.role == .guide }
                let handouts = week.handouts.filter { !$0.isExtraLanguage }.compactMap { sheet -> [String: Any]? in
                    let links = files.filter { $0.role == .handout && $0.handout == sheet.key }
                    return links.isEmpty ? nil : ["title": sheet.handout.title, "links": links.map(link)]
                }
                let others = files.filter { $0.role == .other }
                return [
                    "week": week.week,
                    "weekLabel": strings["index.weekNumber", ["week": "\(week.week)"]],
                    "span": strings["span", ["first": strings.mediumDate(week.guide.firstDay), "last": strings.mediumDate(week.guide.lastDay)]],
                    "hours": strings.hours(week.guide.hours),
                    "hoursLabel": strings["index.hours", ["hours": strings.hours(week.guide.hours)]],
                    "meetings": meetings,
                    "guides": guides.map(link),
                    "hasGuides": !guides.isEmpty,
                    "handouts": handouts,
                    "hasHandouts": !handouts.isEmpty,
                    "others": others.map(link),
                    "hasOthers": !others.isEmpty,
                ]
            },
        ].merging(DocumentContext.interface(strings)) { first, _ in first }
    }

    /// The agenda's blocks, a block's groups side by side under it.
    static func blocks(_ agenda: [FacilitatorGuide.AgendaEntry], _ strings: InterfaceStrings) -> [[String: Any]] {
        var blocks: [[String: Any]] = []
        var lastStart: ClockTime?
        for entry in agenda where entry.kind != .breakTime {
            let title = entry.session?.session.title ?? (entry.kind == .standing ? strings["guide.standingGroup"] : strings["guide.noSession"])
            if let group = entry.group {
                let cell: [String: Any] = ["group": group.displayTitle, "title": title]
                if lastStart == entry.start, var last = blocks.popLast(), var groups = last["groups"] as? [[String: Any]] {
                    groups.append(cell)
                    last["groups"] = groups
                    blocks.append(last)
                } else {
                    let label = entry.label.components(separatedBy: " · ").first ?? entry.label
                    blocks.append([
                        "start": entry.start.description, "label": label, "isSession": false, "title": "",
                        "hasGroups": true, "groups": [cell],
                    ])
                }
            } else {
                blocks.append([
                    "start": entry.start.description, "label": entry.label, "isSession": entry.kind == .session,
                    "title": entry.session?.session.title ?? "", "hasGroups": false, "groups": [[String: Any]](),
                ])
            }
            lastStart = entry.start
        }
        return blocks
    }
}
