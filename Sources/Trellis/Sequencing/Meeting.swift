/// One meeting of a track on the calendar: a date, its week, and whether a closure cancels it.
public struct Meeting: Hashable, Sendable {
    public var date: CalendarDate
    /// The track week it falls in, 1-based.
    public var week: Int
    public var weekday: Weekday
    public var start: ClockTime
    /// The closure that cancels it, if any.
    public var closure: Closure?

    public var happens: Bool { closure == nil }
}

extension Track {
    /// The first day of week `week` (1-based): `start + 7·(week − 1)`.
    public func firstDay(ofWeek week: Int) -> CalendarDate {
        calendar.start.adding(days: 7 * (week - 1))
    }

    /// The week a date falls in; 0 or less before the track starts.
    public func week(of date: CalendarDate) -> Int {
        let days = calendar.start.days(until: date)
        return (days >= 0 ? days / 7 : (days - 6) / 7) + 1
    }

    /// The meetings of one week in date (then clock) order, cancelled ones included and marked.
    public func meetings(inWeek week: Int) -> [Meeting] {
        let first = firstDay(ofWeek: week)
        let closures = Dictionary(calendar.closures.map { ($0.date, $0) }, uniquingKeysWith: { earlier, _ in earlier })
        return calendar.meetings.map { time in
            let offset = (time.day.index - calendar.start.weekday.index + 7) % 7
            let date = first.adding(days: offset)
            return Meeting(date: date, week: week, weekday: time.day, start: time.start, closure: closures[date])
        }
        .sorted { ($0.date, $0.start) < ($1.date, $1.start) }
    }

    /// The closures that fall in the track's weeks (any week from 1 for a rolling track), by
    /// week, each week's in the order written.
    public var closuresByWeek: [(week: Int, closures: [Closure])] {
        let inside = calendar.closures.filter { closure in
            let week = week(of: closure.date)
            return week >= 1 && (admission == .rolling || week <= weeks)
        }
        let grouped = Dictionary(grouping: inside, by: { week(of: $0.date) })
        return grouped.keys.sorted().map { ($0, grouped[$0]!) }
    }

    /// Hours of groups in one week, after its closures.
    public func hours(inWeek week: Int) -> Double {
        Double(meetings(inWeek: week).filter(\.happens).count * day.blockMinutes) / 60
    }
}

extension TrackStream {
    /// True when this stream has a slot at `meeting`: its weekday and week are the stream's.
    public func fills(_ meeting: Meeting) -> Bool {
        (days?.contains(meeting.weekday) ?? true) && (weeks?.contains(meeting.week) ?? true)
    }
}
