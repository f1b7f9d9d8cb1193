/// TR210 (note): a week that closures push under the level-of-care minimum. A holiday week is
/// normal; the note lets a program see it.
struct ShortWeekRule: Rule {
    let code = DiagnosticCode.weekUnderLevelOfCare

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap { track -> [Diagnostic] in
            guard let level = track.levelOfCare ?? track.impliedLevelOfCare else { return [] }
            let minimum = level.hours(for: track.population).lowerBound
            return track.closuresByWeek.compactMap { week, closures in
                let hours = track.hours(inWeek: week)
                guard hours < minimum, let first = closures.first else { return nil }
                return .note(
                    code, at: first.origin["date"],
                    "week \(week) (from \(track.firstDay(ofWeek: week))) has \(English.decimal(hours)) hours of "
                        + "groups after closures, under the \(English.decimal(minimum))-hour minimum of "
                        + "\(level.name): normal for a holiday week, noted so the program can see it")
            }
        }
    }
}
