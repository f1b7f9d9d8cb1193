import ArgumentParser
import Foundation
import Trellis

/// `trellis preview PACK --out DIR`: one pack's guide pages and handouts, before any track uses it.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Write every session's guide page and every handout of one pack, with no track (no dates; clocks from 00:00).")

    @Argument(help: "A pack file, or the id of a pack on the curricula path.")
    var pack: String

    @OptionGroup var curricula: CurriculaOptions

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Preview only this session of the pack, and the handouts it gives out.", valueName: "id"))
    var session: String?

    @Option(help: "A comma list of formats: markdown, html, pdf.")
    var format: String = "markdown,html"

    @Option(
        help: ArgumentHelp(
            "The language to print in, where the pack has a translation (default: the pack's xml:lang, else en).",
            valueName: "lang"))
    var language: String?

    @Flag(help: "Keep running: preview again on every save, rewriting only the files that changed.")
    var watch = false

    func run() throws {
        try reportingFailures {
            let pipeline = try curricula.pipeline
            let prepared = try curricula.prepare(pack: pack, with: pipeline)
            let lock = try pipeline.lock(output.out)
            let previewed = try preview(prepared, with: pipeline)
            // Ctrl-C while files are written stops between two files, never in the middle of one.
            let stop = StopSignal()
            stop.listen()
            let summary = try pipeline.write(previewed.files, to: output.out, force: output.force, stop: stop, holding: lock)
            let preview = previewed.preview
            let sessions = preview.sessions.count
            let handouts = preview.handouts.count
            print(
                "Previewed \(preview.pack.id) \(preview.pack.version), "
                    + (preview.onlySession.map { "session \($0)" } ?? "\(sessions) session\(sessions == 1 ? "" : "s")")
                    + " and \(handouts) handout\(handouts == 1 ? "" : "s"), into \(output.out): \(previewed.files.count) files "
                    + "(\(summary.written) written, \(summary.unchanged) unchanged). Open \(output.out)/index.html.")
            guard watch else { return }
            output.rewriteOnSave(
                after: previewed.files, argument: pack, curricula: curricula, pipeline: pipeline, lock: lock, stop: stop
            ) {
                try self.preview(try pipeline.prepare(pack: self.pack, path: curricula.path), with: pipeline).files
            }
        }
    }

    func preview(_ prepared: PreparedPack, with pipeline: Pipeline) throws -> Previewed {
        let request = PreviewRequest(
            session: session, formats: OutputOptions.items(format), templates: output.templates, paper: output.paper,
            language: language)
        let previewed = try pipeline.preview(prepared, request)
        output.noteUnusedOverrides(previewed.unusedTemplateOverrides)
        return previewed
    }
}
