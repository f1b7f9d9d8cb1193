import Foundation

/// The words Trellis prints around a pack's own text (headings, labels, dates, weekday and month
/// names), in one language. Each language is one table, `Resources/Strings/LANG.json`: adding a
/// language means adding a table (and translations of the packs), no Swift. A key missing from a
/// table falls back to English.
public struct InterfaceStrings: Sendable {
    /// The table's language (`en`, `es`).
    public let language: String
    /// The language's own name (`español`).
    public let name: String
    private let weekdays: [String]
    private let months: [String]
    private let strings: [String: String]
    private let fallback: [String: String]

    private struct Table: Decodable {
        let language: String
        let name: String
        let weekdays: [String]
        let months: [String]
        let strings: [String: String]
    }

    /// The table for `language` (`es-MX` finds `es`), or nil when Trellis has none.
    public static func load(_ language: String) -> InterfaceStrings? {
        let primary = Language.primary(language)
        guard let table = tables[primary] else { return nil }
        return InterfaceStrings(table: table, fallback: tables[Language.standard]?.strings ?? [:])
    }

    /// English, the language every table falls back to.
    public static let english: InterfaceStrings = load(Language.standard)
        ?? InterfaceStrings(table: Table(language: "en", name: "English", weekdays: [], months: [], strings: [:]), fallback: [:])

    /// The languages with a table, sorted.
    public static var available: [String] { tables.keys.sorted() }

    private static let tables: [String: Table] = {
        guard let folder = Bundle.module.url(forResource: "Strings", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { return [:] }
        var tables: [String: Table] = [:]
        for file in files where file.pathExtension == "json" {
            guard let data = try? Data(contentsOf: file), let table = try? JSONDecoder().decode(Table.self, from: data),
                table.weekdays.count == 7, table.months.count == 12
            else { continue }
            tables[Language.primary(table.language)] = table
        }
        return tables
    }()

    private init(table: Table, fallback: [String: String]) {
        language = Language.primary(table.language)
        name = table.name
        weekdays = table.weekdays
        months = table.months
        strings = table.strings
        self.fallback = fallback
    }

    /// The string for `key`, with each `{name}` replaced by `values[name]`.
    public subscript(_ key: String, _ values: [String: String] = [:]) -> String {
        // One week or one hour reads "1 week", "1 hour": a table gives that form as KEY.one.
        let one = values["weeks"] == "1" || values["hours"] == "1" ? strings[key + ".one"] ?? fallback[key + ".one"] : nil
        return Self.filling(one ?? strings[key] ?? fallback[key] ?? key, with: values)
    }

    /// `template` with each `{name}` that `values` has replaced by its value, in one pass: a
    /// value is never read as a template itself. Foundation's `replacingOccurrences`, once per
    /// value, was most of the cost of printing a long plan.
    static func filling(_ template: String, with values: [String: String]) -> String {
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                text += value
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[afterOpen...]
            }
        }
        return text + rest
    }

    /// Every key of the table.
    public var keys: [String] { strings.keys.sorted() }

    /// True when the table itself (not the English fallback) has `key`.
    public func has(_ key: String) -> Bool { strings[key] != nil }

    public func weekday(_ day: Weekday) -> String { weekdays.isEmpty ? day.name : weekdays[day.index] }

    public func month(_ number: Int) -> String { months.isEmpty ? CalendarDate.monthNames[number - 1] : months[number - 1] }

    /// `Monday 4 January 2027`, `lunes 4 de enero de 2027`.
    public func longDate(_ date: CalendarDate) -> String {
        self["date.long", ["weekday": weekday(date.weekday), "day": "\(date.day)", "month": month(date.month), "year": "\(date.year)"]]
    }

    /// `4 January 2027`, `4 de enero de 2027`.
    public func mediumDate(_ date: CalendarDate) -> String {
        self["date.medium", ["day": "\(date.day)", "month": month(date.month), "year": "\(date.year)"]]
    }

    /// `Monday 4 January 2027 to Sunday 10 January 2027`.
    public func span(_ first: CalendarDate, _ last: CalendarDate) -> String {
        self["span", ["first": longDate(first), "last": longDate(last)]]
    }

    /// `a, b and c`, `a, b y c`.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return self["list.and", ["first": items.dropLast().joined(separator: ", "), "last": items.last!]]
    }

    /// A language's name in this table's language (`es` in English: `Spanish`), or the tag.
    public func languageName(_ tag: String) -> String {
        let key = "language.\(Language.primary(tag))"
        return strings[key] ?? fallback[key] ?? tag
    }

    /// An activity kind's name: the table's, else the name its plugin registered.
    public func kindName(_ kind: String, registered: String?) -> String {
        strings["kind.\(kind)"] ?? registered ?? fallback["kind.\(kind)"] ?? kind
    }

    /// Hours with at most one decimal, as every output prints them.
    public func hours(_ value: Double) -> String { English.decimal(value) }
}
