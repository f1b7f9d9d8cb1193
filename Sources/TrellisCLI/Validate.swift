import ArgumentParser
import Trellis

extension ReportFormat: ExpressibleByArgument {}

/// `trellis validate [PATH…]`: load and check packs and tracks.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load and check packs and tracks; exit 1 if any has errors.")

    @OptionGroup var curricula: CurriculaOptions

    @Argument(help: "Files or folders to check. Default: everything on the curricula path.")
    var paths: [String] = []

    @Option(help: "Output format: text, json, sarif, junit or github.")
    var format: ReportFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var warningsAsErrors = false

    func run() throws {
        try reportingFailures {
            let pipeline = try curricula.pipeline
            let workspace = try pipeline.load(paths, path: curricula.path)
            for entry in workspace.library.skipped { Output.error("trellis: \(entry.note)\n") }
            let report = pipeline.check(workspace)
            print(report.rendered(as: format, warningsAsErrors: warningsAsErrors), terminator: "")
            // The process ends here: freeing a thousand packs' model piece by piece would take
            // longer than building it did, and the system frees it all at once.
            try Output.finish(status: report.fails(warningsAsErrors: warningsAsErrors) ? 1 : 0, keeping: workspace)
        }
    }
}
