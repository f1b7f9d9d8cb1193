/// An ASAM level of care, by the hours of structured programming a week.
public enum LevelOfCare: String, Hashable, Sendable, CaseIterable {
    /// Outpatient.
    case outpatient = "1"
    /// Intensive outpatient.
    case intensiveOutpatient = "2.1"
    /// Partial hospitalization (high-intensity outpatient).
    case partialHospitalization = "2.5"

    public var name: String {
        switch self {
        case .outpatient: "outpatient (level 1)"
        case .intensiveOutpatient: "intensive outpatient (level 2.1)"
        case .partialHospitalization: "partial hospitalization (level 2.5)"
        }
    }

    /// Weekly hours for each level, by population: the lower bound is included, the upper is not.
    ///
    /// Kept as data, in one place, because the thresholds change between ASAM editions
    /// (CLINICAL-FACTS.md §4.1): adults 9 h and 20 h, adolescents 6 h and 20 h.
    public static let weeklyHours: [Population: [LevelOfCare: Range<Double>]] = [
        .adult: [
            .outpatient: 0..<9,
            .intensiveOutpatient: 9..<20,
            .partialHospitalization: 20..<Double.infinity,
        ],
        .adolescent: [
            .outpatient: 0..<6,
            .intensiveOutpatient: 6..<20,
            .partialHospitalization: 20..<Double.infinity,
        ],
    ]

    /// The range of weekly hours this level covers for `population`.
    public func hours(for population: Population) -> Range<Double> {
        Self.weeklyHours[population]![self]!
    }

    /// The level whose range holds `hours` for `population`.
    public static func level(forWeeklyHours hours: Double, population: Population) -> LevelOfCare? {
        allCases.first { $0.hours(for: population).contains(hours) }
    }
}
