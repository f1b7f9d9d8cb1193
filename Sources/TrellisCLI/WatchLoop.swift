import Foundation
import Trellis

/// What `--watch` does between saves: wait for a settled change to the files a command reads,
/// say which changed, act, and go on until Ctrl-C (then exit 0: stopping is what was asked).
enum WatchLoop {
    /// Set `TRELLIS_WATCH_POLL=1` to look for changes by polling instead of inotify (network
    /// file systems, containers whose mounts deliver no events).
    static let pollingVariable = "TRELLIS_WATCH_POLL"

    static func run(roots: [String], relevant: @escaping @Sendable (String) -> Bool, stop: StopSignal, onChange: ([String]) -> Void) {
        let polling = ProcessInfo.processInfo.environment[pollingVariable] == "1"
        let watcher = FileWatching.watcher(roots: roots, polling: polling, relevant: relevant)
        Output.error("trellis: watching \(roots.joined(separator: ", ")) for saves; press Ctrl-C to stop\n")
        while let changed = watcher.waitForChanges(stop: stop) {
            let names = changed.map { ($0 as NSString).lastPathComponent }
            let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
            print("── \(clock()) · \(shown) changed")
            onChange(changed)
        }
        Output.error("trellis: stopped watching\n")
    }

    /// Local wall-clock time, HH:MM:SS: which save a block of output answers.
    static func clock() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }

    /// The files `validate` and `render` read: packs, tracks, programs, translations, rule files
    /// and templates. Editors' temporary and backup files are not.
    static func isCurriculumFile(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard !name.hasPrefix("."), !name.hasSuffix("~") else { return false }
        return name.hasSuffix(".xml") || name.hasSuffix(".sch") || name.hasSuffix(".mustache")
    }

    /// `render --watch` and `preview --watch`: after every save, make the files again in memory
    /// and write only those whose bytes changed, saying which; a save that brings errors prints
    /// them and writes nothing, so the folder keeps the last good files.
    static func rewriteOnSave(
        first: [EmittedFile], roots: [String], out: String, stop: StopSignal, produce: () throws -> [EmittedFile],
        write: ([EmittedFile]) throws -> Void
    ) {
        var previous = Dictionary(first.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let output = URL(fileURLWithPath: out).standardizedFileURL.path
        // A file argument is watched through its folder; a track or pack id is on the path already.
        let watched = roots.filter { FileManager.default.fileExists(atPath: $0) }
        let relevant: @Sendable (String) -> Bool = { path in
            isCurriculumFile(path) && !URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(output + "/")
        }
        run(roots: watched, relevant: relevant, stop: stop) { _ in
            do {
                let files = try produce()
                let changed = files.filter { previous[$0.path] != $0.contents }.map(\.path)
                try write(files)
                previous = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
                print(describe(changed))
            } catch let failure as PipelineFailure {
                if case .inputHasErrors(let report) = failure {
                    // Only the errors: the warnings were shown the first time.
                    let errors = DiagnosticReport(diagnostics: report.diagnostics.filter { $0.severity == .error }, files: report.files)
                    print(errors.rendered(as: .text), terminator: "")
                    print("Not written: fix the errors above and save again; \(out) keeps the last good files.")
                } else {
                    Output.error("trellis: \(failure)\n")
                }
            } catch {
                Output.error("trellis: \(error)\n")
            }
        }
    }

    /// `Rewrote 3 files in week 2, week 5: …`, or that nothing changed.
    static func describe(_ changed: [String]) -> String {
        guard !changed.isEmpty else { return "No file changed." }
        let weeks = Set(changed.compactMap { path -> Int? in
            guard path.hasPrefix("week-"), let end = path.firstIndex(of: "/") else { return nil }
            return Int(path[path.index(path.startIndex, offsetBy: 5)..<end])
        }).sorted()
        let scope = weeks.isEmpty ? "" : " in week\(weeks.count == 1 ? "" : "s") \(weeks.map(String.init).joined(separator: ", "))"
        let listed = changed.prefix(6).joined(separator: ", ") + (changed.count > 6 ? " and \(changed.count - 6) more" : "")
        return "Rewrote \(changed.count) file\(changed.count == 1 ? "" : "s")\(scope): \(listed)"
    }
}
