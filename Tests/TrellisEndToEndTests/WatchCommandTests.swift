import Foundation
import Testing

/// `--watch` as an author uses it: save in the editor, read the change in the terminal within a
/// second, stop with Ctrl-C.
@Suite(.serialized)
struct WatchCommandTests {
    /// A running `trellis` whose output is read as it comes.
    final class Running: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var out = ""
        private var err = ""

        init(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws {
            process.executableURL = TrellisBinary.url
            process.arguments = arguments
            process.currentDirectoryURL = folder
            var base = ProcessInfo.processInfo.environment
            base.removeValue(forKey: "TRELLIS_CURRICULA")
            base["TRELLIS_TODAY"] = "2027-01-01"
            process.environment = base.merging(environment) { _, new in new }
            let outPipe = Pipe()
            let errPipe = Pipe()
            process.standardOutput = outPipe
            process.standardError = errPipe
            outPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                self?.lock.withLock { self?.out += text }
            }
            errPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                self?.lock.withLock { self?.err += text }
            }
            try process.run()
        }

        var stdout: String { lock.withLock { out } }
        var stderr: String { lock.withLock { err } }

        /// Seconds until standard output contains `text`, or nil after `timeout` seconds.
        func wait(for text: String, after offset: Int = 0, timeout: Double = 30) -> Double? {
            let start = Date()
            while Date().timeIntervalSince(start) < timeout {
                if String(stdout.dropFirst(offset)).contains(text) { return Date().timeIntervalSince(start) }
                usleep(10_000)
            }
            return nil
        }

        /// Ctrl-C, then the exit status (nil if it did not end within 5 seconds).
        func interrupt() -> Int32? {
            process.interrupt()
            let start = Date()
            while process.isRunning && Date().timeIntervalSince(start) < 5 { usleep(10_000) }
            if process.isRunning {
                process.terminate()
                return nil
            }
            return process.terminationStatus
        }
    }

    static let pack = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:trellis:curriculum:1" id="watched" version="1.0.0">
          <title>Watched</title>
          <summary>One session.</summary>
          <review date="2026-06-01" by="Committee"/>
          <module id="core" title="Core">
            <session id="w-01" title="TITLE" minutes="MINUTES">
              <objective>Name one thing.</objective>
              <activity kind="teach" minutes="60"/>
            </session>
          </module>
        </pack>
        """

    static let track = """
        <?xml version="1.0" encoding="UTF-8"?>
        <track xmlns="urn:trellis:curriculum:1" id="watched-track" version="1.0.0"
               title="Watched track" weeks="2" admission="closed" level-of-care="1">
          <calendar start="2027-01-04"><meets day="mon" at="09:00"/></calendar>
          <day><block id="skills" minutes="60"/></day>
          <stream block="skills"><module ref="watched/core"/></stream>
        </track>
        """

    func save(_ folder: URL, title: String = "First", minutes: Int = 60) throws {
        let text = Self.pack.replacingOccurrences(of: "TITLE", with: title).replacingOccurrences(of: "MINUTES", with: "\(minutes)")
        // As editors save: a new file renamed over the old one.
        let temporary = folder.appendingPathComponent("packs/.watched.xml.swp")
        try Data(text.utf8).write(to: temporary)
        _ = rename(temporary.path, folder.appendingPathComponent("packs/watched.xml").path)
    }

    func curricula() throws -> URL {
        let folder = try TrellisBinary.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Curricula/packs"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Curricula/tracks"), withIntermediateDirectories: true)
        try save(folder.appendingPathComponent("Curricula"))
        try Data(Self.track.utf8).write(to: folder.appendingPathComponent("Curricula/tracks/watched-track.xml"))
        return folder
    }

    @Test(arguments: ["inotify", "polling"])
    func validateWatchPrintsWhatASaveBrokeAndFixedWithinASecond(watcher: String) throws {
        let folder = try curricula()
        defer { try? FileManager.default.removeItem(at: folder) }
        let running = try Running(
            ["validate", "--watch"], in: folder, environment: watcher == "polling" ? ["TRELLIS_WATCH_POLL": "1"] : [:])
        #expect(running.wait(for: "0 errors, 0 warnings in 2 files") != nil, "\(running.stdout)\(running.stderr)")
        usleep(300_000)  // the watcher is set up right after the first report

        var offset = running.stdout.count
        try save(folder.appendingPathComponent("Curricula"), minutes: 70)
        let broke = running.wait(for: "error: the activities of session \"w-01\" add up to 60 minutes", after: offset, timeout: 5)
        #expect(broke != nil, "\(running.stdout)")
        #expect((broke ?? 99) < 1.0, "the change took \(broke ?? 99) s to show")
        #expect(String(running.stdout.dropFirst(offset)).contains("new:   Curricula/packs/watched.xml:"))

        offset = running.stdout.count
        try save(folder.appendingPathComponent("Curricula"), minutes: 60)
        let fixed = running.wait(for: "fixed: Curricula/packs/watched.xml:", after: offset, timeout: 5)
        #expect(fixed != nil, "\(running.stdout)")
        #expect(String(running.stdout.dropFirst(offset)).contains("0 errors, 0 warnings in 2 files"))
        // An editor's own temporary file is not a change.
        #expect(!running.stdout.contains(".watched.xml.swp changed"))

        #expect(running.interrupt() == 0)
        #expect(running.stderr.contains("stopped watching"))
    }

    @Test func renderWatchRewritesOnlyTheFilesASaveChangedAndKeepsTheLastGoodRenderOnErrors() throws {
        let folder = try curricula()
        defer { try? FileManager.default.removeItem(at: folder) }
        let running = try Running(["render", "watched-track", "--out", "out", "--format", "markdown", "--watch"], in: folder)
        #expect(running.wait(for: "Rendered watched-track") != nil, "\(running.stdout)\(running.stderr)")
        usleep(300_000)
        let guide = folder.appendingPathComponent("out/week-01/facilitator-guide.md")
        #expect(try String(contentsOf: guide, encoding: .utf8).contains("First"))

        var offset = running.stdout.count
        try save(folder.appendingPathComponent("Curricula"), title: "Renamed")
        #expect(running.wait(for: "Rewrote", after: offset, timeout: 10) != nil, "\(running.stdout)\(running.stderr)")
        #expect(String(running.stdout.dropFirst(offset)).contains("week-01/facilitator-guide.md"))
        #expect(try String(contentsOf: guide, encoding: .utf8).contains("Renamed"))

        offset = running.stdout.count
        try save(folder.appendingPathComponent("Curricula"), title: "Broken", minutes: 70)
        #expect(running.wait(for: "Not written", after: offset, timeout: 10) != nil, "\(running.stdout)")
        #expect(try String(contentsOf: guide, encoding: .utf8).contains("Renamed"))

        #expect(running.interrupt() == 0)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("out").path)
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func previewWatchShowsASavedPackThatNoTrackUses() throws {
        let folder = try curricula()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Curricula/tracks/watched-track.xml"))
        let running = try Running(["preview", "Curricula/packs/watched.xml", "--out", "draft", "--format", "markdown", "--watch"], in: folder)
        #expect(running.wait(for: "Previewed watched") != nil, "\(running.stdout)\(running.stderr)")
        usleep(300_000)
        let offset = running.stdout.count
        try save(folder.appendingPathComponent("Curricula"), title: "Second draft")
        #expect(running.wait(for: "Rewrote", after: offset, timeout: 10) != nil, "\(running.stdout)\(running.stderr)")
        let guide = try String(contentsOf: folder.appendingPathComponent("draft/facilitator-guide.md"), encoding: .utf8)
        #expect(guide.contains("Second draft"))
        #expect(running.interrupt() == 0)
    }
}
