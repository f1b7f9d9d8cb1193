/// When a track meets: the first week, the weekly meetings, and the dates it does not.
public struct MeetingCalendar: Hashable, Sendable {
    /// The first day of week 1.
    public var start: CalendarDate
    public var meetings: [MeetingTime]
    public var closures: [Closure]
    public var origin: Origin

    public init(start: CalendarDate, meetings: [MeetingTime], closures: [Closure] = [], origin: Origin = .code("calendar")) {
        self.start = start
        self.meetings = meetings
        self.closures = closures
        self.origin = origin
    }

    /// The meeting days, in the order of the week.
    public var meetingDays: [Weekday] { meetings.map(\.day).sorted() }
}

/// One weekly meeting: a weekday and a start time.
public struct MeetingTime: Hashable, Sendable {
    public var day: Weekday
    public var start: ClockTime
    public var origin: Origin

    public init(day: Weekday, start: ClockTime, origin: Origin = .code("meets")) {
        self.day = day
        self.start = start
        self.origin = origin
    }
}

/// A date on which the track does not meet.
public struct Closure: Hashable, Sendable {
    public var date: CalendarDate
    public var reason: String?
    public var origin: Origin

    public init(date: CalendarDate, reason: String? = nil, origin: Origin = .code("closed")) {
        self.date = date
        self.reason = reason
        self.origin = origin
    }
}
