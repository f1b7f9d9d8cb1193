/// Small helpers for messages that read as plain English.
enum English {
    /// `1 session`, `2 sessions`.
    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }

    /// A number to one decimal place, without a trailing `.0` (`9`, `3.7`).
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return sign + (magnitude % 10 == 0 ? "\(magnitude / 10)" : "\(magnitude / 10).\(magnitude % 10)")
    }

    /// `1 hour`, `1.5 hours`, `12 hours`.
    static func hours(_ value: Double) -> String {
        let number = decimal(value)
        return number == "1" ? "1 hour" : "\(number) hours"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// `stay week 3`, `stay weeks 1–2`, `stay weeks 1–2 and 5`: whole runs folded into ranges.
    static func stayWeeks(_ weeks: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for week in weeks.sorted() {
            if let last = runs.last, last.1 + 1 == week { runs[runs.count - 1].1 = week } else { runs.append((week, week)) }
        }
        let text = list(runs.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" })
        return (weeks.count == 1 ? "stay week " : "stay weeks ") + text
    }
}
