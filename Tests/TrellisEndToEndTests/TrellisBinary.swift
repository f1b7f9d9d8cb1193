import Foundation

/// Runs the built `trellis` executable, as a user or CI would.
struct TrellisBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(stdout.hasSuffix("\n") ? 1 : 0).map { $0 } }
    }

    /// The executable SwiftPM built next to this test bundle's resources.
    static let url: URL = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("trellis")

    /// The repository root (for `Curricula/`).
    static let repository: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// Runs `trellis arguments…` in `directory` with `environment` added to a clean one.
    static func run(
        _ arguments: [String], in directory: URL = repository, environment: [String: String] = [:]
    ) throws -> Result {
        var base = ProcessInfo.processInfo.environment
        base.removeValue(forKey: "TRELLIS_CURRICULA")
        base["TRELLIS_TODAY"] = "2027-01-01"
        return try run(url, arguments, in: directory, environment: base.merging(environment) { _, new in new })
    }

    /// Runs any program, collecting its output and exit status.
    static func run(
        _ executable: URL, _ arguments: [String], in directory: URL = repository,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A new empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
