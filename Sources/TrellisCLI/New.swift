import ArgumentParser
import Foundation
import Trellis

/// `trellis new pack ID` / `trellis new track ID`: a small valid file to start from.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a small valid pack, track or program file to edit; never overwrites a file.",
        subcommands: [NewPack.self, NewTrack.self, NewProgram.self])

    /// Options both kinds share.
    struct Options: ParsableArguments {
        @Argument(help: "The id of the new pack, track or program (a-z, 0-9 and -, starting with a letter).")
        var id: String

        @Option(help: ArgumentHelp("The curricula folder to write into (default: ./Curricula).", valueName: "dir"))
        var dir: String = "Curricula"

        func validate() throws {
            guard Identifier.isValid(id) else {
                throw ValidationError("\"\(id)\" is not a valid id: use 1–64 lowercase letters, digits and -, starting with a letter.")
            }
        }

        /// Writes `text` to `DIR/folder/ID.xml` (or `DIR/name` when given) unless a file is there already.
        func write(_ text: String, into folder: String?, name: String? = nil) throws {
            let directory = folder.map { URL(fileURLWithPath: dir).appendingPathComponent($0) } ?? URL(fileURLWithPath: dir)
            let fileName = name ?? "\(id).xml"
            let file = directory.appendingPathComponent(fileName)
            let shown = "\(dir)/" + (folder.map { "\($0)/" } ?? "") + fileName
            guard !FileManager.default.fileExists(atPath: file.path) else {
                let remedy = name == nil ? "choose another id or --dir" : "edit that one, or choose another --dir"
                throw CommandFailure.cannotRun("\(shown) already exists; Trellis never overwrites it: \(remedy)")
            }
            let href = (folder == nil ? "" : "../") + Scaffold.schemaFileName
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(Scaffold.referencingSchema(text, at: href).utf8).write(to: file, options: .withoutOverwriting)
            } catch {
                throw CommandFailure.cannotRun("cannot write \(shown) (\(error.localizedDescription))")
            }
            print("Wrote \(shown). Edit it, then run: trellis validate \(shown)")
            // The schema the new file points at, unless one is there already (never replaced here:
            // `trellis schema --out` refreshes it).
            let schema = URL(fileURLWithPath: dir).appendingPathComponent(Scaffold.schemaFileName)
            if !FileManager.default.fileExists(atPath: schema.path), let xsd = TrellisSchema.text,
                (try? Data(xsd.utf8).write(to: schema, options: .withoutOverwriting)) != nil
            {
                print("Wrote \(dir)/\(Scaffold.schemaFileName), the schema the file names, for editors that complete and check as you type.")
            }
        }
    }
}

struct NewPack: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pack", abstract: "Write a new pack to edit.")

    @OptionGroup var options: New.Options

    func run() throws {
        try reportingFailures {
            try options.write(Scaffold.pack(id: options.id, today: try Today.date), into: "packs")
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
            var start = try Today.date.adding(days: 1)
            while start.weekday != .mon { start = start.adding(days: 1) }
            try options.write(Scaffold.track(id: options.id, module: module, start: start), into: "tracks")
        }
    }
}

struct NewProgram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "program", abstract: "Write program.xml: the program's name, contacts, protocols and approvals.")

    @OptionGroup var options: New.Options

    func run() throws {
        try reportingFailures {
            try options.write(Scaffold.program(id: options.id), into: nil, name: "program.xml")
        }
    }
}
