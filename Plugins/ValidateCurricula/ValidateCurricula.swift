import Foundation
import PackagePlugin

/// `swift package validate-curricula [trellis validate options]`: runs `trellis validate` on the
/// package's `Curricula/` folder (or on the paths given), so CI can check packs with SwiftPM alone.
///
/// In a package that builds its own Trellis with its plugins (an executable product whose name
/// ends in `trellis`, such as `clinic-trellis`), that executable is built and used instead, so the
/// package's own rules, activity kinds and modules are part of the check.
@main
struct ValidateCurricula: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let executable = try await trellis(in: context)
        var validateArguments = ["validate"] + arguments
        if !arguments.contains(where: { !$0.hasPrefix("-") }) {
            validateArguments.append(context.package.directoryURL.appending(path: "Curricula").path)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = validateArguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw ExitCode(process.terminationStatus, tool: executable.lastPathComponent)
        }
    }

    /// The package's own `…trellis` executable when it has one, else Trellis's `trellis`.
    private func trellis(in context: PluginContext) async throws -> URL {
        let own = context.package.products.first { product in
            product is ExecutableProduct && product.name.hasSuffix("trellis") && product.name != "trellis"
        }
        guard let own else { return try context.tool(named: "trellis").url }
        let result = try packageManager.build(.product(own.name), parameters: .init(configuration: .debug))
        guard result.succeeded, let built = result.builtArtifacts.first(where: { $0.kind == .executable }) else {
            throw BuildFailed(product: own.name, log: result.logText)
        }
        return built.url
    }

    struct ExitCode: Error, CustomStringConvertible {
        var status: Int32
        var tool: String
        init(_ status: Int32, tool: String) {
            self.status = status
            self.tool = tool
        }
        var description: String { "\(tool) validate exited with status \(status)" }
    }

    struct BuildFailed: Error, CustomStringConvertible {
        var product: String
        var log: String
        var description: String { "could not build \(product):\n\(log)" }
    }
}
