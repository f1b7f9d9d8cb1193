import ArgumentParser
import Foundation
import Trellis

/// `trellis schema`: print the XSD for packs and tracks, or the JSON Schema external emitters read.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the XSD of the curriculum formats (or write it with --out), or with --emitter-input the JSON Schema external emitters read.")

    @Flag(help: "Print the JSON Schema of the document an external emitter (trellis-emit-ID) reads on standard input.")
    var emitterInput = false

    @Option(help: ArgumentHelp("Write the schema to this file instead of printing it, for editors to read.", valueName: "file"))
    var out: String?

    @Flag(help: "With --out: replace a file there that is not a Trellis schema.")
    var force = false

    func run() throws {
        try reportingFailures {
            guard let text = emitterInput ? EmitterInputSchema.text : TrellisSchema.text else {
                throw CommandFailure.cannotRun("the schema resource is missing from this installation")
            }
            let contents = text.hasSuffix("\n") ? text : text + "\n"
            guard let out else {
                print(contents, terminator: "")
                return
            }
            try write(contents, to: out)
        }
    }

    /// Writes the schema, replacing an older schema of the same kind (that is what refreshing
    /// means) but never a file of anything else unless forced.
    func write(_ contents: String, to out: String) throws {
        let marker = emitterInput ? "\"$schema\"" : "targetNamespace=\"urn:trellis:curriculum:1\""
        if let existing = FileManager.default.contents(atPath: out) {
            if existing == Data(contents.utf8) {
                print("\(out) is already this schema (Trellis \(TrellisVersion.current)).")
                return
            }
            guard force || String(decoding: existing, as: UTF8.self).contains(marker) else {
                throw CommandFailure.cannotRun(
                    "\(out) exists and is not a Trellis schema; Trellis never overwrites it: choose another file, or pass --force")
            }
        }
        do {
            try Data(contents.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure.cannotRun("cannot write \(out) (\(error.localizedDescription))")
        }
        print("Wrote \(out) (Trellis \(TrellisVersion.current)).")
    }
}
