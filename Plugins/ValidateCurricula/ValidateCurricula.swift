import Foundation
import PackagePlugin

/// `swift package validate-curricula [trellis validate options]`: runs `trellis validate` on the
/// package's `Curricula/` folder (or on the paths given), so CI can check packs with SwiftPM alone.
@main
struct ValidateCurricula: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let trellis = try context.tool(named: "trellis")
        var validateArguments = ["validate"] + arguments
        if !arguments.contains(where: { !$0.hasPrefix("-") }) {
            validateArguments.append(context.package.directoryURL.appending(path: "Curricula").path)
        }
        let process = Process()
        process.executableURL = trellis.url
        process.arguments = validateArguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("trellis validate exited with status \(process.terminationStatus)")
            throw ExitCode(process.terminationStatus)
        }
    }

    struct ExitCode: Error, CustomStringConvertible {
        var status: Int32
        init(_ status: Int32) { self.status = status }
        var description: String { "trellis validate exited with status \(status)" }
    }
}
