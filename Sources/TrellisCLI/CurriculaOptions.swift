import ArgumentParser
import Foundation
import Trellis
import TrellisCurricula

/// `--curricula DIR` (repeatable), shared by every command that loads curricula.
struct CurriculaOptions: ParsableArguments {
    @Option(
        name: .customLong("curricula"),
        help: ArgumentHelp(
            "A folder of packs and tracks to use (repeatable). Default: $TRELLIS_CURRICULA, then ./Curricula, "
                + "then the bundled library.",
            valueName: "dir"))
    var directories: [String] = []

    /// The curricula path, resolved as CLI.md says.
    var path: CurriculaPath {
        CurriculaPath.resolve(
            explicit: directories,
            environment: ProcessInfo.processInfo.environment,
            localCurriculaExists: FileManager.default.fileExists(atPath: "Curricula"),
            bundled: BundledCurricula.directory?.path)
    }

    /// Loads `inputs` and the path; a path that cannot be read ends the command with status 2.
    func load(_ inputs: [String]) throws -> CurriculumLibrary {
        do {
            return try CurriculumLoader().load(inputs: inputs, path: path)
        } catch {
            throw CommandFailure.cannotRun(error.description)
        }
    }
}
