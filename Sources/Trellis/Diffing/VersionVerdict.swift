/// Whether a pack's version rose as much as its changes need: a removed module, session or
/// handout needs a new MAJOR; participant text, minutes, prerequisites or anything added at
/// least a MINOR; facilitator-only wording a PATCH. A larger bump than needed is fine.
public struct VersionVerdict: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        /// The version rose at least as much as the changes need (or nothing changed).
        case matches
        /// The version rose, but less than the changes need.
        case tooSmall = "too-small"
        /// The changes need a new version and the version stayed the same or went down.
        case notRaised = "not-raised"
        /// A version is not MAJOR.MINOR.PATCH, so the two cannot be compared.
        case unreadable
    }

    public var status: Status
    /// The least bump the changes need.
    public var required: VersionBump
    /// The bump from the old version to the new; nil when a version cannot be read or did not rise.
    public var actual: VersionBump?
    /// The smallest version that would match, when the verdict is not `matches`.
    public var suggested: String?
    /// Why the bump is needed: the first few changes that need it, in words.
    public var reasons: [String]
    public var old: String
    public var new: String

    /// How many reasons a verdict gives.
    public static let reasonLimit = 3

    public init(_ diff: PackDiff) {
        old = diff.old.version
        new = diff.new.version
        required = diff.requiredBump
        reasons = Self.reasons(diff, for: required)
        guard let oldVersion = SemanticVersion(old), let newVersion = SemanticVersion(new) else {
            status = .unreadable
            actual = nil
            suggested = nil
            return
        }
        let bump = oldVersion.bump(to: newVersion)
        actual = bump == .none ? nil : bump
        if bump >= required {
            status = .matches
            suggested = nil
        } else {
            status = bump == .none ? .notRaised : .tooSmall
            suggested = oldVersion.raised(by: required)?.description
        }
    }

    /// True when the version is right for the changes.
    public var matches: Bool { status == .matches }

    /// The verdict in a sentence a reviewer reads, e.g. "1.1.0 → 1.1.1 is a PATCH, but the
    /// changes need at least a MAJOR (2.0.0): session rp-04 was removed."
    public var sentence: String {
        let span = "\(old) → \(new)"
        let because = reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; ")
        let target = suggested.map { " (\($0))" } ?? ""
        switch status {
        case .unreadable:
            let bad = [old, new].filter { SemanticVersion($0) == nil }.map { "\"\($0)\"" }.joined(separator: " and ")
            return "cannot compare \(span): \(bad) is not MAJOR.MINOR.PATCH."
        case .notRaised:
            return "version not raised (\(span)); the changes need a \(required.name)\(target)\(because)."
        case .tooSmall:
            return "\(span) is a \(actual?.name ?? "none"), but the changes need at least a \(required.name)\(target)\(because)."
        case .matches:
            if required == .none {
                return actual.map { "\(span) is a \($0.name); nothing changed." } ?? "\(span): nothing changed."
            }
            return "\(span) is a \(actual?.name ?? "none"), and the changes need a \(required.name): matches."
        }
    }

    /// The first changes that need `bump`, in words ("session rp-04 removed").
    private static func reasons(_ diff: PackDiff, for bump: VersionBump) -> [String] {
        guard bump > .none else { return [] }
        var reasons: [String] = []
        func add(_ entries: [DiffEntry], _ noun: String) {
            for entry in entries where entry.bump == bump && reasons.count < reasonLimit {
                switch entry.kind {
                case .added, .removed: reasons.append("\(noun) \(entry.id) \(entry.kind.rawValue)")
                case .changed:
                    let aspects = entry.changes.filter { $0.bump == bump }.map(\.aspect.words)
                    reasons.append("\(noun) \(entry.id): \(Self.unique(aspects).joined(separator: ", ")) changed")
                }
            }
        }
        add(diff.modules, "module")
        add(diff.sessions, "session")
        add(diff.handouts, "handout")
        let packAspects = diff.packChanges.filter { $0.bump == bump }.map(\.aspect.words)
        if !packAspects.isEmpty && reasons.count < reasonLimit {
            reasons.append("pack \(Self.unique(packAspects).joined(separator: ", ")) changed")
        }
        return reasons
    }

    private static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}
