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

    func inline(_ text: InlineText) -> [String: Any] { ["text": format.fragment(text)] }

    func track(_ track: Track) -> [String: Any] {
        [
            "id": track.id, "title": track.title, "facts": track.facts, "groupSize": track.groupSize,
            "summary": track.summary ?? "", "hasSummary": track.summary != nil,
        ]
    }

    var page: [String: Any] {
        ["paperSize": paper?.css ?? "", "hasPaperSize": paper != nil]
    }

    // MARK: Facilitator guide

    func guide(_ guide: FacilitatorGuide) -> [String: Any] {
        let unapproved = guide.meetings.flatMap(\.sessions).compactMap { plan -> String? in
            if case .notApproved(let pack, let version, _) = plan.approval { "\(pack) \(version)" } else { nil }
        }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let protocols = guide.program?.protocols ?? []
        return [
            "track": track(guide.track),
            "page": page,
            "program": guide.program?.name ?? "",
            "hasProgram": guide.program != nil,
            "protocols": protocols.map { standing in
                ["title": standing.title, "blocks": standing.blocks.map { block($0, level: 4) }] as [String: Any]
            },
            "hasProtocols": !protocols.isEmpty,
            "unapproved": unapproved.joined(separator: ", "),
            "hasUnapproved": !unapproved.isEmpty,
            "group": guide.group ?? "",
            "hasGroup": guide.group != nil,
            "week": guide.week,
            "span": guide.track.span(ofWeek: guide.week),
            "hours": English.decimal(guide.hours),
            "closures": guide.closures.map { closure in
                ["date": closure.date.longDescription, "reason": closure.reason ?? "", "hasReason": closure.reason != nil]
            },
            "hasClosures": !guide.closures.isEmpty,
            "meetings": guide.meetings.map { meeting($0, copies: guide.track.groupSize) },
            "hasMeetings": !guide.meetings.isEmpty,
        ]
    }

    private func meeting(_ meeting: FacilitatorGuide.Meeting, copies: Int) -> [String: Any] {
        [
            "date": meeting.date.longDescription,
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
            "sessions": meeting.sessions.map { session($0, copies: copies) },
        ]
    }

    /// A session; each handout it uses is printed once per member (`copies`, the group size).
    private func session(_ plan: FacilitatorGuide.SessionPlan, copies: Int) -> [String: Any] {
        let session = plan.session
        return [
            "title": session.title,
            "reference": plan.scheduled.reference.description,
            "blockTitle": plan.blockTitle,
            "groupTitle": plan.group.map { group in group.displayTitle + (group.stayDescription.map { ", \($0)" } ?? "") } ?? "",
            "hasGroup": plan.group != nil,
            "start": plan.start.description,
            "end": plan.end.description,
            "minutes": session.minutes,
            "cautions": session.cautions.map(inline),
            "hasCautions": !session.cautions.isEmpty,
            "objectives": session.objectives.map(inline),
            "hasObjectives": !session.objectives.isEmpty,
            "materials": session.materials.map(inline),
            "printRuns": plan.handouts.map { key in
                ["title": key.title, "file": "handouts/\(key.fileName).\(fileExtension)", "name": key.fileName, "copies": copies]
            },
            "hasMaterials": !session.materials.isEmpty || !plan.handouts.isEmpty,
            "activities": plan.activities.map(activity),
            "homework": session.homework.map(inline) ?? [:],
            "hasHomework": session.homework != nil,
        ].merging(Self.approval(plan.approval)) { first, _ in first }
    }

    /// `isUnapproved` with the banner's words, or `isApproved` with the footer's.
    static func approval(_ state: ApprovalState) -> [String: Any] {
        switch state {
        case .approved(let approval):
            ["isUnapproved": false, "isApproved": true, "approvalNote": "Approved by \(approval.by) on \(approval.date.mediumDescription)"]
        case .notApproved(let pack, let version, let program):
            [
                "isUnapproved": true, "isApproved": false,
                "approvalNote": "Not yet approved for use at \(program): \(pack) \(version) has no approval from the program's clinical lead",
            ]
        case .notTracked:
            ["isUnapproved": false, "isApproved": false, "approvalNote": ""]
        }
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
        let uses = sheet.uses.map { "\($0.session) (\($0.date.weekday.name) \($0.date.mediumDescription))" }
        return [
            "track": self.track(track),
            "page": page,
            "title": sheet.handout.title,
            "program": sheet.program ?? "",
            "hasProgram": sheet.program != nil,
            "name": sheet.key.fileName,
            "week": sheet.week,
            "uses": uses.joined(separator: "; "),
            "parts": sheet.handout.parts.map { part($0, level: 2) },
        ].merging(Self.approval(sheet.approval)) { first, _ in first }
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
