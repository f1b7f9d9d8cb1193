import ArgumentParser
import Foundation
import Trellis

extension Paper: ExpressibleByArgument {}

/// Where and how `render` and `preview` write: the folder, the template overrides, the paper,
/// and whether files a person wrote may be replaced. One declaration, so both commands take
/// these options with the same names and help, and rewrite on save the same way.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("A folder of Mustache templates that replace the bundled ones by name.", valueName: "dir"))
    var templates: String?

    @Option(help: "Lay pages out for this paper: a4 or letter (default: whatever the printer uses).")
    var paper: Paper?

    @Flag(help: "Replace files in the output folder that Trellis did not write, or that were edited since.")
    var force = false

    /// The items of a comma list option (`markdown, html`), each trimmed.
    static func items(_ list: String) -> [String] {
        list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    /// A note for each template in `--templates` that replaced none of the bundled ones.
    func noteUnusedOverrides(_ names: [String]) {
        for name in names {
            Output.error("trellis: note: \(name).mustache in --templates replaces no bundled template\n")
        }
    }

    /// Makes the files again after every save below the curricula path, the template folder or
    /// `argument` (a file given by path), and writes only those whose bytes changed.
    func rewriteOnSave(
        after first: [EmittedFile], argument: String, curricula: CurriculaOptions, pipeline: Pipeline,
        lock: OutputFolder.Lock, stop: StopSignal, produce: () throws -> [EmittedFile]
    ) {
        let roots = curricula.path.directories + (templates.map { [$0] } ?? []) + [argument]
        WatchLoop.rewriteOnSave(first: first, roots: roots, out: out, stop: stop, produce: produce) { files in
            _ = try pipeline.write(files, to: out, force: force, stop: stop, holding: lock)
        }
    }
}
