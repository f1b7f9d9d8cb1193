import ArgumentParser
import Foundation
import Trellis

/// `trellis render TRACK --out DIR`: facilitator guides and participant handouts.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write facilitator guides, participant handouts, index.html, plan.json and calendar.ics.")

    @Argument(help: "A track file, or the id of a track on the curricula path.")
    var track: String

    @OptionGroup var curricula: CurriculaOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "Render only this week (1 is the first).")
    var week: Int?

    @Option(
        help: ArgumentHelp(
            "A comma list of emitters: markdown, html, any a plugin adds, or ID for a trellis-emit-ID program on PATH "
                + "(default: markdown,html)."))
    var format: String = "markdown,html"

    @Option(help: ArgumentHelp("Render only this group's guides and handouts (tracks with groups).", valueName: "id"))
    var group: String?

    @Option(
        help: ArgumentHelp(
            "The language of guides and handouts, where the packs have a translation (default: the track's xml:lang, else en).",
            valueName: "lang"))
    var language: String?

    @Option(
        help: ArgumentHelp(
            "Print every handout in each of these languages too, such as en,es (files PACK--HANDOUT.LANG).",
            valueName: "langs"))
    var handouts: String?

    @Option(help: ArgumentHelp("Seconds an external emitter may run before it is stopped.", valueName: "seconds"))
    var emitterTimeout: Double = 60

    @Flag(help: "Keep running: render again on every save of a pack, track, program, translation or template, rewriting only the files that changed.")
    var watch = false

    func validate() throws {
        guard emitterTimeout > 0, emitterTimeout <= 3600 else {
            throw ValidationError("--emitter-timeout must be more than 0 and at most 3600 seconds.")
        }
    }

    func run() throws {
        try reportingFailures {
            let pipeline = try curricula.pipeline
            let prepared = try curricula.prepare(track, with: pipeline)
            // Held until the command ends, through every re-render of --watch.
            let lock = try pipeline.lock(output.out)
            // Ctrl-C while files are written stops between two files, never in the middle of one.
            let stop = StopSignal()
            stop.listen()
            let rendered = try render(prepared, with: pipeline)
            let summary = try pipeline.write(rendered, to: output.out, force: output.force, stop: stop, holding: lock)
            let weeks = rendered.weeks
            print(
                "Rendered \(prepared.track.id), week\(weeks.count == 1 ? "" : "s") "
                    + "\(weeks.count == 1 ? "\(weeks.lowerBound)" : "\(weeks.lowerBound)–\(weeks.upperBound)") "
                    + "into \(output.out): \(rendered.files.count) files (\(summary.written) written, \(summary.unchanged) unchanged). "
                    + "Open \(output.out)/index.html.")
            if watch { watchForSaves(after: rendered, pipeline: pipeline, lock: lock, stop: stop) }
        }
    }

    /// The files for this command's options, not yet written.
    func render(_ prepared: PreparedTrack, with pipeline: Pipeline) throws -> Rendered {
        let searchPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        var request = RenderRequest(
            week: week,
            formats: OutputOptions.items(format), templates: output.templates, paper: output.paper,
            outputFolder: output.out, externalSearchPath: searchPath,
            externalTimeout: emitterTimeout, group: group)
        request.language = language
        let asked = OutputOptions.items(handouts ?? "")
        // The guide's language leads, so `--handouts en,es` on a Spanish track still writes both.
        request.handoutLanguages = asked.filter { !$0.isEmpty }
        let rendered = try pipeline.render(prepared, request)
        output.noteUnusedOverrides(rendered.unusedTemplateOverrides)
        return rendered
    }

    /// Renders again after every save and writes only the files whose bytes changed.
    func watchForSaves(after first: Rendered, pipeline: Pipeline, lock: OutputFolder.Lock, stop: StopSignal) {
        output.rewriteOnSave(after: first.files, argument: track, curricula: curricula, pipeline: pipeline, lock: lock, stop: stop) {
            try render(try pipeline.prepare(track: track, path: curricula.path), with: pipeline).files
        }
    }
}
