import Foundation

/// Editable Word documents (`docx`): per week, `facilitator-guide.docx`, and per handout
/// `handouts/PACK--HANDOUT.docx`, in the same words and order as the HTML: real Heading 1–3
/// styles, tables for agendas and activity plans, bulleted and numbered lists, ☐ boxes for
/// checklists and fidelity items, ruled writing lines, page breaks between sessions, the footer
/// in the document footer, and `w:lang` set. Byte-identical for the same input.
public struct WordEmitter: Emitter {
    public let id = "docx"
    public let displayName = "Word"

    public init() {}

    public func emit(_ input: EmitterInput) throws -> [EmittedFile] {
        var files: [EmittedFile] = []
        for week in input.weeks {
            let strings = input.localization.interface
            let guide = WordEmitter.guide(week.guide, strings: strings, localization: input.localization)
            let weekLabel = strings["handout.week", ["week": "\(week.week)"]]
            let footer = [input.program?.name, input.track.title, weekLabel, strings["print.guide"]].compactMap { $0 }
                .joined(separator: " · ")
            let package = WordPackage(
                body: guide.body, footer: footer, language: Self.wordLanguage(strings.language),
                numberedLists: guide.numberedLists, title: strings["guide.heading", ["track": input.track.title, "week": "\(week.week)"]])
            files.append(
                EmittedFile(path: "\(week.folder)/facilitator-guide.docx", contents: Array(try package.data()), role: .guide, week: week.week))
            for sheet in week.handouts {
                let sheetStrings = input.localization.interface(sheet.language)
                var text = WordText()
                if sheet.approval.isNotApproved, let note = sheet.approval.note(sheetStrings) {
                    text.text(note + ".", bold: true, style: "Caution")
                }
                text.heading(1, sheet.handout.title)
                text.parts(sheet.handout.parts, level: 2, circleOne: sheetStrings["handout.circleOne"])
                let uses = sheet.uses.map {
                    sheetStrings[
                        "handout.use",
                        ["session": $0.session, "weekday": sheetStrings.weekday($0.date.weekday), "date": sheetStrings.mediumDate($0.date)]]
                }
                let footer = [sheet.program, input.track.title, sheetStrings["handout.week", ["week": "\(sheet.week)"]], uses.joined(separator: "; ")]
                    .compactMap { $0 }.joined(separator: " · ")
                if sheet.approval.isApproved, let note = sheet.approval.note(sheetStrings) {
                    text.text(note, italic: true)
                }
                let package = WordPackage(
                    body: text.body, footer: footer, language: Self.wordLanguage(sheetStrings.language),
                    numberedLists: text.numberedLists, title: sheet.handout.title)
                files.append(
                    EmittedFile(
                        path: "\(week.folder)/handouts/\(sheet.fileName).docx", contents: Array(try package.data()), role: .handout,
                        week: week.week, handout: sheet.key))
            }
        }
        return files
    }

    /// `w:lang` wants a region: `en` → `en-US`, `es` → `es-MX`; a tag with a region stays.
    static func wordLanguage(_ language: String) -> String {
        guard !language.contains("-") else { return language }
        return ["en": "en-US", "es": "es-MX"][language] ?? language
    }

    /// The facilitator guide's body, in the order the HTML guide prints it.
    static func guide(_ guide: FacilitatorGuide, strings: InterfaceStrings, localization: Localization) -> WordText {
        var text = WordText()
        let program = guide.program?.name
        text.text(([program].compactMap { $0 } + [strings["guide.kicker"]]).joined(separator: " · "), bold: true)
        text.paragraph(
            WordText.run(strings["guide.heading", ["track": guide.track.title, "week": "\(guide.week)"]]), style: "Heading1")
        text.text(
            strings[
                "guide.weekLine",
                ["span": strings.span(guide.firstDay, guide.lastDay), "hours": strings.hours(guide.hours), "size": "\(guide.track.groupSize)"]])
        text.text(guide.track.facts(in: strings), italic: true)
        let unapproved = guide.unapprovedPacks
        if !unapproved.isEmpty {
            text.paragraph(
                WordText.run(strings["guide.unapprovedLead", ["program": program ?? ""]] + " ", bold: true)
                    + WordText.run(unapproved.joined(separator: ", ") + ". " + strings["guide.unapprovedTail"]), style: "Caution")
        }
        if let protocols = guide.program?.protocols, !protocols.isEmpty {
            text.heading(2, strings["guide.protocols"])
            for standing in protocols {
                text.heading(3, standing.title)
                text.blocks(standing.blocks, level: 4)
            }
        }
        for closure in guide.closures {
            text.text(
                strings["guide.closed", ["date": strings.longDate(closure.date)]] + (closure.reason.map { ": \($0)" } ?? "") + ". "
                    + strings["guide.noGroupMeets"], italic: true)
        }
        if guide.meetings.isEmpty { text.text(strings["guide.noMeetings"]) }
        let copies = guide.track.groupSize
        for (index, meeting) in guide.meetings.enumerated() {
            text.paragraph(
                WordText.run("\(strings.longDate(meeting.date)) · \(meeting.start)–\(meeting.end)"), style: "Heading2",
                pageBreakBefore: index > 0 || guide.program?.protocols.isEmpty == false)
            text.table(
                header: [strings["guide.time"], strings["guide.group"], strings["guide.session"]],
                rows: meeting.agenda.map { entry in
                    let what: String =
                        switch entry.kind {
                        case .session: entry.session.map { "\($0.session.title) (\($0.reference))" } ?? ""
                        case .standing: strings["guide.standingGroup"]
                        case .empty: strings["guide.noSession"]
                        case .breakTime: ""
                        }
                    return [WordText.run("\(entry.start)–\(entry.end)"), WordText.run(entry.label), WordText.run(what)]
                })
            for plan in meeting.sessions {
                session(plan, into: &text, strings: strings, localization: localization, copies: copies)
            }
        }
        return text
    }

