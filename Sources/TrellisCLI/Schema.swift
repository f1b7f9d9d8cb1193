import ArgumentParser
import Trellis

/// `trellis schema`: print the XSD for packs and tracks.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the XSD of the pack and track formats.")

    func run() throws {
        try reportingFailures {
            guard let text = TrellisSchema.text else {
                throw CommandFailure.cannotRun("the schema resource is missing from this installation")
            }
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}
