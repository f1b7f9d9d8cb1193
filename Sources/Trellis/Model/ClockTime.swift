/// A time of day, `HH:MM`, counted in minutes after midnight. It may run past 24:00 when a long
/// day is laid out from a late start; `description` then wraps.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    /// Parses `HH:MM` (00:00–23:59).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        self.minutes = hour * 60 + minute
    }

    public func adding(minutes: Int) -> ClockTime { ClockTime(minutes: self.minutes + minutes) }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }

    public var description: String {
        let wrapped = minutes % (24 * 60)
        let hour = wrapped / 60
        let minute = wrapped % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
