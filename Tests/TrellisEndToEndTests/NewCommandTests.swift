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
}
