import ArgumentParser
import Foundation
import Trellis

/// `trellis new pack ID` / `trellis new track ID`: a small valid file to start from.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a small valid pack or track to edit; never overwrites a file.",
        subcommands: [NewPack.self, NewTrack.self])

    /// Options both kinds share.
    struct Options: ParsableArguments {
        @Argument(help: "The id of the new pack or track (a-z, 0-9 and -, starting with a letter).")
        var id: String

        @Option(help: ArgumentHelp("The curricula folder to write into (default: ./Curricula).", valueName: "dir"))
        var dir: String = "Curricula"

        func validate() throws {
            guard Identifier.isValid(id) else {
                throw ValidationError("\"\(id)\" is not a valid id: use 1–64 lowercase letters, digits and -, starting with a letter.")
            }
        }

        /// Writes `text` to `DIR/folder/ID.xml` unless a file is there already.
        func write(_ text: String, into folder: String) throws {
            let directory = URL(fileURLWithPath: dir).appendingPathComponent(folder)
            let file = directory.appendingPathComponent("\(id).xml")
            let shown = "\(dir)/\(folder)/\(id).xml"
            guard !FileManager.default.fileExists(atPath: file.path) else {
                throw CommandFailure.cannotRun("\(shown) already exists; Trellis never overwrites it: choose another id or --dir")
            }
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file, options: .withoutOverwriting)
            } catch {
                throw CommandFailure.cannotRun("cannot write \(shown) (\(error.localizedDescription))")
            }
            print("Wrote \(shown). Edit it, then run: trellis validate \(shown)")
        }
    }
}

struct NewPack: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pack", abstract: "Write a new pack to edit.")

    @OptionGroup var options: New.Options

    func run() throws {
        try reportingFailures {
            try options.write(Scaffold.pack(id: options.id, today: Today.date), into: "packs")
        }
    }
}

struct NewTrack: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "track", abstract: "Write a new track to edit.")

    @OptionGroup var options: New.Options

    @OptionGroup var curricula: CurriculaOptions

    @Option(help: ArgumentHelp("The module the track sequences, as pack/module (default: the first on the curricula path).", valueName: "ref"))
    var module: String?

    func run() throws {
        try reportingFailures {
            let library = try curricula.pipeline.load([], path: curricula.path).library
            guard let module = module ?? library.packs.first.flatMap({ pack in pack.modules.first.map { "\(pack.id)/\($0.id)" } }) else {
                throw CommandFailure.cannotRun("no pack on the curricula path to sequence; write one with trellis new pack, or pass --module")
            }
            // Start on the next Monday, so the first week begins on a weekday.
            var start = Today.date.adding(days: 1)
            while start.weekday != .mon { start = start.adding(days: 1) }
            try options.write(Scaffold.track(id: options.id, module: module, start: start), into: "tracks")
        }
    }
}
