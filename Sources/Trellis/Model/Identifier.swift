/// The id rule and qualified references of FORMAT.md.
public enum Identifier {
    /// Longest id allowed.
    public static let maximumLength = 64

    /// True when `id` is 1–64 characters of `a-z`, `0-9` and `-`, starting with a letter.
    public static func isValid(_ id: String) -> Bool {
        let scalars = id.unicodeScalars
        guard let first = scalars.first, scalars.count <= maximumLength, ("a"..."z").contains(first) else {
            return false
        }
        return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// A reference as written: a bare local id (`rp-01`) or a qualified one (`mindfulness/mf-02`).
public struct Reference: Hashable, Sendable, CustomStringConvertible {
    /// The pack id, when the reference is qualified.
    public var pack: String?
    /// The module, session or handout id inside the pack.
    public var local: String

    public init(pack: String?, local: String) {
        self.pack = pack
        self.local = local
    }

    /// Parses `pack/local` or `local`. Anything else (two slashes, empty parts) keeps the whole
    /// text as the local id, so that resolving it fails and says so.
    public init(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
            self.init(pack: String(parts[0]), local: String(parts[1]))
        } else {
            self.init(pack: nil, local: text)
        }
    }

    public var isQualified: Bool { pack != nil }

    /// The same reference, qualified with `pack` when it was bare.
    public func qualified(inPack pack: String) -> Reference {
        Reference(pack: self.pack ?? pack, local: local)
    }

    public var description: String { pack.map { "\($0)/\(local)" } ?? local }
}
