import Foundation

/// The engine as a list of named steps — load, check, plan, render, write — over one registry
/// built once from the plugins the host was given. Every command is these steps in order; a
/// failure names its step and, where there is one, its file.
public struct Pipeline: Sendable {
    /// The steps, in order.
    public enum Step: String, Sendable, CaseIterable {
        case load, check, plan, render, write
    }

    /// The built-in plugin and the host's plugins, installed once.
    public let registry: PluginRegistry
    /// The date time-based checks measure from.
    public let today: CalendarDate
    public let loader: CurriculumLoader

    /// A pipeline with the built-in plugin, then `plugins` in order.
    public init(plugins: [any Plugin] = [], today: CalendarDate, loader: CurriculumLoader = CurriculumLoader()) {
        self.registry = .standard(adding: plugins)
        self.today = today
        self.loader = loader
    }

    // MARK: Load

    /// Reads `inputs` (files or folders) and the curricula path, registers the packs' modules
    /// and the rule files found on the path.
    public func load(_ inputs: [String] = [], path: CurriculaPath) throws(PipelineFailure) -> Workspace {
        let library: CurriculumLibrary
        do {
            library = try loader.load(inputs: inputs, path: path)
        } catch {
            throw .cannotRun(.load, error.description)
        }
        var registry = self.registry
        let rules: [SchematronRule]
        do {
            rules = try SchematronRule.load(from: path, limits: loader.reader.limits)
        } catch {
            throw .cannotRun(.load, error.description)
        }
        if !rules.isEmpty { registry.install(DataRulesPlugin(rules: rules)) }
        registry.install(PackModulesPlugin(packs: library.packs))
        return Workspace(library: library, registry: registry)
    }

    // MARK: Check

    /// Checks what the user named (everything on the path when nothing was named).
    public func check(_ workspace: Workspace) -> DiagnosticReport {
        Validator(registry: workspace.registry, today: today).report(workspace, scope: .inputs)
    }

