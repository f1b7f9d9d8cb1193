/// Builds the values templates see, from the format-agnostic guide and handouts.
///
/// Plain strings go in as they are (the template's content type escapes them); inline text goes
/// in as a fragment of `format` under the key `text`, for a triple mustache. Every dictionary of
/// a recursive structure (script blocks, handout parts) sets all its flags, so that a missing
/// key never falls through to an enclosing section.
struct DocumentContext {
    let format: any TextFormat
    /// The extension of this format's files (`html`, `md`), for links between documents.
    let fileExtension: String
    let paper: Paper?
    /// The languages of the render: guides in its language, each handout in its own.
    var localization: Localization = .standard
    /// A running footer for every printed page, as a CSS `content` value (PDF only).
    var footer: String? = nil

    func inline(_ text: InlineText) -> [String: Any] { ["text": format.fragment(text)] }

    func track(_ track: Track, _ strings: InterfaceStrings) -> [String: Any] {
        [
            "id": track.id, "title": track.title, "facts": track.facts(in: strings), "groupSize": track.groupSize,
            "summary": track.summary ?? "", "hasSummary": track.summary != nil,
        ]
    }

    /// The interface words templates print, as `ui.guide.kicker` and so on, plus `lang`.
    static func interface(_ strings: InterfaceStrings) -> [String: Any] {
        var ui: [String: [String: String]] = [:]
        for key in InterfaceStrings.english.keys {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            ui[parts[0], default: [:]][parts[1]] = strings[key]
        }
        return ["ui": ui, "lang": strings.language]
    }

    var page: [String: Any] {
        ["paperSize": paper?.css ?? "", "hasPaperSize": paper != nil, "footer": footer ?? "", "hasFooter": footer != nil]
    }

    // MARK: Facilitator guide

    func guide(_ guide: FacilitatorGuide) -> [String: Any] {
        let strings = localization.interface
        let unapproved = guide.unapprovedPacks
        let protocols = guide.program?.protocols ?? []
        let program = guide.program?.name ?? ""
        let groupTitle = guide.group ?? ""
        return [
            "track": track(guide.track, strings),
            "page": page,
            "program": program,
            "hasProgram": guide.program != nil,
            "protocols": protocols.map { standing in
                ["title": standing.title, "blocks": standing.blocks.map { block($0, level: 4) }] as [String: Any]
            },
            "hasProtocols": !protocols.isEmpty,
            "unapproved": unapproved.joined(separator: ", "),
            "hasUnapproved": !unapproved.isEmpty,
            "unapprovedLead": strings["guide.unapprovedLead", ["program": program]],
            "group": groupTitle,
            "hasGroup": guide.group != nil,
            "groupOnly": strings["guide.groupOnly", ["group": groupTitle]],
            "groupHeading": strings["guide.groupHeading", ["group": groupTitle]],
            "week": guide.week,
            "documentTitle": strings["guide.documentTitle", ["week": "\(guide.week)", "track": guide.track.title]],
            "heading": strings["guide.heading", ["week": "\(guide.week)", "track": guide.track.title]],
            "span": strings.span(guide.firstDay, guide.lastDay),
            "hours": strings.hours(guide.hours),
            "weekLine": strings[
                "guide.weekLine",
                [
                    "span": strings.span(guide.firstDay, guide.lastDay), "hours": strings.hours(guide.hours),
                    "size": "\(guide.track.groupSize)",
                ]],
            "closures": guide.closures.map { closure in
                [
                    "date": strings.longDate(closure.date), "reason": closure.reason ?? "", "hasReason": closure.reason != nil,
                    "closed": strings["guide.closed", ["date": strings.longDate(closure.date)]],
                ] as [String: Any]
            },
            "hasClosures": !guide.closures.isEmpty,
            "meetings": guide.meetings.map { meeting($0, copies: guide.track.groupSize, strings) },
            "hasMeetings": !guide.meetings.isEmpty,
        ].merging(Self.interface(strings)) { first, _ in first }
    }

