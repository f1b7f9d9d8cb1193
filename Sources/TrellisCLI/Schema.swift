import ArgumentParser
import Trellis

/// `trellis schema`: print the XSD for packs and tracks, or the JSON Schema external emitters read.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the XSD of the curriculum formats, or with --emitter-input the JSON Schema external emitters read.")

    @Flag(help: "Print the JSON Schema of the document an external emitter (trellis-emit-ID) reads on standard input.")
    var emitterInput = false

    func run() throws {
        try reportingFailures {
            guard let text = emitterInput ? EmitterInputSchema.text : TrellisSchema.text else {
                throw CommandFailure.cannotRun("the schema resource is missing from this installation")
            }
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}
