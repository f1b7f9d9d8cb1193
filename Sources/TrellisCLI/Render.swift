import ArgumentParser
import Foundation
import Trellis

extension Paper: ExpressibleByArgument {}

/// `trellis render TRACK --out DIR`: facilitator guides and participant handouts.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write facilitator guides, participant handouts, index.html, plan.json and calendar.ics.")

    @Argument(help: "A track file, or the id of a track on the curricula path.")
    var track: String

    @OptionGroup var curricula: CurriculaOptions

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var out: String

    @Option(help: "Render only this week (1 is the first).")
    var week: Int?

    @Option(help: "A comma list of emitters: markdown, html (default: both).")
    var format: String = "markdown,html"

    @Option(help: ArgumentHelp("A folder of Mustache templates that replace the bundled ones by name.", valueName: "dir"))
    var templates: String?

    @Option(help: "Lay pages out for this paper: a4 or letter (default: whatever the printer uses).")
    var paper: Paper?

    @Flag(help: "Replace files in the output folder that Trellis did not write, or that were edited since.")
    var force = false

    func run() throws {
        try reportingFailures {
            let selection = try TrackSelection.load(track, curricula: curricula)
            let track = selection.track
            let weeks: ClosedRange<Int>
            if let week {
                guard week >= 1, track.admission == .rolling || week <= track.weeks else {
                    throw CommandFailure.cannotRun("\(track.id) has weeks 1 to \(track.weeks); there is no week \(week)")
                }
                weeks = week...week
            } else {
                weeks = 1...track.weeks
            }
            let formats = format.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard !formats.isEmpty else { throw CommandFailure.cannotRun("--format names no emitter") }

            let templateSet: TemplateSet
            do {
                templateSet = try TemplateSet.load(overrides: templates)
            } catch {
                throw CommandFailure.cannotRun("template \(String(describing: error))")
            }
            for name in templateSet.unusedOverrides {
                FileHandle.standardError.write(Data("trellis: note: \(name).mustache in --templates replaces no bundled template\n".utf8))
            }
            let files: [EmittedFile]
            do {
                files = try Renderer(registry: selection.registry, templates: templateSet, paper: paper)
                    .render(track, weeks: weeks, formats: formats)
            } catch {
                throw CommandFailure.cannotRun(String(describing: error))
            }
            let summary: OutputFolder.Summary
            do {
                summary = try OutputFolder(path: out).write(files, force: force)
            } catch {
                throw CommandFailure.cannotRun(String(describing: error))
            }
            print(
                "Rendered \(track.id), week\(weeks.count == 1 ? "" : "s") \(weeks.count == 1 ? "\(weeks.lowerBound)" : "\(weeks.lowerBound)–\(weeks.upperBound)") "
                    + "into \(out): \(files.count) files (\(summary.written) written, \(summary.unchanged) unchanged). "
                    + "Open \(out)/index.html.")
        }
    }
}