    private func meeting(_ meeting: FacilitatorGuide.Meeting, copies: Int, _ strings: InterfaceStrings) -> [String: Any] {
        [
            "date": strings.longDate(meeting.date),
            "start": meeting.start.description,
            "end": meeting.end.description,
            "agenda": meeting.agenda.map { entry in
                [
                    "start": entry.start.description, "end": entry.end.description, "label": entry.label,
                    "isSession": entry.kind == .session, "isStanding": entry.kind == .standing,
                    "isEmpty": entry.kind == .empty, "isBreak": entry.kind == .breakTime,
                    "title": entry.session?.session.title ?? "", "reference": entry.session?.reference.description ?? "",
                ] as [String: Any]
            },
            "sessions": meeting.sessions.map { session($0, copies: copies, strings) },
        ]
    }

    /// A session; each handout it uses is printed once per member (`copies`, the group size, or
    /// nil in a preview, where no track says how many members there are).
    func session(_ plan: FacilitatorGuide.SessionPlan, copies: Int?, _ strings: InterfaceStrings) -> [String: Any] {
        let session = plan.session
        let others = localization.handoutLanguages.dropFirst()
        return [
            "title": session.title,
            "reference": plan.scheduled.reference.description,
            "blockTitle": plan.blockTitle,
            "groupTitle": plan.group.map { group in
                group.displayTitle + (group.stayDescription(in: strings).map { ", \($0)" } ?? "")
            } ?? "",
            "hasGroup": plan.group != nil,
            "start": plan.start.description,
            "end": plan.end.description,
            "minutes": session.minutes,
            "minutesLabel": strings["guide.minutes", ["minutes": "\(session.minutes)"]],
            "sourceLanguageNote": plan.sourceLanguageNote ?? "",
            "hasSourceLanguageNote": plan.sourceLanguageNote != nil,
            "cautions": session.cautions.map(inline),
            "hasCautions": !session.cautions.isEmpty,
            "objectives": session.objectives.map(inline),
            "hasObjectives": !session.objectives.isEmpty,
            "materials": session.materials.map(inline),
            "printRuns": plan.handouts.map { key in
                [
                    "title": key.title, "file": "handouts/\(key.fileName).\(fileExtension)", "name": key.fileName, "copies": copies ?? 0,
                    "printCopies": copies.map { strings["guide.printCopies", ["copies": "\($0)"]] } ?? strings["preview.printEach"],
                    "otherLanguages": others.map { language in
                        [
                            "alsoIn": strings["guide.alsoIn", ["language": strings.languageName(language)]],
                            "file": "handouts/\(key.fileName).\(language).\(fileExtension)",
                            "name": "\(key.fileName).\(language)",
                        ]
                    },
                ] as [String: Any]
            },
            "hasMaterials": !session.materials.isEmpty || !plan.handouts.isEmpty,
            "activities": plan.activities.map(activity),
            "homework": session.homework.map(inline) ?? [:],
            "hasHomework": session.homework != nil,
        ].merging(Self.approval(plan.approval, strings)) { first, _ in first }
    }

    /// `isUnapproved` with the banner's words, or `isApproved` with the footer's.
    static func approval(_ state: ApprovalState, _ strings: InterfaceStrings) -> [String: Any] {
        ["isUnapproved": state.isNotApproved, "isApproved": state.isApproved, "approvalNote": state.note(strings) ?? ""]
    }

    private func activity(_ timed: FacilitatorGuide.TimedActivity) -> [String: Any] {
        let activity = timed.activity
        return [
            "start": timed.start.description,
            "end": timed.end.description,
            "minutes": activity.minutes,
            "title": activity.title ?? timed.kindName,
            "kind": timed.kindName,
            "script": activity.script.map { block($0, level: 6) },
            "hasScript": !activity.script.isEmpty,
            "prompts": activity.prompts.map(inline),
            "hasPrompts": !activity.prompts.isEmpty,
            "handoutTitle": timed.handout?.title ?? "",
            "handoutFile": timed.handout.map { "handouts/\($0.fileName).\(fileExtension)" } ?? "",
            "hasHandout": timed.handout != nil,
        ]
    }

