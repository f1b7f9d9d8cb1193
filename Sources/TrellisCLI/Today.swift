import Foundation
import Trellis

/// The date "today" means for this run: the local date, or `TRELLIS_TODAY` (YYYY-MM-DD) when
/// set, so CI can pin the date that review ages are measured against.
enum Today {
    /// Throws when `TRELLIS_TODAY` is set but is not a date: silently measuring review ages from
    /// the real date would make a pinned CI run pass or fail by the calendar.
    static var date: CalendarDate {
        get throws(CommandFailure) {
            if let pinned = ProcessInfo.processInfo.environment["TRELLIS_TODAY"] {
                guard let date = CalendarDate(pinned), (1900...2199).contains(date.year) else {
                    let shown = String(String.UnicodeScalarView(pinned.unicodeScalars.prefix(40).filter { $0.value >= 0x20 && $0.value != 0x7F }))
                    throw .cannotRun("TRELLIS_TODAY is \"\(shown)\"; write a date as YYYY-MM-DD, like 2027-01-04, or unset it")
                }
                return date
            }
            let parts = Foundation.Calendar.current.dateComponents([.year, .month, .day], from: Date())
            return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
                ?? CalendarDate(daysSinceEpoch: 0)
        }
    }
}
