import Foundation
import Testing
import Trellis

/// Writing rendered files: whole files only, nothing outside the folder, nothing a person wrote
/// overwritten unless they force it.
@Suite(.serialized)
struct OutputFolderTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    let files = [EmittedFile(path: "index.html", text: "one"), EmittedFile(path: "week-01/guide.md", text: "two")]

    @Test func writesNewFilesCreatesFoldersAndLeavesNoTemporaries() throws {
        let folder = OutputFolder(path: root.appendingPathComponent("new/out").path)
        #expect(try folder.write(files) == OutputFolder.Summary(written: 2, unchanged: 0))
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        #expect(written == [".trellis-render.json", "index.html", "week-01", "week-01/guide.md"])
        try FileManager.default.removeItem(at: root)
    }

    @Test func rewritingTheSameFilesChangesNothingAndItsOwnFilesAreReplaced() throws {
        let folder = OutputFolder(path: root.path)
        _ = try folder.write(files)
        #expect(try folder.write(files) == OutputFolder.Summary(written: 0, unchanged: 2))
        let changed = [EmittedFile(path: "index.html", text: "one, revised")] + files.dropFirst()
        #expect(try folder.write(changed) == OutputFolder.Summary(written: 1, unchanged: 1))
        #expect(read("index.html") == "one, revised")
        try FileManager.default.removeItem(at: root)
    }

    @Test func neverOverwritesAFileAPersonWroteOrEdited() throws {
        try write("my own notes", to: "index.html")
        try write("unrelated", to: "notes.txt")
        let folder = OutputFolder(path: root.path)
        #expect(throws: OutputFolder.Failure.wouldOverwrite(["index.html"])) { try folder.write(files) }
        #expect(read("index.html") == "my own notes")
        #expect(read("week-01/guide.md") == nil, "a refused write writes nothing")

        try FileManager.default.removeItem(at: root.appendingPathComponent("index.html"))
        _ = try folder.write(files)
        try write("two, with my edits", to: "week-01/guide.md")
        #expect(throws: OutputFolder.Failure.wouldOverwrite(["week-01/guide.md"])) { try folder.write(files) }
        #expect(read("week-01/guide.md") == "two, with my edits")

        _ = try folder.write(files, force: true)
        #expect(read("week-01/guide.md") == "two")
        #expect(read("notes.txt") == "unrelated", "unrelated files are left alone")
        try FileManager.default.removeItem(at: root)
    }

    @Test func refusesToWriteThroughALinkThatLeadsOutside() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("week-01"), withDestinationURL: outside)
        #expect(throws: OutputFolder.Failure.outsideFolder("week-01/guide.md")) {
            try OutputFolder(path: root.path).write(files)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        try FileManager.default.removeItem(at: outside)
        try FileManager.default.removeItem(at: root)
    }

    @Test func refusesAFileWhereTheFolderShouldBe() throws {
        try write("x", to: "file")
        #expect(throws: OutputFolder.Failure.notAFolder(root.appendingPathComponent("file").path)) {
            try OutputFolder(path: root.appendingPathComponent("file").path).write(files)
        }
        try FileManager.default.removeItem(at: root)
    }

    @Test func aWriteThatFailsHalfwayRecordsWhatLandedSoTheNextNeedsNoForce() throws {
        let folder = OutputFolder(path: root.path)
        // The second file cannot land: a folder stands where it should go.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("week-01/guide.md"), withIntermediateDirectories: true)
        #expect(throws: OutputFolder.Failure.self) { _ = try folder.write(files, force: true) }
        #expect(read("index.html") == "one")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        try FileManager.default.removeItem(at: root.appendingPathComponent("week-01/guide.md"))
        let changed = [EmittedFile(path: "index.html", text: "one, revised")] + files.dropFirst()
        #expect(try folder.write(changed) == OutputFolder.Summary(written: 2, unchanged: 0))
        try FileManager.default.removeItem(at: root)
    }

    @Test func aStopRequestedBeforeWritingLeavesEveryFileWhole() throws {
        let folder = OutputFolder(path: root.path)
        let stop = StopSignal()
        stop.request()
        #expect(throws: OutputFolder.Failure.interrupted(written: 0)) { _ = try folder.write(files, stop: stop) }
        #expect(read("index.html") == nil)
        #expect(try folder.write(files) == OutputFolder.Summary(written: 2, unchanged: 0))
        try FileManager.default.removeItem(at: root)
    }

    @Test func aSecondRenderIntoAFolderBeingWrittenStopsAndWritesNothing() throws {
        // Another render holds the folder: here, a second open description of it with the lock.
        let other = open(root.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
        let folder = OutputFolder(path: root.path)
        #expect(throws: OutputFolder.Failure.busy(root.path)) { _ = try folder.write(files) }
        #expect(read("index.html") == nil)
        #expect(OutputFolder.Failure.busy(root.path).description.contains("another render is writing"))
        close(other)
        #expect(try folder.write(files) == OutputFolder.Summary(written: 2, unchanged: 0))
        try FileManager.default.removeItem(at: root)
    }
}
