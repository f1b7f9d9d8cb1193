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

    /// The pipeline for this run: the built-in plugin and the installed ones, registered once.
    var pipeline: Pipeline {
        get throws { Pipeline(plugins: InstalledPlugins.current, today: try Today.date) }
    }

    /// Finds, loads and checks a track with what it uses; prints the warnings found on stderr.
    func prepare(_ track: String, with pipeline: Pipeline) throws -> PreparedTrack {
        let prepared = try pipeline.prepare(track: track, path: path)
        if !prepared.warnings.diagnostics.isEmpty {
            Output.error(prepared.warnings.rendered(as: .text))
        }
        return prepared
    }

    /// Finds, loads and checks a pack; prints the warnings found on stderr.
    func prepare(pack: String, with pipeline: Pipeline) throws -> PreparedPack {
        let prepared = try pipeline.prepare(pack: pack, path: path)
        if !prepared.warnings.diagnostics.isEmpty {
            Output.error(prepared.warnings.rendered(as: .text))
        }
        return prepared
    }
}
