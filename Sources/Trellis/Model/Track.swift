/// A multi-week program: a meeting calendar, the layout of each meeting day, and the streams
/// that sequence modules and sessions into the day's blocks.
public struct Track: Hashable, Sendable {
    public var id: String
    public var version: String
    public var title: String
    /// The number of weeks; for a rolling track, the planned length of stay.
    public var weeks: Int
    public var admission: Admission
    public var levelOfCare: LevelOfCare?
    public var population: Population
    public var groupSize: Int
    public var summary: String?
    public var calendar: MeetingCalendar
    public var day: DayLayout
    public var streams: [TrackStream]
    public var origin: Origin
    /// The language its groups run in (`xml:lang`); `render` uses it by default.
    public var language: String?

    public static let defaultGroupSize = 12

    public init(
        id: String, version: String, title: String, weeks: Int, admission: Admission,
        levelOfCare: LevelOfCare? = nil, population: Population = .adult, groupSize: Int = Track.defaultGroupSize,
        summary: String? = nil, calendar: MeetingCalendar, day: DayLayout, streams: [TrackStream],
        origin: Origin = .code("track"), language: String? = nil
    ) {
        self.language = language
        self.id = id
        self.version = version
        self.title = title
        self.weeks = weeks
        self.admission = admission
        self.levelOfCare = levelOfCare
        self.population = population
        self.groupSize = groupSize
        self.summary = summary
        self.calendar = calendar
        self.day = day
        self.streams = streams
        self.origin = origin
    }

    public var file: String { origin.file }
}

/// How members join a track.
public enum Admission: String, Hashable, Sendable, CaseIterable {
    /// One cohort starts together and finishes together.
    case closed
    /// Members join any week; the sequence repeats without end.
    case rolling
}

/// Who a track is for; the level-of-care hour ranges depend on it.
public enum Population: String, Hashable, Sendable, CaseIterable {
    case adult
    case adolescent
}
