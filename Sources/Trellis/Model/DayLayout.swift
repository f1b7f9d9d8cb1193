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

    /// Minutes of group time in one meeting, breaks excluded.
    public var blockMinutes: Int { blocks.map(\.minutes).reduce(0, +) }
}

/// A block of group time in the day, filled by a stream or standing on its own.
public struct Block: Hashable, Sendable {
    public var id: String
    public var minutes: Int
    public var title: String?
    public var origin: Origin

    public init(id: String, minutes: Int, title: String? = nil, origin: Origin = .code("block")) {
        self.id = id
        self.minutes = minutes
        self.title = title
        self.origin = origin
    }

    /// The title to show, falling back to the id.
    public var displayTitle: String { title ?? id }
}
