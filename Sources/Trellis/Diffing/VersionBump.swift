/// How much a version must rise for a change, in semantic-versioning terms: a PATCH for
/// facilitator-only wording, a MINOR for anything participants meet or anything added, a MAJOR
/// for anything taken away that tracks and approvals point at.
public enum VersionBump: Int, Comparable, Hashable, Sendable, CaseIterable {
    /// Nothing changed.
    case none
    case patch
    case minor
    case major

    public static func < (lhs: VersionBump, rhs: VersionBump) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `MAJOR`, `MINOR`, `PATCH` or `none`, as a reviewer reads it.
    public var name: String {
        switch self {
        case .none: "none"
        case .patch: "PATCH"
        case .minor: "MINOR"
        case .major: "MAJOR"
        }
    }

    /// `major`, `minor`, `patch` or `none`: the JSON spelling.
    public var key: String {
        switch self {
        case .none: "none"
        case .patch: "patch"
        case .minor: "minor"
        case .major: "major"
        }
    }
}