    /// Finds the track `argument` names (a track file, or a track id on the path), loads it
    /// with the path, and checks it with every pack and module it uses. Any error there stops
    /// the pipeline with the report; warnings travel with the result.
    public func prepare(track argument: String, path: CurriculaPath) throws(PipelineFailure) -> PreparedTrack {
        var isFolder: ObjCBool = false
        let isFile = FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) && !isFolder.boolValue
        let workspace = try load(isFile ? [argument] : [], path: path)
        let library = workspace.library
        let track: Track
        if isFile {
            guard let document = library.documents.first(where: { $0.file == argument }) else {
                throw .cannotRun(.load, "\(argument): cannot be read")
            }
            guard let found = document.track else {
                if !document.isValid {
                    throw .inputHasErrors(DiagnosticReport(diagnostics: document.diagnostics, files: [argument]))
                }
                throw .cannotRun(.load, "\(argument) is not a track (its root element is not <track>)")
            }
            track = found
        } else {
            guard let found = library.track(id: argument) else {
                let known = library.tracks.map(\.id).sorted()
                let hint = known.isEmpty ? "no tracks were found" : "tracks found: \(known.joined(separator: ", "))"
                throw .cannotRun(
                    .load,
                    "no track file or track id \"\(argument)\" on the curricula path "
                        + "(\(path.directories.joined(separator: ":"))); \(hint)")
            }
            track = found
        }
        return try prepare(track, in: workspace)
    }

    /// Checks `track` of `workspace` with every pack and module it uses; any error stops here.
    public func prepare(_ track: Track, in workspace: Workspace) throws(PipelineFailure) -> PreparedTrack {
        let report = Validator(registry: workspace.registry, today: today).report(workspace, scope: .track(track))
        if report.errorCount > 0 { throw .inputHasErrors(report) }
        let warnings = DiagnosticReport(
            diagnostics: report.diagnostics.filter { $0.severity >= .warning }, files: report.files,
            ruleSummaries: report.ruleSummaries)
        return PreparedTrack(workspace: workspace, track: track, warnings: warnings)
    }

    // MARK: Plan

    public func plan(_ prepared: PreparedTrack, _ request: PlanRequest = .weeks(nil)) throws(PipelineFailure) -> Plan {
        try request.plan(with: prepared.sequencer)
    }

    public func coverage(_ prepared: PreparedTrack) -> Coverage {
        prepared.sequencer.coverage()
    }

    // MARK: Render

    /// The files of a render, not yet written.
    public func render(_ prepared: PreparedTrack, _ request: RenderRequest) throws(PipelineFailure) -> Rendered {
        let track = prepared.track
        let weeks: ClosedRange<Int>
        if let week = request.week {
            guard week >= 1, track.admission == .rolling || week <= track.weeks, week <= PlanRequest.maximumWeek else {
                throw .cannotRun(.render, "\(track.id) has weeks 1 to \(track.weeks); there is no week \(week)")
            }
            weeks = week...week
        } else {
            weeks = 1...max(1, track.weeks)
        }
        if let group = request.group {
            let groups = track.day.blocks.flatMap(\.groups).map(\.id)
            guard groups.contains(group) else {
                throw .cannotRun(
                    .render,
                    "\(track.id) has no group \"\(group)\""
                        + (groups.isEmpty ? "; its blocks have no groups" : "; its groups are \(Set(groups).sorted().joined(separator: ", "))"))
            }
        }
        let formats = request.formats.filter { !$0.isEmpty }
        guard !formats.isEmpty else { throw .cannotRun(.render, "--format names no emitter") }
        let language = request.language ?? track.language ?? Language.standard
        for asked in [language] + request.handoutLanguages where InterfaceStrings.load(asked) == nil {
            throw .cannotRun(
                .render,
                "Trellis has no interface text in \"\(asked)\"; the languages it has are "
                    + InterfaceStrings.available.joined(separator: ", ")
                    + " (a new language is a strings table in Sources/Trellis/Resources/Strings/ plus translations of the packs)")
        }
        let library = prepared.workspace.library
        let localization = Localization(
            language: language, handoutLanguages: request.handoutLanguages, packs: library.packs,
            translations: library.translations)
        let templates: TemplateSet
        do {
            templates = try TemplateSet.load(plugins: prepared.registry.templates, overrides: request.templates)
        } catch {
            throw .cannotRun(.render, "template \(error.description)")
        }
        let renderer = Renderer(
            registry: prepared.registry, templates: templates, paper: request.paper,
            external: request.externalSearchPath.map {
                Renderer.ExternalEmitters(searchPath: $0, outputFolder: request.outputFolder, timeout: request.externalTimeout)
            },
            program: library.program, group: request.group, localization: localization)
        do {
            let files = try renderer.render(track, weeks: weeks, formats: formats)
            return Rendered(files: files, weeks: weeks, unusedTemplateOverrides: templates.unusedOverrides)
        } catch {
            throw .cannotRun(.render, error.description)
        }
    }

    // MARK: Write

    /// Writes rendered files into `folder`, never over what a person wrote there unless `force`.
    public func write(
        _ rendered: Rendered, to folder: String, force: Bool = false, stop: StopSignal? = nil, holding lock: OutputFolder.Lock? = nil
    ) throws(PipelineFailure) -> OutputFolder.Summary {
        try write(rendered.files, to: folder, force: force, stop: stop, holding: lock)
    }

    /// Takes the output folder's lock for a whole render, from before the first file is made to
    /// after the last is written: a second render into the same folder stops at once.
    public func lock(_ folder: String) throws(PipelineFailure) -> OutputFolder.Lock {
        do {
            return try OutputFolder(path: folder).lock()
        } catch {
            throw .cannotRun(.write, error.description)
        }
    }
}

/// What the render step produced.
public struct Rendered: Sendable {
    public let files: [EmittedFile]
    public let weeks: ClosedRange<Int>
    /// Templates in `--templates` that replace nothing, so a clinic learns of a misspelled file.
    public let unusedTemplateOverrides: [String]
}

/// What `render` is asked for.
public struct RenderRequest: Sendable {
    /// One week, or nil for weeks 1 to the track's `weeks`.
    public var week: Int?
    /// Emitter ids, in order.
    public var formats: [String]
    /// A folder of templates that replace the bundled ones by name.
    public var templates: String?
    public var paper: Paper?
    /// Where the files go (external emitters get it as their argument).
    public var outputFolder: String
    /// The folders to look for `trellis-emit-ID` programs in; nil: no external emitters.
    public var externalSearchPath: [String]?
    /// Seconds an external emitter may take.
    public var externalTimeout: Double
    /// Only this group's guides and handouts.
    public var group: String?
    /// The language of guides and handouts; nil: the track's `xml:lang`, else English.
    public var language: String?
    /// Further languages to print every handout in (`--handouts en,es`).
    public var handoutLanguages: [String] = []

    public init(
        week: Int? = nil, formats: [String] = ["markdown", "html"], templates: String? = nil, paper: Paper? = nil,
        outputFolder: String, externalSearchPath: [String]? = nil, externalTimeout: Double = 60, group: String? = nil
    ) {
        self.group = group
        self.week = week
        self.formats = formats
        self.templates = templates
        self.paper = paper
        self.outputFolder = outputFolder
        self.externalSearchPath = externalSearchPath
        self.externalTimeout = externalTimeout
    }
}
