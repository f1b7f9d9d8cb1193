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
    }

    /// How much of one stream an entry meets.
    public struct StreamShare: Sendable {
        public let stream: Int
        public let block: String
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
        let blockIDs = Set(track.day.blocks.map(\.id))
        let cycles = sequences.compactMap { sequence -> Int? in
            guard !sequence.sessions.isEmpty, blockIDs.contains(sequence.stream.block) else { return nil }
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
        var outOfOrder: [Coverage.OutOfOrder] = []
        var reported = Set<[Reference]>()
        for meeting in plan.meetings {
            for block in meeting.blocks {
                guard let session = block.session, let stream = block.stream else { continue }
                for prerequisite in session.prerequisites
                where !metSoFar.contains(prerequisite) && reported.insert([session.reference, prerequisite]).inserted {
                    outOfOrder.append(
                        Coverage.OutOfOrder(
                            session: session.reference, prerequisite: prerequisite, item: session.item, date: meeting.date))
                }
                metSoFar.insert(session.reference)
                met[stream, default: []].insert(session.reference)
            }
        }
        let shares = sequences.map { sequence in
            Coverage.StreamShare(
                stream: sequence.index, block: sequence.stream.block, days: sequence.stream.days,
                sessions: sequence.distinctReferences, met: met[sequence.index] ?? [])
        }
        return Coverage.Entry(week: week, start: track.firstDay(ofWeek: week), streams: shares, outOfOrder: outOfOrder)
    }
}
