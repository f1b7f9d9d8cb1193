import Foundation
import Testing

/// `trellis new`: starting files that validate as written, and never overwrite.
@Suite(.serialized)
struct NewCommandTests {
    @Test func aNewPackAndTrackValidateAndPlan() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try TrellisBinary.run(["new", "pack", "anger-skills"], in: folder)
        #expect(pack.status == 0)
        #expect(pack.stdout.hasPrefix("Wrote Curricula/packs/anger-skills.xml."))
        let track = try TrellisBinary.run(["new", "track", "evening-anger"], in: folder)
        #expect(track.status == 0)
        let validate = try TrellisBinary.run(["validate"], in: folder)
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.lines.last == "0 errors, 0 warnings in 2 files")
        let plan = try TrellisBinary.run(["plan", "evening-anger"], in: folder)
        #expect(plan.stdout.contains("[anger-skills/anger-skills-01]"))
    }

    @Test func neverOverwritesAndRefusesABadID() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let packs = folder.appendingPathComponent("mine/packs")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        try Data("my draft".utf8).write(to: packs.appendingPathComponent("draft.xml"))
        let again = try TrellisBinary.run(["new", "pack", "draft", "--dir", "mine"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("mine/packs/draft.xml already exists"))
        #expect(FileManager.default.contents(atPath: packs.appendingPathComponent("draft.xml").path) == Data("my draft".utf8))
        let bad = try TrellisBinary.run(["new", "pack", "Bad_ID"], in: folder)
        #expect(bad.status == 64)
    }

    @Test func newFilesNameTheSchemaForEditorsAndTheSchemaIsWrittenBesideThem() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TrellisBinary.run(["new", "pack", "anger-skills"], in: folder)
        _ = try TrellisBinary.run(["new", "program", "clinic"], in: folder)
        let pack = try String(contentsOf: folder.appendingPathComponent("Curricula/packs/anger-skills.xml"), encoding: .utf8)
        let lines = pack.split(separator: "\n")
        #expect(lines[0].hasPrefix("<?xml version="))
        #expect(lines[1] == "<?xml-model href=\"../trellis.xsd\" type=\"application/xml\" schematypens=\"http://www.w3.org/2001/XMLSchema\"?>")
        let program = try String(contentsOf: folder.appendingPathComponent("Curricula/program.xml"), encoding: .utf8)
        #expect(program.contains("<?xml-model href=\"trellis.xsd\""))
        // The schema the instruction names is there, and is the one `trellis schema` prints.
        let printed = try TrellisBinary.run(["schema"], in: folder).stdout
        let written = try String(contentsOf: folder.appendingPathComponent("Curricula/trellis.xsd"), encoding: .utf8)
        #expect(written == printed)
        // The loader reads files with the instruction as before, and ignores the .xsd.
        let validate = try TrellisBinary.run(["validate"], in: folder)
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.lines.last?.hasSuffix("in 2 files") == true)
    }

    @Test func schemaOutRefreshesASchemaButNeverReplacesAnythingElse() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("trellis.xsd")
        let first = try TrellisBinary.run(["schema", "--out", file.path], in: folder)
        #expect(first.status == 0)
        let printed = try TrellisBinary.run(["schema"], in: folder).stdout
        #expect(try String(contentsOf: file, encoding: .utf8) == printed)
        // An older schema is refreshed.
        try Data(printed.replacingOccurrences(of: "<xs:element", with: "<xs:element ", options: [], range: nil).utf8).write(to: file)
        #expect(try TrellisBinary.run(["schema", "--out", file.path], in: folder).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == printed)
        // Anything else stays, unless forced.
        let notes = folder.appendingPathComponent("notes.xsd")
        try Data("my notes".utf8).write(to: notes)
        let refused = try TrellisBinary.run(["schema", "--out", notes.path], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("not a Trellis schema"))
        #expect(FileManager.default.contents(atPath: notes.path) == Data("my notes".utf8))
        #expect(try TrellisBinary.run(["schema", "--out", notes.path, "--force"], in: folder).status == 0)
    }
}
