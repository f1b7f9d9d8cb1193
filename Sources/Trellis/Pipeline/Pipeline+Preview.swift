import Foundation

/// `preview`: one pack's sessions and handouts, rendered with no track.
extension Pipeline {
    // MARK: Check

    /// Finds the pack `argument` names (a pack file, or a pack id on the path), loads it with the
    /// path, and checks it. Any error there stops the pipeline with the report; warnings travel
    /// with the result.
    public func prepare(pack argument: String, path: CurriculaPath) throws(PipelineFailure) -> PreparedPack {
        var isFolder: ObjCBool = false
        let isFile = FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) && !isFolder.boolValue
        let workspace = try load(isFile ? [argument] : [], path: path)
        let library = workspace.library
        let pack: Pack
        if isFile {
            guard let document = library.documents.first(where: { $0.file == argument }) else {
                throw .cannotRun(.load, "\(argument): cannot be read")
            }
            guard let found = document.pack else {
                if !document.isValid {
                    throw .inputHasErrors(DiagnosticReport(diagnostics: document.diagnostics, files: [argument]))
                }
                throw .cannotRun(.load, "\(argument) is not a pack (its root element is not <pack>)")
            }
            pack = found
        } else {
            guard let found = library.pack(id: argument) else {
                let known = library.packs.map(\.id).sorted()
                let hint = known.isEmpty ? "no packs were found" : "packs found: \(known.joined(separator: ", "))"
                throw .cannotRun(
                    .load,
                    "no pack file or pack id \"\(argument)\" on the curricula path "
                        + "(\(path.directories.joined(separator: ":"))); \(hint)")
            }
            pack = found
        }
        return try prepare(pack, in: workspace)
    }

    /// Checks `pack` of `workspace` (with its translations and the program files); any error
    /// stops here.
    public func prepare(_ pack: Pack, in workspace: Workspace) throws(PipelineFailure) -> PreparedPack {
        let report = Validator(registry: workspace.registry, today: today).report(workspace, scope: .pack(pack))
        if report.errorCount > 0 { throw .inputHasErrors(report) }
        let warnings = DiagnosticReport(
            diagnostics: report.diagnostics.filter { $0.severity >= .warning }, files: report.files,
            ruleSummaries: report.ruleSummaries)
        return PreparedPack(workspace: workspace, pack: pack, warnings: warnings)
    }

    // MARK: Render

    /// The files of a pack's preview, not yet written: every session's guide page and every
    /// handout (or one session and its handouts), with no track, in the formats asked for.
    /// Calling it again on the same prepared pack gives the same files, so a watcher can.
    public func preview(_ prepared: PreparedPack, _ request: PreviewRequest = PreviewRequest()) throws(PipelineFailure)
        -> Previewed
    {
        let pack = prepared.pack
        if let session = request.session, pack.session(id: session) == nil {
            throw .cannotRun(
                .render,
                "\(pack.id) has no session \"\(session)\"; its sessions are \(pack.sessions.map(\.id).joined(separator: ", "))")
        }
        let formats = request.formats.filter { !$0.isEmpty }
        guard !formats.isEmpty else { throw .cannotRun(.render, "--format names no format") }
        for format in formats where !PackPreview.formats.contains(format) {
            throw .cannotRun(
                .render, "preview has no format \"\(format)\"; choose from \(PackPreview.formats.joined(separator: ", "))")
        }
        let language = request.language ?? pack.language ?? Language.standard
        guard InterfaceStrings.load(language) != nil else {
            throw .cannotRun(
                .render,
                "Trellis has no interface text in \"\(language)\"; the languages it has are "
                    + InterfaceStrings.available.joined(separator: ", "))
        }
        let library = prepared.workspace.library
        let localization = Localization(language: language, packs: library.packs, translations: library.translations)
        let templates: TemplateSet
        do {
            templates = try TemplateSet.load(plugins: prepared.registry.templates, overrides: request.templates)
        } catch {
            throw .cannotRun(.render, "template \(error.description)")
        }
        let preview = PackPreview.build(
            pack: pack, session: request.session, registry: prepared.registry, program: library.program,
            localization: localization)
        do {
            let files = try preview.files(formats: formats, templates: templates, paper: request.paper)
            return Previewed(preview: preview, files: files, unusedTemplateOverrides: templates.unusedOverrides)
        } catch let problem as TemplateSet.Problem {
            throw .cannotRun(.render, "template \(problem.description)")
        } catch let failure as HeadlessBrowser.Failure {
            throw .cannotRun(.render, failure.description)
        } catch {
            throw .cannotRun(.render, "\(error)")
        }
    }

    // MARK: Write

    /// Writes `files` into `folder`, never over what a person wrote there unless `force`.
    public func write(
        _ files: [EmittedFile], to folder: String, force: Bool = false, stop: StopSignal? = nil,
        holding lock: OutputFolder.Lock? = nil
    ) throws(PipelineFailure) -> OutputFolder.Summary {
        do {
            return try OutputFolder(path: folder).write(files, force: force, stop: stop, holding: lock)
        } catch {
            throw .cannotRun(.write, error.description)
        }
    }
}

/// What `preview` is asked for.
public struct PreviewRequest: Sendable {
    /// Only this session of the pack (and the handouts it gives out); nil for every session.
    public var session: String?
    /// Drawn from `PackPreview.formats`, in order.
    public var formats: [String]
    /// A folder of templates that replace the bundled ones by name.
    public var templates: String?
    /// The paper to lay the HTML out for; nil lets the printer choose.
    public var paper: Paper?
    /// The language to print in; nil: the pack's `xml:lang`, else English.
    public var language: String?

    public init(
        session: String? = nil, formats: [String] = ["markdown", "html"], templates: String? = nil, paper: Paper? = nil,
        language: String? = nil
    ) {
        self.session = session
        self.formats = formats
        self.templates = templates
        self.paper = paper
        self.language = language
    }
}

/// What the preview step produced.
public struct Previewed: Sendable {
    /// What the files show, for the caller's summary.
    public let preview: PackPreview
    /// Every file to write, sorted by path, `index.html` among them.
    public let files: [EmittedFile]
    /// Templates in `--templates` that replace nothing.
    public let unusedTemplateOverrides: [String]
}
