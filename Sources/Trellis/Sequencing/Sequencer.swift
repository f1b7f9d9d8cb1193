/// Schedules a track exactly as FORMAT.md's "How a track is scheduled" says: weeks and meetings,
/// clock times, slots, sequences, filling (closed and rolling) and standing blocks.
///
/// Sessions are found only through the registry's modules, so a module from a plugin is
/// scheduled like one from a pack.
public struct Sequencer: Sendable {
    public let track: Track
    /// Each stream's sequence, in the track's stream order.
    public let sequences: [StreamSequence]

    public init(track: Track, registry: PluginRegistry) {
        self.track = track
        sequences = track.streams.enumerated().map { index, stream in
            let expanded = stream.items.flatMap { item in Self.expand(item, registry: registry) }
            let ordered = stream.order == .prerequisites ? Self.orderedByPrerequisites(expanded) : expanded
            return StreamSequence(index: index, stream: stream, sessions: ordered)
        }
    }

    /// A stream item's sessions: a module's in order, or the one session. Unresolved references
    /// expand to nothing (TR201 reports them).
    static func expand(_ item: TrackStream.Item, registry: PluginRegistry) -> [SequencedSession] {
        switch item.kind {
        case .module:
            guard let module = registry.module(item.reference) else { return [] }
            return module.sessions.map {
                SequencedSession(reference: Reference(pack: module.namespace, local: $0.id), session: $0, item: item.origin)
            }
        case .session:
            guard let found = registry.session(item.reference) else { return [] }
            return [
                SequencedSession(
                    reference: Reference(pack: found.module.namespace, local: found.session.id), session: found.session,
                    item: item.origin)
            ]
        }
    }

    /// The sequence stably reordered so that each session comes after every prerequisite that
    /// is also in the sequence: repeatedly take the earliest session whose prerequisites have
    /// all been taken. A cycle (TR103) cannot be satisfied; its earliest session goes next.
    static func orderedByPrerequisites(_ sessions: [SequencedSession]) -> [SequencedSession] {
        let present = Set(sessions.map(\.reference))
        var remaining = sessions
        var placed = Set<Reference>()
        var result: [SequencedSession] = []
        while !remaining.isEmpty {
            let ready = remaining.firstIndex { session in
                session.prerequisites.allSatisfy { !present.contains($0) || placed.contains($0) }
            }
            let next = remaining.remove(at: ready ?? 0)
            placed.insert(next.reference)
            result.append(next)
        }
        return result
    }

    /// The plan for weeks `weeks` (1-based; a rolling track has weeks past its `weeks`).
    public func plan(weeks: ClosedRange<Int>) -> Plan {
        fill(throughWeek: weeks.upperBound) { weeks.contains($0.week) }
    }

    /// The plan for the meetings from `date` for `count` weeks (dates `date` up to, not
    /// including, `date + 7·count`).
    public func plan(from date: CalendarDate, weeks count: Int) -> Plan {
        let end = date.adding(days: 7 * count)
        return fill(throughWeek: track.week(of: end.adding(days: -1))) { $0.date >= date && $0.date < end }
    }

    /// Two streams that claim the same block at the same meeting (TR209), in the plan's weeks.
    public struct Collision: Hashable, Sendable {
        public let date: CalendarDate
        public let block: String
        /// The group of the block, for a block with groups.
        public let group: String?
        /// The stream that has the block, and the one that loses it.
        public let kept: Int
        public let lost: Int
    }

    /// The collisions in weeks 1 through `week`.
    public func collisions(throughWeek week: Int) -> [Collision] {
        var found: [Collision] = []
        _ = fill(throughWeek: week, including: { _ in false }, collisions: &found)
        return found
    }

    private func fill(throughWeek lastWeek: Int, including: (Meeting) -> Bool) -> Plan {
        var ignored: [Collision] = []
        return fill(throughWeek: lastWeek, including: including, collisions: &ignored)
    }

    /// Walks every meeting from week 1, counting each stream's slots from the track's first
    /// meeting, and lays out the meetings `including` accepts.
    private func fill(
        throughWeek lastWeek: Int, including: (Meeting) -> Bool, collisions: inout [Collision]
    ) -> Plan {
        let places = track.day.places
        var slots = [Int](repeating: 0, count: sequences.count)
        var meetings: [PlannedMeeting] = []
        var closures: [Closure] = []
        var firstIncluded = Int.max
        var lastIncluded = Int.min
        for week in 1...max(1, lastWeek) {
            for meeting in track.meetings(inWeek: week) {
                let included = including(meeting)
                if included {
                    firstIncluded = min(firstIncluded, week)
                    lastIncluded = max(lastIncluded, week)
                }
                if let closure = meeting.closure {
                    if included, closures.last?.date != closure.date { closures.append(closure) }
                    continue
                }
                var owner: [String: (stream: Int, slot: Int)] = [:]
                for sequence in sequences where places.contains(sequence.stream.place) && sequence.stream.fills(meeting) {
                    if let kept = owner[sequence.stream.place] {
                        collisions.append(
                            Collision(
                                date: meeting.date, block: sequence.stream.block, group: sequence.stream.group,
                                kept: kept.stream, lost: sequence.index))
                        continue
                    }
                    owner[sequence.stream.place] = (sequence.index, slots[sequence.index])
                    slots[sequence.index] += 1
                }
                if included { meetings.append(layOut(meeting, owner: owner)) }
            }
        }
        let weeks = firstIncluded <= lastIncluded ? firstIncluded...lastIncluded : max(1, lastWeek)...max(1, lastWeek)
        return Plan(track: track, meetings: meetings, closures: closures, weeks: weeks)
    }

    /// Clock times back to back from the meeting's start, each block with its session.
    private func layOut(_ meeting: Meeting, owner: [String: (stream: Int, slot: Int)]) -> PlannedMeeting {
        var clock = meeting.start
        var blocks: [PlannedBlock] = []
        for item in track.day.items {
            let end = clock.adding(minutes: item.minutes)
            if case .block(let block) = item {
                let filler = block.groups.isEmpty ? owner[block.id] : nil
                let groups = block.groups.map { group in
                    let filler = owner["\(block.id)#\(group.id)"]
                    return PlannedGroup(
                        group: group, session: filler.flatMap { session(at: $0.slot, in: $0.stream) }, stream: filler?.stream,
                        slot: filler?.slot)
                }
                blocks.append(
                    PlannedBlock(
                        block: block, start: clock, end: end, session: filler.flatMap { session(at: $0.slot, in: $0.stream) },
                        stream: filler?.stream, slot: filler?.slot, groups: groups))
            }
            clock = end
        }
        return PlannedMeeting(date: meeting.date, week: meeting.week, weekday: meeting.weekday, start: meeting.start, blocks: blocks)
    }

    /// Slot `slot` of a stream holds session `slot` of its sequence; in a rolling track the
    /// sequence repeats without end, in a closed one it ends.
    public func session(at slot: Int, in stream: Int) -> SequencedSession? {
        let sessions = sequences[stream].sessions
        guard !sessions.isEmpty else { return nil }
        switch track.admission {
        case .rolling: return sessions[slot % sessions.count]
        case .closed: return slot < sessions.count ? sessions[slot] : nil
        }
    }
}
