extension Track {
    /// Structured hours in a full week: the minutes of every block (breaks excluded) at every
    /// weekly meeting, divided by 60.
    public var weeklyHours: Double {
        Double(day.blockMinutes * calendar.meetings.count) / 60
    }

    /// The level of care the weekly hours fall in for this track's population.
    public var impliedLevelOfCare: LevelOfCare? {
        LevelOfCare.level(forWeeklyHours: weeklyHours, population: population)
    }
}
