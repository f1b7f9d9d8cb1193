import Foundation
import Trellis

/// The date "today" means for this run: the local date, or `TRELLIS_TODAY` (YYYY-MM-DD) when
/// set, so CI can pin the date that review ages are measured against.
enum Today {
    static var date: CalendarDate {
        if let pinned = ProcessInfo.processInfo.environment["TRELLIS_TODAY"].flatMap(CalendarDate.init) {
            return pinned
        }
        let parts = Foundation.Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(daysSinceEpoch: 0)
    }
}
