/// The values the preview templates see. The sessions are the same values a week's guide gives
/// `guide-session.*`, and the handouts the same a week's handout gives `handout.*`, so a preview
/// prints exactly as a render will; only what a track adds (dates, weeks, print counts) differs.
extension DocumentContext {
    /// The preview guide: the pack, an overview of its sessions, then each module's sessions.
    func preview(_ preview: PackPreview) -> [String: Any] {
        let strings = localization.interface
        var modules: [[String: Any]] = []
        var current: (title: String, sessions: [[String: Any]])?
        for entry in preview.sessions {
            let session = self.session(entry.plan, copies: nil, strings).merging(["anchor": Self.anchor(entry)]) { first, _ in first }
            if let open = current, open.title == entry.module {
                current?.sessions.append(session)
            } else {
                if let open = current { modules.append(["title": open.title, "sessions": open.sessions]) }
                current = (entry.module, [session])
            }
        }
        if let open = current { modules.append(["title": open.title, "sessions": open.sessions]) }
        return [
            "documentTitle": strings["preview.documentTitle", ["pack": preview.pack.title]],
            "heading": strings["preview.heading", ["pack": preview.pack.title]],
            "page": page,
            "pack": pack(preview, strings),
            "program": preview.program ?? "",
            "hasProgram": preview.program != nil,
            "note": strings["preview.note"],
            "only": preview.onlySession.map { strings["preview.only", ["session": $0]] } ?? "",
            "hasOnly": preview.onlySession != nil,
            "unapproved": preview.approval.isNotApproved ? "\(preview.pack.id) \(preview.pack.version)" : "",
            "hasUnapproved": preview.approval.isNotApproved,
            "unapprovedLead": strings["guide.unapprovedLead", ["program": preview.program ?? ""]],
            "overview": preview.sessions.map { entry in
                [
                    "number": entry.number, "title": entry.plan.session.title, "reference": entry.plan.scheduled.reference.description,
                    "minutes": entry.plan.session.minutes, "anchor": Self.anchor(entry),
                    "handouts": entry.plan.handouts.map(\.title).joined(separator: "; "),
                ] as [String: Any]
            },
            "modules": modules,
        ].merging(Self.interface(strings)) { first, _ in first }
    }

    /// A handout of the preview: its footer names the pack, says "Preview" where a week goes,
    /// and lists the sessions that give it out, with no dates.
    func previewHandout(_ sheet: PackPreview.Sheet, of preview: PackPreview) -> [String: Any] {
        let strings = localization.interface(sheet.language)
        return handoutPage(
            sheet.handout, name: sheet.key.fileName, program: preview.program, approval: sheet.approval, strings: strings,
            footer: [
                "track": pack(preview, strings),
                "weekLabel": strings["preview.label"],
                "week": 0,
                "uses": sheet.sessions.isEmpty ? strings["preview.unused"] : sheet.sessions.joined(separator: "; "),
            ])
    }

    /// The pack where a guide or handout expects the track: its id, title, summary and facts.
    func pack(_ preview: PackPreview, _ strings: InterfaceStrings) -> [String: Any] {
        let pack = preview.pack
        let count = preview.sessions.count
        let sessions = count == 1 ? strings["preview.oneSession"] : strings["preview.sessions", ["count": "\(count)"]]
        return [
            "id": pack.id, "title": pack.title, "version": pack.version, "summary": pack.summary,
            "hasSummary": !pack.summary.isEmpty, "groupSize": 0,
            "facts": strings[
                "preview.facts",
                ["sessions": sessions, "hours": strings.hours(Double(preview.minutes) / 60), "id": pack.id, "version": pack.version]],
        ]
    }

    /// `session-ID`: where a session starts in the HTML guide, for links from the index.
    static func anchor(_ entry: PackPreview.Entry) -> String { "session-\(entry.plan.session.id)" }
}
