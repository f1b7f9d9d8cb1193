import Foundation

/// A new empty folder for a test, named `trellis-PREFIX-UUID` under the system's temporary
/// folder, holding `files` (relative path → text), and removed when `body` returns or throws.
public func withTemporaryFolder<T>(_ prefix: String, files: [String: String] = [:], _ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files {
        let file = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
    return try body(folder)
}
