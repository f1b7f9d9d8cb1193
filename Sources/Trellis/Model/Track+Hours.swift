extension Track {
    /// Structured hours a member gets in a full week at week `stayWeek` of their own stay: the
    /// minutes of every block in which they have a group (every block, when no block has groups),
    /// at every weekly meeting, divided by 60. Breaks are not counted.
    public func weeklyHours(forStayWeek stayWeek: Int) -> Double {
        Double(minutesPerMeeting(forStayWeek: stayWeek) * calendar.meetings.count) / 60
    }

    /// Structured hours in a full week: the least any member gets, whatever week of their stay.
    public var weeklyHours: Double {
        stayWeeks.map(weeklyHours(forStayWeek:)).min() ?? 0
    }

    /// The most any member gets in a full week (equal to `weeklyHours` unless groups differ).
    public var mostWeeklyHours: Double {
        stayWeeks.map(weeklyHours(forStayWeek:)).max() ?? 0
    }

    /// True when what a member gets depends on the week of their stay.
    public var hasGroups: Bool { day.blocks.contains { !$0.groups.isEmpty } }

    /// The weeks of a planned stay: 1 to `weeks`.
    public var stayWeeks: ClosedRange<Int> { 1...max(1, weeks) }

    /// The level of care the weekly hours fall in for this track's population.
    public var impliedLevelOfCare: LevelOfCare? {
        LevelOfCare.level(forWeeklyHours: weeklyHours, population: population)
    }

    /// Hours a member at week `stayWeek` of their stay gets in calendar week `week`, after closures.
    public func hours(inWeek week: Int, forStayWeek stayWeek: Int) -> Double {
        Double(meetings(inWeek: week).filter(\.happens).count * minutesPerMeeting(forStayWeek: stayWeek)) / 60
    }

    private func minutesPerMeeting(forStayWeek stayWeek: Int) -> Int {
        day.blocks.filter { $0.hasPlace(forStayWeek: stayWeek) }.map(\.minutes).reduce(0, +)
    }
}
