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
/// Every command's printing goes through here (it shadows the standard library's `print` in
/// this module), straight to file descriptor 1, so a failed write is known and the command ends
/// with status 2 instead of an empty report and status 0.
func print(_ text: String, terminator: String = "\n") {
    Output.write(text + terminator)
}

enum Output {
    private static let failure = Failure()

    private final class Failure: @unchecked Sendable {
        let lock = NSLock()
        var reason: String?
    }

    /// The system's reason the first failed write to standard output failed, if one did.
    static var writeFailure: String? { failure.lock.withLock { failure.reason } }

    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                failure.lock.withLock { if failure.reason == nil { failure.reason = reason } }
                return
            }
            offset += written
        }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Ends the process with `status` once what was printed is out, without freeing `kept`
    /// first (the system frees it all at once). A status of 1 goes the usual way, so the
    /// command's failure handling stays in one place.
    static func finish<T>(status: Int32, keeping kept: T) throws {
        guard status == 0 else { throw CommandFailure.inputHasErrors }
        if let reason = writeFailure ?? (fflush(nil) != 0 ? String(cString: strerror(errno)) : nil) {
            throw CommandFailure.cannotRun("cannot write to standard output (\(reason))")
        }
        withExtendedLifetime(kept) { exit(0) }
    }
}
