import ArgumentParser
import Trellis

/// `trellis coverage TRACK`: what share of each stream a member meets, by entry week.
struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show what each entry week meets of every stream during the stay, and prerequisite-order breaks.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A track file, or the id of a track on the curricula path.")
    var track: String

    @OptionGroup var curricula: CurriculaOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        try reportingFailures {
            let pipeline = try curricula.pipeline
            let coverage = pipeline.coverage(try curricula.prepare(track, with: pipeline))
            switch format {
            case .text: print(coverage.text, terminator: "")
            case .json: print(coverage.json.pretty)
            }
        }
    }
}
