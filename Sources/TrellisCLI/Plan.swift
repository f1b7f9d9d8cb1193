import ArgumentParser
import Trellis

/// `trellis plan TRACK`: which session fills which block at which meeting.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
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
            let selection = try TrackSelection.load(track, curricula: curricula)
            let plan = try makePlan(Sequencer(track: selection.track, registry: selection.registry))
            switch format {
            case .text: print(plan.text, terminator: "")
            case .markdown: print(plan.markdown, terminator: "")
            case .json: print(plan.json.pretty)
            }
        }
    }

    private func makePlan(_ sequencer: Sequencer) throws -> Trellis.Plan {
        let track = sequencer.track
        let lastDay = track.firstDay(ofWeek: track.weeks + 1).adding(days: -1)
        if let week {
            guard week >= 1 else { throw CommandFailure.cannotRun("weeks are counted from 1; there is no week \(week)") }
            if track.admission == .closed, week > track.weeks {
                throw CommandFailure.cannotRun(
                    "\(track.id) is a closed track of \(track.weeks) weeks (\(track.calendar.start) to \(lastDay)); "
                        + "there is no week \(week)")
            }
            return sequencer.plan(weeks: week...week)
        }
        guard let from = from.flatMap(CalendarDate.init) else {
            let count = weeks ?? track.weeks
            if track.admission == .closed, count > track.weeks {
                throw CommandFailure.cannotRun(
                    "\(track.id) is a closed track of \(track.weeks) weeks (\(track.calendar.start) to \(lastDay)); "
                        + "it has no week \(count)")
            }
            return sequencer.plan(weeks: 1...count)
        }
        let count = weeks ?? track.weeks
        if from < track.calendar.start {
            throw CommandFailure.cannotRun("\(track.id) starts on \(track.calendar.start); plan from that date or later")
        }
        if track.admission == .closed, from.adding(days: 7 * count - 1) > lastDay {
            throw CommandFailure.cannotRun(
                "\(track.id) is a closed track that runs from \(track.calendar.start) to \(lastDay); "
                    + "\(count) weeks from \(from) go past its end")
        }
        return sequencer.plan(from: from, weeks: count)
    }
}
