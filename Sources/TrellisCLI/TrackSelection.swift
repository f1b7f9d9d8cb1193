import ArgumentParser
import Foundation
import Trellis

/// A TRACK argument resolved: a path to a track file, or a track id on the curricula path.
struct TrackSelection {
    let library: CurriculumLibrary
    let track: Track
    /// Everything registered, with the loaded packs' modules.
    let registry: PluginRegistry

    /// Loads the library, finds the track, and checks it: errors in the track end the command
    /// (status 1) with the diagnostics on stderr; warnings are shown there and it goes on.
    static func load(_ argument: String, curricula: CurriculaOptions) throws -> TrackSelection {
        var isFolder: ObjCBool = false
        let isFile = FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) && !isFolder.boolValue
        let library = try curricula.load(isFile ? [argument] : [])
        let registry = PluginRegistry.standard().adding(library)
        let track: Track
        if isFile {
            guard let document = library.documents.first(where: { $0.file == argument }) else {
                throw CommandFailure.cannotRun("\(argument): cannot be read")
            }
            if !document.isValid {
                try report(document.diagnostics, files: [argument])
            }
            guard let found = document.track else {
                throw CommandFailure.cannotRun("\(argument) is not a track (its root element is not <track>)")
            }
            track = found
        } else {
            guard let found = library.track(id: argument) else {
                let known = library.tracks.map(\.id).sorted()
                let hint = known.isEmpty ? "no tracks were found" : "tracks found: \(known.joined(separator: ", "))"
                throw CommandFailure.cannotRun(
                    "no track file or track id \"\(argument)\" on the curricula path (\(curricula.path.directories.joined(separator: ":"))); \(hint)")
            }
            track = found
        }
        // Check the track alone (the path is there to resolve its references).
        let trackOnly = CurriculumLibrary(documents: library.documents, inputFiles: [track.file])
        let diagnostics = Validator(registry: .standard(), today: Today.date).validate(trackOnly)
            .filter { $0.severity >= .warning }
        try report(diagnostics, files: [track.file])
        return TrackSelection(library: library, track: track, registry: registry)
    }

    /// Prints diagnostics to stderr; throws when any is an error.
    private static func report(_ diagnostics: [Diagnostic], files: [String]) throws {
        guard !diagnostics.isEmpty else { return }
        let report = DiagnosticReport(diagnostics: diagnostics, files: files)
        FileHandle.standardError.write(Data(report.rendered(as: .text).utf8))
        if report.errorCount > 0 { throw CommandFailure.inputHasErrors }
    }
}
