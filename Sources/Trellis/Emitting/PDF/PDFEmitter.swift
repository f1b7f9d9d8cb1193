import Foundation

/// Print-ready PDF: per week, `facilitator-guide.pdf` and `handouts.pdf` (every handout of the
/// week, each from a new page), laid out from the same HTML as the `html` emitter by headless
/// Chromium, with a running footer on every page (program, track, week, page N of M). Text stays
/// text: selectable and searchable.
///
/// One browser process prints the whole render. Chromium stamps each file with the time it was
/// made, so PDFs are not byte-identical from run to run, unlike every other output.
public struct PDFEmitter: Emitter {
    public let id = "pdf"
    public let displayName = "PDF"
    /// Seconds the browser may take for any one step.
    public var timeout: Double = 120

    public init() {}

    public func emit(_ input: EmitterInput) throws -> [EmittedFile] {
        guard let executable = HeadlessBrowser.find() else { throw HeadlessBrowser.Failure.notInstalled }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("trellis-pdf-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }

        // Every page first, then one browser prints them all.
        var pages: [(path: String, html: URL, role: FileRole, week: Int)] = []
        for week in input.weeks {
            let strings = input.localization.interface
            let document = [input.program?.name, input.track.title, strings["handout.week", ["week": "\(week.week)"]]]
                .compactMap { $0 }.joined(separator: " · ")
            let guide = context(input, footer: strings["print.footer", ["document": document + " · " + strings["print.guide"]]])
            let guidePage = folder.appendingPathComponent("\(week.folder)-guide.html")
            try Data(try input.templates.render("facilitator-guide.html", guide.guide(week.guide)).utf8).write(to: guidePage)
            pages.append(("\(week.folder)/facilitator-guide.pdf", guidePage, .guide, week.week))

            guard !week.handouts.isEmpty else { continue }
            let sheets = context(input, footer: strings["print.footer", ["document": document + " · " + strings["print.handouts"]]])
            let handoutsPage = folder.appendingPathComponent("\(week.folder)-handouts.html")
            let values: [String: Any] = [
                "documentTitle": document + " · " + strings["print.handouts"],
                "track": sheets.track(input.track, strings),
                "page": sheets.page,
                "handouts": week.handouts.map { sheets.handout($0, track: input.track) },
            ].merging(DocumentContext.interface(strings)) { first, _ in first }
            try Data(try input.templates.render("handouts.html", values).utf8).write(to: handoutsPage)
            pages.append(("\(week.folder)/handouts.pdf", handoutsPage, .other, week.week))
        }

        let browser = try HeadlessBrowser(executable: executable, timeout: timeout)
        defer { browser.stop() }
        return try pages.map { page in
            EmittedFile(path: page.path, contents: Array(try browser.printPDF(url: page.html)), role: page.role, week: page.week)
        }
    }

    private func context(_ input: EmitterInput, footer: String) -> DocumentContext {
        DocumentContext(
            format: HTMLTextFormat(), fileExtension: "html", paper: input.paper, localization: input.localization,
            footer: Self.cssFooter(footer))
    }

    /// `{page}` and `{pages}` in `text` become CSS page counters; the rest CSS strings, escaped so
    /// that no title can end the string or the style sheet.
    static func cssFooter(_ text: String) -> String {
        var parts: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            parts.append(cssString(rest[..<open]))
            let name = rest[rest.index(after: open)..<close]
            parts.append(name == "pages" ? "counter(pages)" : name == "page" ? "counter(page)" : cssString(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        parts.append(cssString(rest))
        return parts.joined(separator: " ")
    }

    private static func cssString(_ text: Substring) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": escaped += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
