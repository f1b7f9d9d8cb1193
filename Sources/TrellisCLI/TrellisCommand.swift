import ArgumentParser
import Trellis

/// `trellis`: group curricula for intensive outpatient care, from XML packs to session plans.
public struct TrellisCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "trellis",
        abstract: "Group curricula for intensive outpatient care: packs, tracks, plans and guides.",
        version: TrellisVersion.current,
        subcommands: [Validate.self, List.self, Plan.self, Coverage.self, Render.self, New.self, Schema.self]
    )

    public init() {}
}
