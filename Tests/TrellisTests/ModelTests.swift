import Testing
import Trellis

struct CalendarDateTests {
    @Test func roundTripsThroughDaysSinceEpoch() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let days = Int.random(in: -200_000...200_000, using: &generator)
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test func knowsWeekdaysAndLeapYears() {
        #expect(CalendarDate("2027-01-04")?.weekday == .mon)
        #expect(CalendarDate("2027-11-25")?.weekday == .thu)
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2027-02-29") == nil)
        #expect(CalendarDate("2027-13-01") == nil)
        #expect(CalendarDate("27-01-01") == nil)
        #expect(CalendarDate("2027-02-28")?.adding(days: 1).description == "2027-03-01")
    }

    @Test func addsMonthsClampingToTheMonthsEnd() {
        #expect(CalendarDate("2024-02-29")?.adding(months: 24).description == "2026-02-28")
        #expect(CalendarDate("2027-01-31")?.adding(months: 1).description == "2027-02-28")
        #expect(CalendarDate("2027-11-15")?.adding(months: 3).description == "2028-02-15")
    }
}

struct IdentifierTests {
    @Test(arguments: ["a", "rp-01", "core", "a" + String(repeating: "b", count: 63)])
    func acceptsValidIDs(_ id: String) {
        #expect(Identifier.isValid(id))
    }

    @Test(arguments: ["", "1abc", "-a", "Rp-01", "rp 01", "rp_01", "ré", "a" + String(repeating: "b", count: 64)])
    func refusesInvalidIDs(_ id: String) {
        #expect(!Identifier.isValid(id))
    }

    @Test func parsesQualifiedAndBareReferences() {
        #expect(Reference(parsing: "mindfulness/mf-02") == Reference(pack: "mindfulness", local: "mf-02"))
        #expect(Reference(parsing: "rp-01") == Reference(pack: nil, local: "rp-01"))
        #expect(Reference(parsing: "a/b/c").pack == nil)
        #expect(Reference(parsing: "/b").pack == nil)
    }
}

struct LevelOfCareTests {
    /// The boundaries CLINICAL-FACTS.md §4.1 asks to check explicitly.
    @Test(arguments: [
        (8.9, Population.adult, LevelOfCare.outpatient), (9, .adult, .intensiveOutpatient),
        (19, .adult, .intensiveOutpatient), (19.9, .adult, .intensiveOutpatient), (20, .adult, .partialHospitalization),
        (5.9, .adolescent, .outpatient), (6, .adolescent, .intensiveOutpatient), (20, .adolescent, .partialHospitalization),
    ])
    func placesWeeklyHoursInTheRightLevel(hours: Double, population: Population, level: LevelOfCare) {
        #expect(LevelOfCare.level(forWeeklyHours: hours, population: population) == level)
    }
}
