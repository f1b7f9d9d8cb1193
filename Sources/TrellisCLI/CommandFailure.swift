import ArgumentParser
import Foundation

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
    /// Runs `body`, turning a `CommandFailure` into its message on stderr and its exit status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            if case .cannotRun(let message) = failure {
                FileHandle.standardError.write(Data("trellis: \(message)\n".utf8))
            }
            throw failure.exitCode
        }
    }
}