    /// A script block; sections go one heading level down, to at most 6.
    func block(_ block: TextBlock, level: Int) -> [String: Any] {
        var context: [String: Any] = [
            "isParagraph": false, "isList": false, "isOrdered": false, "isSection": false,
            "text": "", "items": [[String: Any]](), "title": "", "level": min(level, 6), "blocks": [[String: Any]](),
            "hashes": String(repeating: "#", count: min(level, 6)),
        ]
        switch block {
        case .paragraph(let text):
            context["isParagraph"] = true
            context["text"] = format.fragment(text)
        case .list(let ordered, let items):
            context["isList"] = true
            context["isOrdered"] = ordered
            context["items"] = items.enumerated().map { index, item in
                ["text": format.fragment(item), "number": index + 1] as [String: Any]
            }
        case .section(let title, let blocks):
            context["isSection"] = true
            context["title"] = title
            context["blocks"] = blocks.map { self.block($0, level: level + 1) }
        }
        return context
    }

    // MARK: Handouts

    func handout(_ sheet: HandoutSheet, track: Track) -> [String: Any] {
        let strings = localization.interface(sheet.language)
        let uses = sheet.uses.map {
            strings["handout.use", ["session": $0.session, "weekday": strings.weekday($0.date.weekday), "date": strings.mediumDate($0.date)]]
        }
        return handoutPage(
            sheet.handout, name: sheet.fileName, program: sheet.program, approval: sheet.approval, strings: strings,
            footer: [
                "track": self.track(track, strings),
                "weekLabel": strings["handout.week", ["week": "\(sheet.week)"]],
                "week": sheet.week,
                "uses": uses.joined(separator: "; "),
            ])
    }

    /// What every handout template sees, with `footer`'s values for what its footer names: the
    /// track (`track`), the week (`weekLabel`, `week`) and the sessions that use it (`uses`).
    func handoutPage(
        _ handout: Handout, name: String, program: String?, approval: ApprovalState, strings: InterfaceStrings,
        footer: [String: Any]
    ) -> [String: Any] {
        [
            "page": page,
            "title": handout.title,
            "program": program ?? "",
            "hasProgram": program != nil,
            "name": name,
            "parts": handout.parts.map { part($0, level: 2) },
        ].merging(footer) { first, _ in first }.merging(Self.approval(approval, strings)) { first, _ in first }
            .merging(Self.interface(strings)) { first, _ in first }
    }

    func part(_ part: HandoutPart, level: Int) -> [String: Any] {
        var context: [String: Any] = [
            "isText": false, "isSection": false, "isField": false, "isChecklist": false, "isScale": false,
            "block": [String: Any](), "title": "", "level": min(level, 6), "parts": [[String: Any]](),
            "hashes": String(repeating: "#", count: min(level, 6)),
            "label": "", "lines": [[String: Any]](), "items": [[String: Any]](), "numbers": [[String: Any]](),
            "low": "", "high": "", "hasEnds": false, "minimum": 0, "maximum": 0,
        ]
        switch part {
        case .text(let block):
            context["isText"] = true
            context["block"] = self.block(block, level: level)
        case .section(let title, let parts):
            context["isSection"] = true
            context["title"] = title
            context["parts"] = parts.map { self.part($0, level: level + 1) }
        case .field(let field):
            context["isField"] = true
            context["label"] = field.label
            context["lines"] = (0..<max(1, field.lines)).map { ["number": $0 + 1] as [String: Any] }
        case .checklist(let items):
            context["isChecklist"] = true
            context["items"] = items.map(inline)
        case .scale(let scale):
            context["isScale"] = true
            context["label"] = scale.label
            let lowest = min(scale.minimum, scale.maximum)
            let highest = max(scale.minimum, scale.maximum)
            // More than 21 numbers would not fit a printed row: step so that at most 21 show.
            let step = max(1, (highest - lowest + 19) / 20)
            context["numbers"] = stride(from: lowest, through: highest, by: step).map { ["value": $0] as [String: Any] }
            context["minimum"] = lowest
            context["maximum"] = highest
            context["low"] = scale.low ?? ""
            context["high"] = scale.high ?? ""
            context["hasEnds"] = scale.low != nil || scale.high != nil
        }
        return context
    }
}
