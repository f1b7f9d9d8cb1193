import ArgumentParser
import Foundation
import Trellis

/// The ways a command ends other than success, each with its exit status from CLI.md.
enum CommandFailure: Error {
    /// The input has errors; the diagnostics were already printed (status 1).
    case inputHasErrors
    /// The command could not run at all: print the one-line reason (status 2).
    case cannotRun(String)

    var exitCode: ExitCode {
        switch self {
        case .inputHasErrors: ExitCode(1)
        case .cannotRun: ExitCode(2)
        }
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a failure into its message on stderr and its exit status: a
    /// pipeline's diagnostics are printed as `validate` prints them, one per line.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as PipelineFailure {
            switch failure {
            case .inputHasErrors(let report):
                Output.error(report.rendered(as: .text))
                throw CommandFailure.inputHasErrors.exitCode
            case .cannotRun(_, let message):
                Output.error("trellis: \(message)\n")
                throw CommandFailure.cannotRun(message).exitCode
            }
        } catch let failure as CommandFailure {
            if case .cannotRun(let message) = failure { Output.error("trellis: \(message)\n") }
            throw failure.exitCode
        }
    }
}

/// Where commands print.
enum Output {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Ends the process with `status` once what was printed is out, without freeing `kept`
    /// first (the system frees it all at once). A status of 1 goes the usual way, so the
    /// command's failure handling stays in one place.
    static func finish<T>(status: Int32, keeping kept: T) throws {
        guard status == 0 else { throw CommandFailure.inputHasErrors }
        guard fflush(nil) == 0 else {
            throw CommandFailure.cannotRun("cannot write to standard output (\(String(cString: strerror(errno))))")
        }
        withExtendedLifetime(kept) { exit(0) }
    }
}
