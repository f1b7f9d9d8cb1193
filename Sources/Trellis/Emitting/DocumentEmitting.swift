import Foundation

/// What the Markdown and HTML emitters share: a guide per week and a file per handout, each
/// from its template, with the format's own text fragments and file extension.
struct DocumentEmitting {
    let format: any TextFormat
    /// `md` or `html`.
    let fileExtension: String

    /// Every week's guide and handouts. Weeks are laid out on every core (templates and their
    /// data are read-only), and come back in week order.
    func files(for input: EmitterInput) throws -> [EmittedFile] {
        let context = DocumentContext(
            format: format, fileExtension: fileExtension, paper: input.paper, localization: input.localization)
        let results = ResultSlots<Result<[EmittedFile], any Error>>(count: input.weeks.count)
        DispatchQueue.concurrentPerform(iterations: input.weeks.count) { index in
            results[index] = Result { try files(for: input.weeks[index], input, context) }
        }
        return try results.values.flatMap { try $0.get() }
    }

    private func files(for week: RenderedWeek, _ input: EmitterInput, _ context: DocumentContext) throws -> [EmittedFile] {
        let guide = try input.templates.render("facilitator-guide.\(fileExtension)", context.guide(week.guide))
        var files = [EmittedFile(path: "\(week.folder)/facilitator-guide.\(fileExtension)", text: guide, role: .guide, week: week.week)]
        for sheet in week.handouts {
            let page = try input.templates.render("handout.\(fileExtension)", context.handout(sheet, track: input.track))
            files.append(
                EmittedFile(
                    path: "\(week.folder)/handouts/\(sheet.fileName).\(fileExtension)", text: page, role: .handout,
                    week: week.week, handout: sheet.key))
        }
        return files
    }
}

/// Facilitator guides and handouts as Markdown, for editing or for viewers that show Markdown.
public struct MarkdownEmitter: Emitter {
    public let id = "markdown"
    public let displayName = "Markdown"

    public init() {}

    public func emit(_ input: EmitterInput) throws -> [EmittedFile] {
        try DocumentEmitting(format: MarkdownTextFormat(), fileExtension: "md").files(for: input)
    }
}

/// Facilitator guides and handouts as self-contained HTML that prints on A4 and US Letter.
public struct HTMLEmitter: Emitter {
    public let id = "html"
    public let displayName = "HTML"

    public init() {}

    public func emit(_ input: EmitterInput) throws -> [EmittedFile] {
        try DocumentEmitting(format: HTMLTextFormat(), fileExtension: "html").files(for: input)
    }
}
