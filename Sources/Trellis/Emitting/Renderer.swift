/// Renders weeks of a track into files: `index.html`, `plan.json`, `calendar.ics`, and each
/// chosen emitter's guides and handouts. Produces bytes only; `OutputFolder` writes them.
public struct Renderer: Sendable {
    /// Why rendering could not go on.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknownFormat(String, known: [String])
        case template(String)
        case emitter(String, String)
        case unsafePath(emitter: String, path: String)

        public var description: String {
            switch self {
            case .unknownFormat(let format, let known):
                "no emitter is called \"\(format)\"; choose from \(known.joined(separator: ", "))"
            case .template(let message): "template \(message)"
            case .emitter(let id, let message): "the \(id) emitter failed: \(message)"
            case .unsafePath(let emitter, let path):
                "the \(emitter) emitter asked to write \"\(path)\", which is not a plain path inside the output folder"
            }
        }
    }

    public let registry: PluginRegistry
    public let templates: TemplateSet
    public let paper: Paper?

    public init(registry: PluginRegistry, templates: TemplateSet, paper: Paper? = nil) {
        self.registry = registry
        self.templates = templates
        self.paper = paper
    }

    /// The files for `weeks` of `track`, with guides and handouts from the emitters `formats`
    /// (in the order given), sorted by path.
    public func render(_ track: Track, weeks: ClosedRange<Int>, formats: [String]) throws(Failure) -> [EmittedFile] {
        let emitters = try formats.map { id throws(Failure) -> any Emitter in
            guard let emitter = registry.emitters[id] else {
                throw .unknownFormat(id, known: registry.emitters.keys.sorted())
            }
            return emitter
        }
        let plan = Sequencer(track: track, registry: registry).plan(weeks: weeks)
        let rendered = weeks.map { RenderedWeek.build(week: $0, plan: plan, registry: registry) }
        let input = EmitterInput(track: track, plan: plan, weeks: rendered, templates: templates, paper: paper)

        var files = [
            EmittedFile(path: "plan.json", text: plan.json.pretty + "\n"),
            EmittedFile(path: "calendar.ics", text: CalendarFile(plan: plan).text),
        ]
        do {
            let index = IndexPage(input: input, formats: emitters.map(\.id)).context
            files.append(EmittedFile(path: "index.html", text: try templates.render("index.html", index)))
        } catch {
            throw .template(error.description)
        }
        for emitter in emitters {
            let produced: [EmittedFile]
            do {
                produced = try emitter.emit(input)
            } catch let problem as TemplateSet.Problem {
                throw .template(problem.description)
            } catch {
                throw .emitter(emitter.id, "\(error)")
            }
            for file in produced where !Self.isSafe(file.path) {
                throw .unsafePath(emitter: emitter.id, path: file.path)
            }
            files += produced
        }
        return files.sorted { $0.path < $1.path }
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

/// The context of `index.html`: the track at a glance, weeks × meetings × blocks, with links to
/// every document.
struct IndexPage {
    let input: EmitterInput
    let formats: [String]

    static let labels = ["html": "HTML", "markdown": "Markdown"]
    static let extensions = ["html": "html", "markdown": "md"]

    var context: [String: Any] {
        let base = DocumentContext(format: HTMLTextFormat(), fileExtension: "html", paper: input.paper)
        let track = input.track
        return [
            "track": base.track(track),
            "page": base.page,
            "weeks": input.weeks.map { week -> [String: Any] in
                let meetings = track.meetings(inWeek: week.week).map { meeting -> [String: Any] in
                    let planned = week.guide.meetings.first { $0.date == meeting.date && $0.start == meeting.start }
                    return [
                        "date": "\(meeting.date.weekday.name) \(meeting.date.mediumDescription) \(meeting.start)",
                        "closed": !meeting.happens,
                        "hasReason": meeting.closure?.reason != nil,
                        "reason": meeting.closure?.reason ?? "",
                        "blocks": (planned?.agenda ?? []).filter { $0.kind != .breakTime }.map { entry in
                            [
                                "start": entry.start.description, "label": entry.label,
                                "isSession": entry.kind == .session, "title": entry.session?.session.title ?? "",
                            ] as [String: Any]
                        },
                    ]
                }
                return [
                    "week": week.week,
                    "span": "\(week.guide.firstDay.mediumDescription) to \(week.guide.lastDay.mediumDescription)",
                    "hours": English.decimal(week.guide.hours),
                    "meetings": meetings,
                    "guides": formats.map { format in
                        [
                            "format": Self.labels[format] ?? format,
                            "link": "\(week.folder)/facilitator-guide.\(Self.extensions[format] ?? format)",
                        ]
                    },
                    "handouts": week.handouts.map { sheet -> [String: Any] in
                        [
                            "title": sheet.handout.title,
                            "links": formats.map { format in
                                [
                                    "format": Self.labels[format] ?? format,
                                    "link": "\(week.folder)/handouts/\(sheet.key.fileName).\(Self.extensions[format] ?? format)",
                                ]
                            },
                        ]
                    },
                    "hasHandouts": !week.handouts.isEmpty,
                ]
            },
        ]
    }
}
