/// A sequence of modules and sessions that fills one block of the day.
public struct TrackStream: Hashable, Sendable {
    /// The id of the block the stream fills.
    public var block: String
    /// The group of the block it fills, for a block with groups.
    public var group: String?
    /// The meeting days it fills; nil means every meeting day.
    public var days: [Weekday]?
    /// The weeks it fills (closed tracks only); nil means every week.
    public var weeks: WeekRange?
    /// The `weeks` attribute as written, kept for messages when it does not parse.
    public var weeksText: String?
    public var order: SequenceOrder
    public var items: [Item]
    public var origin: Origin

    /// A module (all its sessions, in order) or one session.
    public struct Item: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            case module
            case session
        }

        public var kind: Kind
        public var reference: Reference
        public var origin: Origin

        public init(kind: Kind, reference: Reference, origin: Origin = .code("stream item")) {
            self.kind = kind
            self.reference = reference
            self.origin = origin
        }
    }

    public init(
        block: String, group: String? = nil, days: [Weekday]? = nil, weeks: WeekRange? = nil, weeksText: String? = nil,
        order: SequenceOrder = .asListed, items: [Item], origin: Origin = .code("stream")
    ) {
        self.block = block
        self.group = group
        self.days = days
        self.weeks = weeks
        self.weeksText = weeksText ?? weeks?.description
        self.order = order
        self.items = items
        self.origin = origin
    }
}

extension TrackStream {
    /// The block, or block and group, whose slots the stream fills: two streams with one key
    /// compete for the same room.
    var place: String { group.map { "\(block)#\($0)" } ?? block }
}

/// The weeks `N` or `N-M` of a stream, 1-based and inclusive.
public struct WeekRange: Hashable, Sendable, CustomStringConvertible {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// Parses `N` or `N-M`; nil for anything else, or when M is before N.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let first = Int(parts[0]), let last = Int(parts.last!), first >= 1,
            last >= first
        else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(_ week: Int) -> Bool { (first...last).contains(week) }

    public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }
}

/// How a stream's sequence is ordered.
public enum SequenceOrder: String, Hashable, Sendable {
    /// Exactly as the children are listed.
    case asListed = "as-listed"
    /// Stably reordered so each session comes after its prerequisites.
    case prerequisites
}
