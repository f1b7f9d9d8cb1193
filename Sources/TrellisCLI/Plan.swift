import ArgumentParser
import Trellis

/// `trellis plan TRACK`: which session fills which block at which meeting.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print a track's session plan: every meeting, its blocks, clock times and sessions.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: "A track file, or the id of a track on the curricula path.")
    var track: String

    @OptionGroup var curricula: CurriculaOptions

    @Option(help: "Plan only this week (1 is the first).")
    var week: Int?

    @Option(help: ArgumentHelp("Plan the meetings from this date (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: "How many weeks to plan (default: the track's weeks).")
    var weeks: Int?

    @Option(help: "Output format: text, markdown or json.")
    var format: Format = .text

    func validate() throws {
        if week != nil && (from != nil || weeks != nil) {
            throw ValidationError("--week plans one week; use it without --from and --weeks.")
        }
        if let from, CalendarDate(from) == nil { throw ValidationError("--from needs a date written YYYY-MM-DD, not \"\(from)\".") }
        if let weeks, !(1...10_400).contains(weeks) { throw ValidationError("--weeks must be from 1 to 10400.") }
    }

    func run() throws {
        try reportingFailures {
            let pipeline = try curricula.pipeline
            let prepared = try curricula.prepare(track, with: pipeline)
            let request: PlanRequest =
                if let week { .week(week) } else if let from = from.flatMap(CalendarDate.init) { .from(from, weeks: weeks) } else {
                    .weeks(weeks)
                }
            let plan = try pipeline.plan(prepared, request)
            switch format {
            case .text: print(plan.text, terminator: "")
            case .markdown: print(plan.markdown, terminator: "")
            case .json: print(plan.json.pretty)
            }
        }
    }
}
