/// TR205: weekly hours outside the range of the declared level of care, counted for a member at
/// every week of their planned stay (with groups, what a member gets depends on that week).
struct LevelOfCareRule: Rule {
    let code = DiagnosticCode.levelOfCareHours

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.compactMap { track in
            guard let level = track.levelOfCare else { return nil }
            let range = level.hours(for: track.population)
            let outside = track.stayWeeks.filter { !range.contains(track.weeklyHours(forStayWeek: $0)) }
            guard let first = outside.first else { return nil }
            let hours = track.weeklyHours(forStayWeek: first)
            let fitting = track.impliedLevelOfCare.map { " or declare level-of-care=\"\($0.rawValue)\"" } ?? ""
            let who =
                outside.count == track.stayWeeks.count
                ? "the track has \(English.hours(hours)) of groups a week"
                : "members in \(English.stayWeeks(outside)) have \(English.hours(hours)) of groups a week"
            return .error(
                code, at: track.origin["level-of-care"],
                "\(who), but \(level.name) for \(track.population.rawValue)s is \(Self.describe(range)): "
                    + "change the blocks, groups or meeting days\(fitting)")
        }
    }

    static func describe(_ range: Range<Double>) -> String {
        if range.upperBound == .infinity { return "\(English.hours(range.lowerBound)) or more" }
        if range.lowerBound == 0 { return "under \(English.hours(range.upperBound))" }
        return "\(English.decimal(range.lowerBound)) hours up to (not including) \(English.decimal(range.upperBound))"
    }
}
