import Foundation
import Testing

/// `trellis preview` as a pack's author runs it: a pack before any track uses it.
@Suite(.serialized)
struct PreviewCommandTests {
    func contents(_ folder: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A copy of the bundled mindfulness pack under a new id, with the bundled program file (its
    /// contacts) and no track.
    func draftFolder() throws -> URL {
        let folder = try TrellisBinary.temporaryFolder()
        let curricula = TrellisBinary.repository.appendingPathComponent("Curricula")
        let text = try String(contentsOf: curricula.appendingPathComponent("packs/mindfulness.xml"), encoding: .utf8)
            .replacingOccurrences(of: "id=\"mindfulness\"", with: "id=\"draft-mindfulness\"")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("curricula"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("curricula/draft.xml"))
        try FileManager.default.copyItem(
            at: curricula.appendingPathComponent("program.xml"), to: folder.appendingPathComponent("curricula/program.xml"))
        return folder
    }

    @Test func aPackNoTrackUsesIsPreviewedAndPreviewedAgainWithoutChange() throws {
        let folder = try draftFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("preview")
        let arguments = ["preview", "draft-mindfulness", "--curricula", folder.appendingPathComponent("curricula").path, "--out", out.path]
        let first = try TrellisBinary.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Previewed draft-mindfulness 1.1.0, 8 sessions and 8 handouts, into "))
        #expect(first.stdout.contains("(19 written, 0 unchanged)"))
        for path in [
            "index.html", "facilitator-guide.md", "facilitator-guide.html", "handouts/draft-mindfulness--mf-h01.md",
            "handouts/draft-mindfulness--mf-h08.html", ".trellis-render.json",
        ] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "\(path)")
        }
        let guide = try #require(contents(out, "facilitator-guide.md"))
        #expect(guide.contains("### 00:00–01:00 · Session 1 of 8: Stepping Out of Autopilot"))
        #expect(guide.contains("| 00:00–00:08 | Welcome and arrival | 8 |"))

        let second = try TrellisBinary.run(arguments)
        #expect(second.status == 0)
        #expect(second.stdout.contains("(0 written, 19 unchanged)"))
    }

    @Test func oneSessionOfABundledPackByFile() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TrellisBinary.run(
            ["preview", "Curricula/packs/relapse-prevention.xml", "--session", "rp-03", "--format", "html", "--out", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Previewed relapse-prevention "))
        #expect(result.stdout.contains("session rp-03"))
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files.contains("facilitator-guide.html") && files.contains("index.html"))
        #expect(!files.contains { $0.hasSuffix(".md") })
        #expect(contents(folder, "facilitator-guide.html")?.contains("id=\"session-rp-03\"") == true)
        #expect(contents(folder, "facilitator-guide.html")?.contains("id=\"session-rp-01\"") == false)
    }

    @Test func badRequestsExitTwoAndAPackWithErrorsExitsOne() throws {
        let folder = try draftFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("preview").path
        let session = try TrellisBinary.run(["preview", "mindfulness", "--session", "mf-99", "--out", out])
        #expect(session.status == 2)
        #expect(session.stderr.contains("mindfulness has no session \"mf-99\"; its sessions are mf-01, mf-02"))
        let pack = try TrellisBinary.run(["preview", "no-such-pack", "--out", out])
        #expect(pack.status == 2)
        #expect(pack.stderr.contains("no pack file or pack id \"no-such-pack\""))
        let track = try TrellisBinary.run(["preview", "Curricula/tracks/adult-iop.xml", "--out", out])
        #expect(track.status == 2)
        #expect(track.stderr.contains("is not a pack"))
        #expect(!FileManager.default.fileExists(atPath: out))

        // A session whose activities run longer than the session: the check stops it.
        let draft = folder.appendingPathComponent("curricula/draft.xml")
        let broken = try String(contentsOf: draft, encoding: .utf8)
            .replacingOccurrences(of: "<session id=\"mf-01\" title=\"Stepping Out of Autopilot\" minutes=\"60\">",
                with: "<session id=\"mf-01\" title=\"Stepping Out of Autopilot\" minutes=\"45\">")
        try Data(broken.utf8).write(to: draft)
        let errors = try TrellisBinary.run(["preview", draft.path, "--out", out])
        #expect(errors.status == 1)
        #expect(errors.stderr.contains("error:"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aFileThePersonWroteIsNeverOverwrittenWithoutForce() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("my own notes".utf8).write(to: folder.appendingPathComponent("facilitator-guide.md"))
        let refused = try TrellisBinary.run(["preview", "orientation", "--out", folder.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("refusing to overwrite 1 file"))
        #expect(contents(folder, "facilitator-guide.md") == "my own notes")
        let forced = try TrellisBinary.run(["preview", "orientation", "--out", folder.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(contents(folder, "facilitator-guide.md")?.hasPrefix("# ") == true)
    }
}
