import Foundation
import Testing

/// `render --format pdf,docx`: print-ready PDF through headless Chromium, and Word documents
/// that are the same bytes every time. The real clients (python-docx, LibreOffice, pypdf,
/// pdftoppm) check the files in `.ci/run`, which installs them; `Tests/Clients/check_print.py`.
@Suite(.serialized)
struct PrintCommandTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .contains { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func wordDocumentsAreByteIdenticalFromRunToRun() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes: [[String: Data]] = []
        for run in ["first", "second"] {
            let out = folder.appendingPathComponent(run)
            let result = try TrellisBinary.run(["render", "adult-iop", "--week", "2", "--format", "docx", "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".docx") }.sorted()
            bytes.append(Dictionary(uniqueKeysWithValues: try files.map { ($0, try Data(contentsOf: out.appendingPathComponent($0))) }))
        }
        #expect(bytes[0].count > 5)
        #expect(bytes[0].keys.contains("week-02/facilitator-guide.docx"))
        #expect(bytes[0] == bytes[1])
        // A ZIP whose document part is WordprocessingML.
        let guide = try #require(bytes[0]["week-02/facilitator-guide.docx"])
        #expect(guide.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func pdfWithoutChromiumExitsTwoNamingThePackage() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TrellisBinary.run(
            ["render", "adult-iop", "--week", "1", "--format", "pdf", "--out", folder.appendingPathComponent("out").path],
            environment: ["PATH": "/nonexistent", "TRELLIS_CHROMIUM": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/week-01").path))
    }

    @Test(.enabled(if: chromium)) func pdfsAreWrittenPerWeekForTheGuideAndTheHandouts() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try TrellisBinary.run(["render", "adult-iop", "--week", "1", "--format", "pdf", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["facilitator-guide.pdf", "handouts.pdf"] {
            let data = try Data(contentsOf: out.appendingPathComponent("week-01/\(name)"))
            #expect(data.starts(with: Array("%PDF-".utf8)), "\(name)")
            #expect(data.count > 10_000)
        }
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("week-01/facilitator-guide.pdf") && index.contains("week-01/handouts.pdf"))
    }

    @Test(arguments: [["validate", "--format", "sarif"], ["list"], ["plan", "adult-iop", "--week", "1"], ["schema"]])
    func aFullDiskIsAFailureNeverAnEmptyReport(arguments: [String]) throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }
        let process = Process()
        process.executableURL = TrellisBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = TrellisBinary.repository
        process.standardOutput = full
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(arguments): \(message)")
        #expect(message.contains("cannot write to standard output (No space left on device)"))
    }
}
