import ArgumentParser
import Trellis

extension ReportFormat: ExpressibleByArgument {}

/// `trellis validate [PATH…]`: load and check packs and tracks.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Load and check packs and tracks; exit 1 if any has errors.")

    @OptionGroup var curricula: CurriculaOptions

    @Argument(help: "Files or folders to check. Default: everything on the curricula path.")
    var paths: [String] = []

    @Option(help: "Output format: text, json, sarif, junit or github.")
    var format: ReportFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var warningsAsErrors = false

    @Flag(help: "Keep running: check again on every save and print what was fixed and what is new (text format).")
    var watch = false

    func validate() throws {
        guard !watch || format == .text else {
            throw ValidationError("--watch prints changes as text; use it without --format.")
        }
    }

    func run() throws {
        try reportingFailures {
            let pipeline = try curricula.pipeline
            let workspace = try pipeline.load(paths, path: curricula.path)
            for entry in workspace.library.skipped { Output.error("trellis: \(entry.note)\n") }
            let report = pipeline.check(workspace)
            print(report.rendered(as: format, warningsAsErrors: warningsAsErrors), terminator: "")
            if watch { return try watchForSaves(after: report, pipeline: pipeline) }
            // The process ends here: freeing a thousand packs' model piece by piece would take
            // longer than building it did, and the system frees it all at once.
            try Output.finish(status: report.fails(warningsAsErrors: warningsAsErrors) ? 1 : 0, keeping: workspace)
        }
    }

    /// Checks again after every save, printing only what changed in the report. Files that
    /// cannot be read mid-save are reported and the watch goes on.
    func watchForSaves(after first: DiagnosticReport, pipeline: Pipeline) throws {
        let stop = StopSignal()
        stop.listen()
        var previous = first
        let roots = paths + curricula.path.directories
        WatchLoop.run(roots: roots, relevant: WatchLoop.isCurriculumFile, stop: stop) { _ in
            do {
                let workspace = try pipeline.load(paths, path: curricula.path)
                let report = pipeline.check(workspace)
                print(DiagnosticChanges(from: previous, to: report).text, terminator: "")
                previous = report
            } catch {
                Output.error("trellis: \(error)\n")
            }
        }
    }
}
