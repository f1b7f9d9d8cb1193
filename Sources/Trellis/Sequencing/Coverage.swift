/// What members meet during their stay: for a rolling track, one entry per entry week over one
/// full cycle of every stream; for a closed track, the one cohort.
public struct Coverage: Sendable {
    public let track: Track
    /// Weeks a member stays (the track's `weeks`).
    public let stay: Int
    public let entries: [Entry]

    /// Members who enter in one week.
    public struct Entry: Sendable {
        public let week: Int
        public let start: CalendarDate
        public let streams: [StreamShare]
        /// Sessions met before (or without) one of their prerequisites, in the order met.
        public let outOfOrder: [OutOfOrder]
        /// For each block with groups, the groups the member sits in, in the order of their stay.
        public let rooms: [RoomStay]
        /// How many times the member meets each session during the stay.
        public let timesMet: [Reference: Int]

        /// Sessions met more than once, with how often, most first.
        public var repeats: [(session: Reference, times: Int)] {
            timesMet.filter { $0.value > 1 }.map { ($0.key, $0.value) }
                .sorted { ($1.times, $0.session.description) < ($0.times, $1.session.description) }
        }
    }

    /// A stretch of a member's stay in one group of a block.
    public struct RoomStay: Sendable {
        public let block: Block
        public let group: BlockGroup
        /// The calendar weeks, and the same weeks counted in the member's stay.
        public let weeks: ClosedRange<Int>
        public let stayWeeks: ClosedRange<Int>
        /// The sessions met there, in order, each once.
        public let sessions: [Reference]
    }

    /// How much of one stream an entry meets.
    public struct StreamShare: Sendable {
        public let stream: Int
        public let block: String
        /// The group of the block the stream fills, if the block has groups.
        public let group: String?
        public let days: [Weekday]?
        /// The stream's distinct sessions.
        public let sessions: [Reference]
        /// Those met during the stay.
        public let met: Set<Reference>

        public var missed: [Reference] { sessions.filter { !met.contains($0) } }

        /// The share met, from 0 to 1; 1 for a stream with no sessions.
        public var share: Double { sessions.isEmpty ? 1 : Double(sessions.count - missed.count) / Double(sessions.count) }
    }

    /// A session met before one of its prerequisites had been met.
    public struct OutOfOrder: Hashable, Sendable {
        public let session: Reference
        public let prerequisite: Reference
        /// Where the stream names the session.
        public let item: Origin
        public let date: CalendarDate
    }
}

extension Sequencer {
    /// Entry weeks that make one full cycle of every stream: the most weeks any stream needs to
    /// run through its whole sequence, at its slots in a full week.
    public var cycleWeeks: Int {
        let meetingDays = track.calendar.meetings.map(\.day)
        let places = track.day.places
        let cycles = sequences.compactMap { sequence -> Int? in
            guard !sequence.sessions.isEmpty, places.contains(sequence.stream.place) else { return nil }
            let slotsPerWeek = meetingDays.filter { sequence.stream.days?.contains($0) ?? true }.count
            guard slotsPerWeek > 0 else { return nil }
            return (sequence.sessions.count + slotsPerWeek - 1) / slotsPerWeek
        }
        return max(1, cycles.max() ?? 1)
    }

    /// Coverage: every entry week of one full cycle for a rolling track, week 1 for a closed one.
    public func coverage() -> Coverage {
        let stay = max(1, track.weeks)
        let entryWeeks = track.admission == .rolling ? Array(1...cycleWeeks) : [1]
        return Coverage(track: track, stay: stay, entries: entryWeeks.map { entry(week: $0, stay: stay) })
    }

    private func entry(week: Int, stay: Int) -> Coverage.Entry {
        let plan = plan(weeks: week...(week + stay - 1))
        var met: [Int: Set<Reference>] = [:]
        var metSoFar = Set<Reference>()
        var timesMet: [Reference: Int] = [:]
        var outOfOrder: [Coverage.OutOfOrder] = []
        var reported = Set<[Reference]>()
        var rooms: [Coverage.RoomStay] = []
        var openRoom: [String: Int] = [:]  // block id → index in `rooms` of the stretch going on
        for meeting in plan.meetings {
            let stayWeek = meeting.week - week + 1
            for block in meeting.blocks {
                guard let room = block.room(forStayWeek: stayWeek) else { continue }
                if let group = room.group {
                    if let index = openRoom[block.block.id], rooms[index].group.id == group.id {
                        let stretch = rooms[index]
                        rooms[index] = Coverage.RoomStay(
                            block: stretch.block, group: group, weeks: stretch.weeks.lowerBound...meeting.week,
                            stayWeeks: stretch.stayWeeks.lowerBound...stayWeek,
                            sessions: stretch.sessions + (room.session.map { [$0.reference] } ?? []).filter { !stretch.sessions.contains($0) })
                    } else {
                        openRoom[block.block.id] = rooms.count
                        rooms.append(
                            Coverage.RoomStay(
                                block: block.block, group: group, weeks: meeting.week...meeting.week,
                                stayWeeks: stayWeek...stayWeek, sessions: room.session.map { [$0.reference] } ?? []))
                    }
                }
                guard let session = room.session, let stream = room.stream else { continue }
                for prerequisite in session.prerequisites
                where !metSoFar.contains(prerequisite) && reported.insert([session.reference, prerequisite]).inserted {
                    outOfOrder.append(
                        Coverage.OutOfOrder(
                            session: session.reference, prerequisite: prerequisite, item: session.item, date: meeting.date))
                }
                metSoFar.insert(session.reference)
                timesMet[session.reference, default: 0] += 1
                met[stream, default: []].insert(session.reference)
            }
        }
        let shares = sequences.map { sequence in
            Coverage.StreamShare(
                stream: sequence.index, block: sequence.stream.block, group: sequence.stream.group, days: sequence.stream.days,
                sessions: sequence.distinctReferences, met: met[sequence.index] ?? [])
        }
        return Coverage.Entry(
            week: week, start: track.firstDay(ofWeek: week), streams: shares, outOfOrder: outOfOrder, rooms: rooms,
            timesMet: timesMet)
    }
}
