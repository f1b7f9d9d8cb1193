import ArgumentParser
import Trellis

/// `trellis list [PATH…]`: packs with their modules and sessions; tracks with weeks and hours.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List packs (modules, sessions, minutes) and tracks (weeks, hours a week).")

    @OptionGroup var curricula: CurriculaOptions

    @Argument(help: "Files or folders to list. Default: everything on the curricula path.")
    var paths: [String] = []

    func run() throws {
        try reportingFailures {
            print(try curricula.pipeline.load(paths, path: curricula.path).library.listing, terminator: "")
        }
    }
}
