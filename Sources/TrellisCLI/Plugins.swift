import ArgumentParser
import Trellis

/// `trellis plugins`: every installed plugin and what it registered.
struct Plugins: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List every installed plugin and what it registered: activity kinds, rules, emitters, modules.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var curricula: CurriculaOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        try reportingFailures {
            // The rule files on the curricula path are a plugin too; packs are listed by `trellis list`.
            let workspace = try curricula.pipeline.load([], path: curricula.path)
            let listing = PluginListing(registry: workspace.registry)
            switch format {
            case .text: print(listing.text, terminator: "")
            case .json: print(listing.json.pretty)
            }
        }
    }
}
