/// How serious a diagnostic is. Ordered: a note is less than a warning, a warning less than an error.
public enum Severity: String, Comparable, CaseIterable, Sendable, Codable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
