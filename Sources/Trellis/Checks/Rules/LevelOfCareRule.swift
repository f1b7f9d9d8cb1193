/// TR205: weekly hours outside the range of the declared level of care.
struct LevelOfCareRule: Rule {
    let code = DiagnosticCode.levelOfCareHours

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.compactMap { track in
            guard let level = track.levelOfCare else { return nil }
            let range = level.hours(for: track.population)
            let hours = track.weeklyHours
            guard !range.contains(hours) else { return nil }
            let fitting = track.impliedLevelOfCare.map { " or declare level-of-care=\"\($0.rawValue)\"" } ?? ""
            return .error(
                code, at: track.origin["level-of-care"],
                "the track has \(English.decimal(hours)) hours of groups a week, but \(level.name) for "
                    + "\(track.population.rawValue)s is \(Self.describe(range)): change the blocks or meeting days\(fitting)")
        }
    }

    static func describe(_ range: Range<Double>) -> String {
        if range.upperBound == .infinity { return "\(English.decimal(range.lowerBound)) hours or more" }
        if range.lowerBound == 0 { return "under \(English.decimal(range.upperBound)) hours" }
        return "\(English.decimal(range.lowerBound)) hours up to (not including) \(English.decimal(range.upperBound))"
    }
}