    private static func session(
        _ plan: FacilitatorGuide.SessionPlan, into text: inout WordText, strings: InterfaceStrings, localization: Localization,
        copies: Int
    ) {
        let session = plan.session
        let group = plan.group.map { group in
            " · " + group.displayTitle + (group.stayDescription(in: strings).map { ", \($0)" } ?? "")
        } ?? ""
        text.paragraph(
            WordText.run("\(plan.start)–\(plan.end) · \(plan.blockTitle)\(group): \(session.title)"), style: "Heading3",
            pageBreakBefore: true)
        let note = plan.approval.note(strings)
        let approved = plan.approval.isApproved ? " · " + (note ?? "") : ""
        text.text("\(plan.scheduled.reference) · " + strings["guide.minutes", ["minutes": "\(session.minutes)"]] + approved)
        if let note = plan.sourceLanguageNote { text.text(note, italic: true) }
        if plan.approval.isNotApproved, let note {
            text.text(note + ".", bold: true, style: "Caution")
        }
        if !session.cautions.isEmpty {
            text.text(strings["guide.cautions"], bold: true, style: "Caution")
            for caution in session.cautions { text.paragraph(WordText.run("⚠ ") + WordText.runs(caution), style: "Caution") }
        }
        if !session.objectives.isEmpty {
            text.text(strings["guide.objectives"], bold: true)
            text.list(session.objectives.map { WordText.runs($0) })
        }
        if !session.materials.isEmpty || !plan.handouts.isEmpty {
            text.text(strings["guide.materials"], bold: true)
            let others = localization.handoutLanguages.dropFirst()
            text.list(
                session.materials.map { WordText.runs($0) }
                    + plan.handouts.map { key in
                        WordText.run(strings["guide.printCopies", ["copies": "\(copies)"]] + " ", bold: true)
                            + WordText.run("\(key.title) (\(key.fileName))"
                                + others.map { "; " + strings["guide.alsoIn", ["language": strings.languageName($0)]] + " \(key.fileName).\($0)" }
                                .joined())
                    })
        }
        text.text(strings["guide.activities"], bold: true)
        text.table(
            header: [strings["guide.time"], strings["guide.activity"], strings["guide.minutesHeading"]],
            rows: plan.activities.map { timed in
                [
                    WordText.run("\(timed.start)–\(timed.end)"), WordText.run(timed.activity.title ?? timed.kindName),
                    WordText.run("\(timed.activity.minutes)"),
                ]
            })
        for timed in plan.activities {
            let activity = timed.activity
            text.paragraph(
                WordText.run("\(timed.start)–\(timed.end) · \(activity.title ?? timed.kindName)", bold: true)
                    + WordText.run(" (\(timed.kindName), \(activity.minutes) \(strings["guide.min"]))"), keepNext: true)
            if let handout = timed.handout {
                text.paragraph(WordText.run(strings["guide.handout"] + " ", bold: true) + WordText.run(handout.title))
            }
            text.blocks(activity.script, level: 4)
            for prompt in activity.prompts {
                text.paragraph(WordText.run(strings["guide.askMembers"] + " ", bold: true) + WordText.runs(prompt))
            }
        }
        if let homework = session.homework {
            text.text(strings["guide.homework"], bold: true)
            text.paragraph(WordText.runs(homework))
        }
        text.text(strings["guide.fidelity"], bold: true)
        text.text(strings["guide.fidelityNote"], italic: true)
        text.checklist(plan.activities.map { WordText.run("\($0.start)–\($0.end) \($0.activity.title ?? $0.kindName)") })
        text.text(strings["guide.changed"], bold: true)
        text.writingLines(2)
        text.text(strings["guide.signed"], bold: true)
        text.writingLines(1)
    }
}
