/// A track's session plan for a stretch of the calendar: which session fills which block at
/// which meeting, with clock times.
public struct Plan: Sendable {
    public let track: Track
    /// The meetings that happen, in date order.
    public let meetings: [PlannedMeeting]
    /// Meetings that closures cancel in this stretch, in date order, one per date.
    public let closures: [Closure]
    /// The weeks the plan covers.
    public let weeks: ClosedRange<Int>

    public init(track: Track, meetings: [PlannedMeeting], closures: [Closure], weeks: ClosedRange<Int>) {
        self.track = track
        self.meetings = meetings
        self.closures = closures
        self.weeks = weeks
    }

    /// The meetings of one week.
    public func meetings(inWeek week: Int) -> [PlannedMeeting] { meetings.filter { $0.week == week } }

    /// A day of the plan: a meeting that happens, or one a closure cancels.
    public enum Day: Sendable {
        case meeting(PlannedMeeting)
        case closed(Closure)

        public var date: CalendarDate {
            switch self {
            case .meeting(let meeting): meeting.date
            case .closed(let closure): closure.date
            }
        }
    }

    /// The meetings and closed days of one week, in date order.
    public func days(inWeek week: Int) -> [Day] {
        let held = meetings(inWeek: week).map(Day.meeting)
        let closed = closures.filter { track.week(of: $0.date) == week }.map(Day.closed)
        return (held + closed).sorted { $0.date < $1.date }
    }
}

/// A meeting with its blocks laid out on the clock.
public struct PlannedMeeting: Hashable, Sendable {
    public let date: CalendarDate
    public let week: Int
    public let weekday: Weekday
    public let start: ClockTime
    public let blocks: [PlannedBlock]

    public var end: ClockTime { blocks.last?.end ?? start }

    /// One stretch of a meeting's clock: a block, or a break before one.
    public enum Stretch: Hashable, Sendable {
        case block(PlannedBlock)
        case breakTime(start: ClockTime, end: ClockTime)
    }

    /// The blocks with the breaks between them, in clock order.
    public var timeline: [Stretch] {
        var stretches: [Stretch] = []
        var clock = start
        for block in blocks {
            if block.start > clock { stretches.append(.breakTime(start: clock, end: block.start)) }
            stretches.append(.block(block))
            clock = block.end
        }
        return stretches
    }
}

/// One block at one meeting: a scheduled session, an empty slot, or a standing group; or, for a
/// block with groups, what each group does.
public struct PlannedBlock: Hashable, Sendable {
    public let block: Block
    public let start: ClockTime
    public let end: ClockTime
    /// The session, or nil for a standing group, an empty slot, or a block with groups.
    public let session: SequencedSession?
    /// The stream that fills the block here, if any (its index in the track).
    public let stream: Int?
    /// The stream's slot number (from 0, counted from the track's first meeting), if any.
    public let slot: Int?
    /// For a block with groups: each group, in document order.
    public let groups: [PlannedGroup]

    public init(
        block: Block, start: ClockTime, end: ClockTime, session: SequencedSession?, stream: Int?, slot: Int?,
        groups: [PlannedGroup] = []
    ) {
        self.block = block
        self.start = start
        self.end = end
        self.session = session
        self.stream = stream
        self.slot = slot
        self.groups = groups
    }

    /// What the block is called on an agenda: the session's title, else the block's.
    public var title: String { session?.session.title ?? block.displayTitle }

    /// True when no stream fills the block: a standing group such as a process group.
    public var isStanding: Bool { stream == nil && groups.isEmpty }

    /// Every room of the block: the block itself (group nil), or each of its groups.
    public var rooms: [PlannedGroup] {
        guard groups.isEmpty else { return groups }
        return [PlannedGroup(group: nil, session: session, stream: stream, slot: slot)]
    }

    /// The room a member in week `stayWeek` of their stay sits in, if they have one.
    public func room(forStayWeek stayWeek: Int) -> PlannedGroup? {
        guard !groups.isEmpty else { return rooms.first }
        guard let group = block.group(forStayWeek: stayWeek) else { return nil }
        return groups.first { $0.group?.id == group.id }
    }
}

/// One group of a block at one meeting (or, with no group, the block itself): its session, or
/// nothing for a standing group or an ended sequence.
public struct PlannedGroup: Hashable, Sendable {
    /// Nil for a block without groups.
    public let group: BlockGroup?
    public let session: SequencedSession?
    public let stream: Int?
    public let slot: Int?

    public init(group: BlockGroup?, session: SequencedSession?, stream: Int?, slot: Int?) {
        self.group = group
        self.session = session
        self.stream = stream
        self.slot = slot
    }

    /// True when no stream fills it: a standing group.
    public var isStanding: Bool { stream == nil }
}
