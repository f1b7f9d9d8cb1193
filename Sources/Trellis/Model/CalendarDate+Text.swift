extension CalendarDate {
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The month's name, in English.
    public var monthName: String { Self.monthNames[month - 1] }

    /// `Monday 4 January 2027`: unambiguous on a wall in any English-speaking clinic.
    public var longDescription: String { "\(weekday.name) \(day) \(monthName) \(year)" }

    /// `4 January 2027`.
    public var mediumDescription: String { "\(day) \(monthName) \(year)" }
}
