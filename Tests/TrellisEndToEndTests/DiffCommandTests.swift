import Foundation
import Testing

/// `trellis diff` on a bundled pack and an edited copy, as a clinical lead runs it before
/// signing a new approval.
@Suite(.serialized)
struct DiffCommandTests {
    static let original = "Curricula/packs/relapse-prevention.xml"

    /// A folder with `new.xml`: the bundled pack without session rp-04, version 1.1.1.
    static func editedCopy() throws -> URL {
        let folder = try TrellisBinary.temporaryFolder()
        var text = try String(contentsOf: TrellisBinary.repository.appendingPathComponent(original), encoding: .utf8)
        let start = try #require(text.range(of: "<session id=\"rp-04\""))
        let end = try #require(text.range(of: "</session>", range: start.upperBound..<text.endIndex))
        text.removeSubrange(start.lowerBound..<end.upperBound)
        text = text.replacingOccurrences(of: "version=\"1.1.0\" xml:lang", with: "version=\"1.1.1\" xml:lang")
        try Data(text.utf8).write(to: folder.appendingPathComponent("new.xml"))
        return folder
    }

    @Test func theChangedSessionAndTheVerdictArePrinted() throws {
        let folder = try Self.editedCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let new = folder.appendingPathComponent("new.xml").path
        let result = try TrellisBinary.run(["diff", Self.original, new])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  - rp-04 “Seemingly irrelevant decisions” (module core) removed [MAJOR]"))
        #expect(
            result.lines.last
                == "Version: 1.1.0 → 1.1.1 is a PATCH, but the changes need at least a MAJOR (2.0.0): session rp-04 removed.")

        let checked = try TrellisBinary.run(["diff", Self.original, new, "--check", "--format", "json"])
        #expect(checked.status == 1, "--check fails a bump that does not match")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any])
        #expect((json["verdict"] as? [String: Any])?["status"] as? String == "too-small")

        let markdown = try TrellisBinary.run(["diff", Self.original, new, "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Changes to relapse-prevention: Relapse Prevention Skills\n"))
    }

    @Test func theApprovedVersionComesFromTheProgramFile() throws {
        let folder = try Self.editedCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let curricula = folder.appendingPathComponent("curricula")
        try FileManager.default.createDirectory(at: curricula, withIntermediateDirectories: true)
        let program = try String(contentsOf: TrellisBinary.repository.appendingPathComponent("Curricula/program.xml"), encoding: .utf8)
        let approving = program.replacingOccurrences(
            of: "</program>",
            with: "  <approval pack=\"relapse-prevention\" version=\"1.1.0\" by=\"A. Rivera, LCSW\" date=\"2026-12-01\"/>\n</program>")
        try Data(approving.utf8).write(to: curricula.appendingPathComponent("program.xml"))
        let new = folder.appendingPathComponent("new.xml").path

        let result = try TrellisBinary.run([
            "diff", "--since-approval", new, "--approved-copy", Self.original, "--curricula", curricula.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("rp-04"))
        #expect(result.stdout.contains("  old 1.1.0  \(Self.original)"))

        // Not in git (a temporary folder), and no copy named: exit 2, naming what to pass.
        let unfound = try TrellisBinary.run(["diff", "--since-approval", new, "--curricula", curricula.path])
        #expect(unfound.status == 2)
        #expect(unfound.stderr.hasPrefix("trellis: "))
        #expect(unfound.stderr.contains("--approved-copy FILE"))
    }

    @Test func twoDifferentPacksOrAMissingFileExit2() throws {
        let different = try TrellisBinary.run(["diff", Self.original, "Curricula/packs/mindfulness.xml"])
        #expect(different.status == 2)
        #expect(different.stderr.contains("diff compares two versions of one pack"))
        let missing = try TrellisBinary.run(["diff", Self.original, "Curricula/packs/no-such-pack.xml"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "trellis: Curricula/packs/no-such-pack.xml: no such file\n")
    }
}
