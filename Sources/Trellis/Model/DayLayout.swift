/// The blocks and breaks of every meeting day, in clock order.
public struct DayLayout: Hashable, Sendable {
    public var items: [Item]
    public var origin: Origin

    /// A block of group time, or a break between blocks.
    public enum Item: Hashable, Sendable {
        case block(Block)
        case breakTime(minutes: Int, origin: Origin)

        public var minutes: Int {
            switch self {
            case .block(let block): block.minutes
            case .breakTime(let minutes, _): minutes
            }
        }
    }

    public init(items: [Item], origin: Origin = .code("day")) {
        self.items = items
        self.origin = origin
    }

    public var blocks: [Block] {
        items.compactMap { if case .block(let block) = $0 { block } else { nil } }
    }

    public func block(id: String) -> Block? { blocks.first { $0.id == id } }

    /// Every place a stream can fill: each block without groups, and each group of a block with
    /// groups (`block#group`).
    var places: Set<String> {
        Set(blocks.flatMap { block in block.groups.isEmpty ? [block.id] : block.groups.map { "\(block.id)#\($0.id)" } })
    }

    /// Minutes of group time in one meeting, breaks excluded.
    public var blockMinutes: Int { blocks.map(\.minutes).reduce(0, +) }
}

/// A block of group time in the day, filled by a stream or standing on its own, or split into
/// parallel groups (the same clock time, different rooms).
public struct Block: Hashable, Sendable {
    public var id: String
    public var minutes: Int
    public var title: String?
    /// The block's parallel groups, in document order; empty for a block that is one group.
    public var groups: [BlockGroup]
    public var origin: Origin

    public init(id: String, minutes: Int, title: String? = nil, groups: [BlockGroup] = [], origin: Origin = .code("block")) {
        self.id = id
        self.minutes = minutes
        self.title = title
        self.groups = groups
        self.origin = origin
    }

    /// The title to show, falling back to the id.
    public var displayTitle: String { title ?? id }

    public func group(id: String) -> BlockGroup? { groups.first { $0.id == id } }

    /// The group a member in week `stayWeek` of their own stay attends: the first whose `stay`
    /// holds the week, else the group without `stay`; nil when the block has groups and none
    /// takes the member.
    public func group(forStayWeek stayWeek: Int) -> BlockGroup? {
        groups.first { $0.stay?.contains(stayWeek) ?? false } ?? groups.first { $0.stay == nil }
    }

    /// True when a member in week `stayWeek` of their stay has a place in this block.
    public func hasPlace(forStayWeek stayWeek: Int) -> Bool {
        groups.isEmpty || group(forStayWeek: stayWeek) != nil
    }
}

/// One of a block's parallel groups: a room for the members in certain weeks of their own stay.
public struct BlockGroup: Hashable, Sendable {
    public var id: String
    public var title: String?
    /// The weeks of a member's own stay this group is for (week 1 = the week they join); nil for
    /// everyone no other group takes.
    public var stay: WeekRange?
    /// `stay` as written, kept for messages when it does not parse.
    public var stayText: String?
    public var origin: Origin

    public init(id: String, title: String? = nil, stay: WeekRange? = nil, stayText: String? = nil, origin: Origin = .code("group")) {
        self.id = id
        self.title = title
        self.stay = stay
        self.stayText = stayText ?? stay?.description
        self.origin = origin
    }

    /// The title to show, falling back to the id.
    public var displayTitle: String { title ?? id }

    /// `stay weeks 1–2`, or nil for a group without `stay`.
    public var stayDescription: String? { stayDescription(in: .english) }

    /// The stay weeks in the language of `strings`.
    public func stayDescription(in strings: InterfaceStrings) -> String? {
        stay.map {
            $0.first == $0.last
                ? strings["stay.week", ["week": "\($0.first)"]]
                : strings["stay.weeks", ["first": "\($0.first)", "last": "\($0.last)"]]
        }
    }
}
