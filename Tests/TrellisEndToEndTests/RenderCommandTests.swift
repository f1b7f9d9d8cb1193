import Foundation
import Testing

/// `trellis render` as a facilitator runs it: a full set of documents, written safely.
@Suite(.serialized)
struct RenderCommandTests {
    func contents(_ folder: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func theDefaultTrackRendersTwelveWeeksAndRerendersWithoutChange() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("adult-iop").path
        let first = try TrellisBinary.run(["render", "adult-iop", "--out", out])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("written, 0 unchanged"))
        for path in ["index.html", "plan.json", "calendar.ics", "week-01/facilitator-guide.md", "week-12/facilitator-guide.html",
            "week-01/handouts/relapse-prevention--rp-h01.html", "week-01/handouts/relapse-prevention--rp-h01.md"]
        {
            #expect(FileManager.default.fileExists(atPath: out + "/" + path), "\(path)")
        }
        // plan.json is the plan as `trellis plan --format json` prints it.
        let plan = try TrellisBinary.run(["plan", "adult-iop", "--format", "json"])
        #expect(contents(URL(fileURLWithPath: out), "plan.json") == plan.stdout)

        let second = try TrellisBinary.run(["render", "adult-iop", "--out", out])
        #expect(second.status == 0)
        #expect(second.stdout.contains("(0 written,"))
    }

    @Test func aFileThePersonWroteIsNeverOverwrittenWithoutForce() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("my clinic's own index".utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let refused = try TrellisBinary.run(["render", "family-program", "--out", folder.path, "--week", "1"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("refusing to overwrite 1 file that Trellis did not write"))
        #expect(refused.stderr.contains("index.html"))
        #expect(contents(folder, "index.html") == "my clinic's own index")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("week-01").path))

        let forced = try TrellisBinary.run(["render", "family-program", "--out", folder.path, "--week", "1", "--force"])
        #expect(forced.status == 0)
        #expect(contents(folder, "index.html")?.hasPrefix("<!DOCTYPE html>") == true)
        #expect(contents(folder, "notes.txt") == "keep me")
    }

    @Test func oneWeekInOneFormat() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TrellisBinary.run(["render", "evening-cohort", "--out", folder.path, "--week", "2", "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        let weeks = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("week-") }
        #expect(weeks == ["week-02"])
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("week-02").path)
        #expect(files.contains("facilitator-guide.md") && !files.contains { $0.hasSuffix(".html") })
    }

    @Test func templatesFromAFolderReplaceTheBundledOnes() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = TrellisBinary.fixtures.appendingPathComponent("templates").path
        let result = try TrellisBinary.run(
            ["render", "family-program", "--out", folder.path, "--week", "1", "--templates", templates, "--paper", "a4"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(contents(folder, "week-01/handouts/family-communication--fc-h01.md")?.hasPrefix("Riverside Clinic") == true)
        #expect(contents(folder, "week-01/facilitator-guide.html")?.contains("@page { size: A4; }") == true)
    }

    @Test func badRequestsExitTwoWithOneLine() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let format = try TrellisBinary.run(["render", "adult-iop", "--out", folder.path, "--format", "epub"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("no emitter is called \"epub\"; choose from docx, html, markdown, pdf"))
        let week = try TrellisBinary.run(["render", "evening-cohort", "--out", folder.path, "--week", "9"])
        #expect(week.status == 2)
        let templates = try TrellisBinary.run(["render", "adult-iop", "--out", folder.path, "--templates", "/no/such/templates"])
        #expect(templates.status == 2)
        #expect(templates.stderr.contains("/no/such/templates"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing was written")
    }

    @Test func aRenderIntoAFolderAnotherRenderIsWritingStopsBeforeWritingAnything() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The other render: this process, holding the folder's lock as a render does.
        let other = open(folder.path, O_RDONLY | O_DIRECTORY)
        defer { close(other) }
        #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
        let result = try TrellisBinary.run(["render", "adult-iop", "--week", "1", "--format", "markdown", "--out", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("another render is writing \(folder.path)"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
