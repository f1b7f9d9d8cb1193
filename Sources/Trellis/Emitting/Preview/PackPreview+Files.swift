import Foundation

extension PackPreview {
    /// The formats a preview writes, by the ids `render --format` uses for the same documents.
    public static let formats = ["markdown", "html", "pdf"]

    /// The files of the preview, sorted by path: per format, `facilitator-guide.EXT` (every
    /// session, each from a new page) and `handouts/PACK--HANDOUT.EXT` (PDF: one `handouts.pdf`),
    /// and always `index.html`, linking them. `formats` must be drawn from `PackPreview.formats`.
    ///
    /// Markdown and HTML are byte-identical for the same input; PDF needs headless Chromium, as a
    /// render's does, and throws `HeadlessBrowser.Failure` without it.
    public func files(formats: [String], templates: TemplateSet, paper: Paper? = nil) throws -> [EmittedFile] {
        var files: [EmittedFile] = []
        for format in formats {
            switch format {
            case "markdown": files += try documents(MarkdownTextFormat(), "md", templates, paper)
            case "html": files += try documents(HTMLTextFormat(), "html", templates, paper)
            case "pdf": files += try pdf(templates, paper)
            default: continue
            }
        }
        files.sort { $0.path < $1.path }
        files.append(try index(files, templates, paper))
        return files.sorted { $0.path < $1.path }
    }

    private func documents(_ format: any TextFormat, _ fileExtension: String, _ templates: TemplateSet, _ paper: Paper?) throws
        -> [EmittedFile]
    {
        let context = DocumentContext(format: format, fileExtension: fileExtension, paper: paper, localization: localization)
        let emitter = fileExtension == "md" ? "markdown" : "html"
        var files = [
            EmittedFile(
                path: "facilitator-guide.\(fileExtension)",
                text: try templates.render("pack-preview.\(fileExtension)", context.preview(self)), role: .guide)
        ]
        for sheet in handouts {
            files.append(
                EmittedFile(
                    path: "handouts/\(sheet.key.fileName).\(fileExtension)",
                    text: try templates.render("handout.\(fileExtension)", context.previewHandout(sheet, of: self)),
                    role: .handout, handout: sheet.key))
        }
        return files.map { file in
            var file = file
            file.emitter = emitter
            return file
        }
    }

    /// `facilitator-guide.pdf` and `handouts.pdf`, printed from the HTML by one browser.
    private func pdf(_ templates: TemplateSet, _ paper: Paper?) throws -> [EmittedFile] {
        guard let executable = HeadlessBrowser.find() else { throw HeadlessBrowser.Failure.notInstalled }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("trellis-preview-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        let strings = localization.interface
        let document = [program, pack.title, strings["preview.label"]].compactMap { $0 }.joined(separator: " · ")
        func context(_ kind: String) -> DocumentContext {
            DocumentContext(
                format: HTMLTextFormat(), fileExtension: "html", paper: paper, localization: localization,
                footer: PDFEmitter.cssFooter(strings["print.footer", ["document": document + " · " + strings[kind]]]))
        }
        var pages: [(path: String, html: URL, role: FileRole)] = []
        let guidePage = folder.appendingPathComponent("guide.html")
        try Data(try templates.render("pack-preview.html", context("print.guide").preview(self)).utf8).write(to: guidePage)
        pages.append(("facilitator-guide.pdf", guidePage, .guide))
        if !handouts.isEmpty {
            let sheets = context("print.handouts")
            let values: [String: Any] = [
                "documentTitle": document + " · " + strings["print.handouts"],
                "track": sheets.pack(self, strings),
                "page": sheets.page,
                "handouts": handouts.map { sheets.previewHandout($0, of: self) },
            ].merging(DocumentContext.interface(strings)) { first, _ in first }
            let handoutsPage = folder.appendingPathComponent("handouts.html")
            try Data(try templates.render("handouts.html", values).utf8).write(to: handoutsPage)
            pages.append(("handouts.pdf", handoutsPage, .other))
        }
        let browser = try HeadlessBrowser(executable: executable, timeout: 120)
        defer { browser.stop() }
        return try pages.map { page in
            var file = EmittedFile(path: page.path, contents: Array(try browser.printPDF(url: page.html)), role: page.role)
            file.emitter = "pdf"
            return file
        }
    }

    /// `index.html`: the sessions and handouts of the preview, linking every file written.
    private func index(_ files: [EmittedFile], _ templates: TemplateSet, _ paper: Paper?) throws -> EmittedFile {
        let context = DocumentContext(format: HTMLTextFormat(), fileExtension: "html", paper: paper, localization: localization)
        let strings = localization.interface
        let names = ["markdown": "Markdown", "html": "HTML", "pdf": "PDF"]
        func link(_ file: EmittedFile) -> [String: Any] {
            ["link": file.path, "format": names[file.emitter] ?? file.emitter, "name": file.path]
        }
        let guides = files.filter { $0.role == .guide }
        let htmlGuide = guides.first { $0.path.hasSuffix(".html") }
        let others = files.filter { $0.role == .other }
        var pages: [HandoutSheet.Key: [EmittedFile]] = [:]
        for file in files where file.role == .handout {
            if let key = file.handout { pages[key, default: []].append(file) }
        }
        let values: [String: Any] = [
            "documentTitle": strings["preview.indexTitle", ["pack": pack.title]],
            "pack": context.pack(self, strings),
            "page": context.page,
            "program": program ?? "",
            "hasProgram": program != nil,
            "note": strings["preview.note"],
            "only": onlySession.map { strings["preview.only", ["session": $0]] } ?? "",
            "hasOnly": onlySession != nil,
            "guides": guides.map(link),
            "hasGuides": !guides.isEmpty,
            "others": others.map(link),
            "hasOthers": !others.isEmpty,
            "sessions": sessions.map { entry -> [String: Any] in
                [
                    "number": entry.number, "title": entry.plan.session.title,
                    "reference": entry.plan.scheduled.reference.description, "minutes": entry.plan.session.minutes,
                    "link": htmlGuide.map { "\($0.path)#\(DocumentContext.anchor(entry))" } ?? "", "hasLink": htmlGuide != nil,
                    "handouts": entry.plan.handouts.map { key -> [String: Any] in
                        let page = pages[key]?.first { $0.path.hasSuffix(".html") } ?? pages[key]?.first
                        return ["title": key.title, "link": page?.path ?? "", "hasLink": page != nil]
                    },
                ]
            },
            "handouts": handouts.map { sheet -> [String: Any] in
                [
                    "title": sheet.handout.title,
                    "links": (pages[sheet.key] ?? []).map(link),
                    "uses": sheet.sessions.isEmpty ? strings["preview.unused"] : sheet.sessions.joined(separator: "; "),
                ]
            },
            "hasHandouts": !handouts.isEmpty,
        ].merging(DocumentContext.interface(strings)) { first, _ in first }
        var file = EmittedFile(path: "index.html", text: try templates.render("pack-preview-index.html", values), role: .index)
        file.emitter = "index"
        return file
    }
}
