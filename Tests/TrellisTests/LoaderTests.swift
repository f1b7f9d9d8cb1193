import Foundation
import Testing
import Trellis

@Suite(.serialized)
struct LoaderTests {
    @Test func resolvesTheCurriculaPathInCLIOrder() {
        let bundled = "/opt/trellis/Curricula"
        #expect(
            CurriculaPath.resolve(
                explicit: ["a", "b"], environment: ["TRELLIS_CURRICULA": "c"], localCurriculaExists: true, bundled: bundled)
                .directories == ["a", "b"])
        #expect(
            CurriculaPath.resolve(
                explicit: [], environment: ["TRELLIS_CURRICULA": "c:d"], localCurriculaExists: true, bundled: bundled)
                .directories == ["c", "d"])
        #expect(
            CurriculaPath.resolve(explicit: [], environment: [:], localCurriculaExists: true, bundled: bundled)
                .directories == ["Curricula"])
        #expect(
            CurriculaPath.resolve(explicit: [], environment: [:], localCurriculaExists: false, bundled: bundled)
                .directories == [bundled])
    }

    @Test func refusesAPathThatDoesNotExist() {
        #expect(throws: CurriculumLoader.Failure.notFound("/no/such/place")) {
            try CurriculumLoader().load(inputs: ["/no/such/place"], path: CurriculaPath(directories: []))
        }
    }

    @Test func readsEveryXMLFileBelowAFolderInOrderKeepingThePathAsGiven() throws {
        let library = try CurriculumLoader().load(
            inputs: [Fixtures.path("library")], path: CurriculaPath(directories: []))
        #expect(library.documents.map(\.file) == [
            Fixtures.path("library") + "/fixture-pack.xml", Fixtures.path("library") + "/fixture-prerequisites.xml",
            Fixtures.path("library") + "/fixture-track.xml",
        ])
        #expect(library.packs.map(\.id) == ["fixture", "ordered"])
        #expect(library.tracks.map(\.id) == ["fixture-track"])
    }

    @Test func aBadFileNeverStopsTheOthersFromLoading() throws {
        let library = try CurriculumLoader().load(
            inputs: [Fixtures.path("diagnostics/TR001.xml"), Fixtures.path("library/fixture-pack.xml")],
            path: CurriculaPath(directories: []))
        #expect(library.documents.count == 2)
        #expect(library.pack(id: "fixture") != nil)
        #expect(!library.documents[0].isValid)
    }

    @Test func refusesAnOversizedFileWithoutReadingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.xml")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 17 * 1024 * 1024)
        try handle.close()
        let diagnostics = try Fixtures.validate([file.path])
        #expect(diagnostics.map(\.code) == [.overLimits])
        #expect(diagnostics.first?.message.contains("17 MiB") == true)
    }

    /// Garbage of every kind gives a diagnostic, never a crash.
    @Test(arguments: [
        ("empty.xml", [UInt8](), DiagnosticCode.notWellFormed),
        ("binary.xml", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], .notWellFormed),
        ("truncated.xml", Array("<pack xmlns=\"urn:trellis:curriculum:1\" id=\"p\" version=\"1.0.0\"><title>Ha".utf8), .notWellFormed),
        ("latin1.xml", Array("<pack xmlns=\"urn:trellis:curriculum:1\"><title>Caf".utf8) + [0xE9] + Array("</title></pack>".utf8), .notWellFormed),
        ("other.xml", Array("<html><body/></html>".utf8), .schemaInvalid),
        ("nonamespace.xml", Array("<pack id=\"p\" version=\"1.0.0\"/>".utf8), .schemaInvalid),
        ("entity.xml", Array("<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>".utf8), .forbiddenConstruct),
    ])
    func garbageGivesADiagnostic(name: String, bytes: [UInt8], code: DiagnosticCode) throws {
        let document = DocumentReader().read(bytes, file: name)
        #expect(document.diagnostics.map(\.code).contains(code))
        #expect(document.diagnostics.allSatisfy { $0.severity == .error && $0.location.file == name })
    }

    @Test func aDeeplyNestedFileIsOverTheLimit() {
        let text = "<pack xmlns=\"urn:trellis:curriculum:1\">" + String(repeating: "<p>", count: 400)
            + String(repeating: "</p>", count: 400) + "</pack>"
        let document = DocumentReader().read(Array(text.utf8), file: "deep.xml")
        #expect(document.diagnostics.map(\.code) == [.overLimits])
    }
}
