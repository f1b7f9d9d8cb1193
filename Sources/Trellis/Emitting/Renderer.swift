/// Renders weeks of a track into files: every file comes from an emitter — the ones that always
/// run (plan, calendar, index) and the ones `formats` names, registered or external. Produces
/// bytes only; `OutputFolder` writes them.
public struct Renderer: Sendable {
    /// Why rendering could not go on.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknownFormat(String, known: [String])
        case template(String)
        case emitter(String, String)
        case unsafePath(emitter: String, path: String)
        case samePath(String, emitters: [String])

        public var description: String {
            switch self {
            case .unknownFormat(let format, let known):
                "no emitter is called \"\(format)\"; choose from \(known.joined(separator: ", ")), "
                    + "or put a program \(ExternalEmitter.programPrefix)\(format) on PATH"
            case .template(let message): "template \(message)"
            case .emitter(let id, let message): "the \(id) emitter failed: \(message)"
            case .unsafePath(let emitter, let path):
                "the \(emitter) emitter asked to write \"\(path)\", which is not a plain path inside the output folder"
            case .samePath(let path, let emitters):
                "the emitters \(English.list(emitters)) both write \(path); render them into different folders"
            }
        }
    }

    /// Where external emitters are looked for, and how long they may take.
    public struct ExternalEmitters: Sendable {
        /// The folders of `PATH`, in order.
        public var searchPath: [String]
        /// The output folder, passed to each program.
        public var outputFolder: String
        public var timeout: Double

        public init(searchPath: [String], outputFolder: String, timeout: Double = 60) {
            self.searchPath = searchPath
            self.outputFolder = outputFolder
            self.timeout = timeout
        }
    }

    public let registry: PluginRegistry
    public let templates: TemplateSet
    public let paper: Paper?
    /// Nil: only registered emitters.
    public let external: ExternalEmitters?
    /// The program whose contacts, protocols, name and approvals the documents carry.
    public let program: Program?
    /// Only this group's sessions and handouts (`render --group`); nil for all.
    public let group: String?
    /// The languages to print in, with the translations to use.
    public let localization: Localization

    public init(
        registry: PluginRegistry, templates: TemplateSet, paper: Paper? = nil, external: ExternalEmitters? = nil,
        program: Program? = nil, group: String? = nil, localization: Localization = .standard
    ) {
        self.localization = localization
        self.registry = registry
        self.templates = templates
        self.paper = paper
        self.external = external
        self.program = program
        self.group = group
    }

    /// The emitters a render with `formats` runs: those that always run, then `formats` in the
    /// order given (a registered emitter, else an external program), each once.
    public func emitters(for formats: [String]) throws(Failure) -> [any Emitter] {
        var chosen = registry.emitters.values.filter(\.alwaysRuns).sorted { $0.id < $1.id } as [any Emitter]
        for id in formats where !chosen.contains(where: { $0.id == id }) {
            if let emitter = registry.emitters[id] {
                chosen.append(emitter)
            } else if let external,
                let program = ExternalEmitter.find(
                    id, searchPath: external.searchPath, outputFolder: external.outputFolder, timeout: external.timeout)
            {
                chosen.append(program)
            } else {
                throw .unknownFormat(id, known: registry.emitters.values.filter { !$0.alwaysRuns }.map(\.id).sorted())
            }
        }
        return chosen
    }

    /// The files for `weeks` of `track`, sorted by path.
    public func render(_ track: Track, weeks: ClosedRange<Int>, formats: [String]) throws(Failure) -> [EmittedFile] {
        let emitters = try emitters(for: formats)
        let plan = Sequencer(track: track, registry: registry).plan(weeks: weeks)
        let rendered = weeks.map {
            RenderedWeek.build(week: $0, plan: plan, registry: registry, program: program, group: group, localization: localization)
        }
        var input = EmitterInput(
            track: track, plan: plan, weeks: rendered, templates: templates, paper: paper,
            emitterNames: Dictionary(emitters.map { ($0.id, $0.displayName) }, uniquingKeysWith: { first, _ in first }),
            program: program)
        input.localization = localization

        var files: [EmittedFile] = []
        for emitter in emitters where emitter.phase == .documents {
            files += try run(emitter, input)
        }
        let documents = files.sorted { $0.path < $1.path }
        for emitter in emitters where emitter.phase == .summary {
            files += try run(emitter, input.adding(files: documents))
        }
        var owners: [String: String] = [:]
        for file in files {
            if let first = owners[file.path] { throw .samePath(file.path, emitters: [first, file.emitter]) }
            owners[file.path] = file.emitter
        }
        return files.sorted { $0.path < $1.path }
    }

    private func run(_ emitter: any Emitter, _ input: EmitterInput) throws(Failure) -> [EmittedFile] {
        let produced: [EmittedFile]
        do {
            produced = try emitter.emit(input)
        } catch let problem as TemplateSet.Problem {
            throw .template(problem.description)
        } catch let failure as ExternalEmitter.Failure {
            throw .emitter(emitter.id, failure.description)
        } catch {
            throw .emitter(emitter.id, "\(error)")
        }
        return try produced.map { file throws(Failure) -> EmittedFile in
            guard Self.isSafe(file.path) else { throw .unsafePath(emitter: emitter.id, path: file.path) }
            var file = file
            file.emitter = emitter.id
            return file
        }
    }

    /// A relative path of plain names: no empty, `.` or `..` parts, no absolute path, no
    /// backslashes or control characters.
    static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !path.hasPrefix("/")
            && parts.allSatisfy { part in
                !part.isEmpty && part != "." && part != ".." && !part.contains("\\")
                    && !part.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            }
    }
}
