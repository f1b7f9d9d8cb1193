import Foundation
import ArgumentParser
import Trellis

/// `trellis`: group curricula for intensive outpatient care, from XML packs to session plans.
public struct TrellisCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "trellis",
        abstract: "Group curricula for intensive outpatient care: packs, tracks, plans and guides.",
        version: TrellisVersion.current,
        subcommands: [
            Validate.self, List.self, Plan.self, Coverage.self, Render.self, Preview.self, Diff.self, New.self, Schema.self,
            Plugins.self,
        ]
    )

    public init() {}

    /// Runs the command line with `plugins` installed after the built-in one: how a clinic's
    /// package builds its own `trellis` in three lines of `main.swift`:
    ///
    /// ```swift
    /// import TrellisCLI
    /// import ClinicPlugin
    /// TrellisCommand.main(plugins: [ClinicPlugin()])
    /// ```
    public static func main(plugins: [any Plugin]) {
        InstalledPlugins.current = plugins
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
        // What was printed must have reached its destination: a full disk or a closed pipe is a
        // failure (status 2), never an empty report and status 0.
        if let failure = Output.writeFailure ?? (fflush(nil) != 0 ? String(cString: strerror(errno)) : nil) {
            Output.error("trellis: cannot write to standard output (\(failure))\n")
            exit(withError: ExitCode(2))
        }
    }
}
