/// TR210 (note): a week that closures push under the level-of-care minimum for a member who
/// otherwise has enough. A holiday week is normal; the note lets a program see it.
struct ShortWeekRule: Rule {
    let code = DiagnosticCode.weekUnderLevelOfCare

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap { track -> [Diagnostic] in
            guard let level = track.levelOfCare ?? track.impliedLevelOfCare else { return [] }
            let minimum = level.hours(for: track.population).lowerBound
            // Members whose full week is already short get TR205, not a note for every holiday.
            let stays = track.stayWeeks.filter { track.weeklyHours(forStayWeek: $0) >= minimum }
            return track.closuresByWeek.compactMap { week, closures in
                let short = stays.filter { track.hours(inWeek: week, forStayWeek: $0) < minimum }
                guard let lowest = short.min(by: { track.hours(inWeek: week, forStayWeek: $0) < track.hours(inWeek: week, forStayWeek: $1) }),
                    let first = closures.first
                else { return nil }
                let hours = track.hours(inWeek: week, forStayWeek: lowest)
                let whom = short.count == track.stayWeeks.count ? "" : " for members in \(English.stayWeeks(short))"
                return .note(
                    code, at: first.origin["date"],
                    "week \(week) (from \(track.firstDay(ofWeek: week))) has \(English.hours(hours)) of "
                        + "groups after closures\(whom), under the \(English.decimal(minimum))-hour minimum of "
                        + "\(level.name): normal for a holiday week, noted so the program can see it")
            }
        }
    }
}
