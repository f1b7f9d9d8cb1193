import Testing
import TrellisTestSupport

@testable import Trellis

/// Properties that must hold for every track, checked over generated ones: many calendars,
/// closures, day layouts and streams.
struct SchedulePropertyTests {
    struct Scenario {
        var track: Track
        var library: CurriculumLibrary
        var registry: PluginRegistry
    }

    static func scenario(seed: UInt64) -> Scenario {
        var random = SplitMix64(seed: seed)
        let admission: Admission = Bool.random(using: &random) ? .closed : .rolling
        let weeks = Int.random(in: 1...10, using: &random)
        let start = CalendarDate(year: 2027, month: 1, day: 1)!.adding(days: Int.random(in: 0...365, using: &random))
        let days = Array(Weekday.allCases.shuffled(using: &random).prefix(Int.random(in: 1...5, using: &random)))
        let meetings = days.map { MeetingTime(day: $0, start: ClockTime(minutes: Int.random(in: 7...18, using: &random) * 60)) }
        let closures = (0..<Int.random(in: 0...5, using: &random)).map { _ in
            Closure(date: start.adding(days: Int.random(in: 0..<(7 * weeks), using: &random)))
        }
        var items: [DayLayout.Item] = []
        for index in 0..<Int.random(in: 1...4, using: &random) {
            if index > 0, Bool.random(using: &random) {
                items.append(.breakTime(minutes: Int.random(in: 5...20, using: &random), origin: .code("gen")))
            }
            items.append(.block(Block(id: "b\(index)", minutes: [45, 60, 90, 120].randomElement(using: &random)!)))
        }
        let blocks = items.compactMap { if case .block(let block) = $0 { block } else { nil } }

        var packs: [Pack] = []
        var streams: [TrackStream] = []
        for index in 0..<Int.random(in: 1...6, using: &random) {
            let block = blocks.randomElement(using: &random)!
            let count = Int.random(in: 1...15, using: &random)
            let sessions = (1...count).map { number in
                let minutes = Int.random(in: 15...block.minutes, using: &random)
                return Session(
                    id: "s\(number)", title: "Session \(number)", minutes: minutes,
                    activities: [Activity(kind: "teach", minutes: minutes)])
            }
            packs.append(
                Pack(
                    id: "p\(index)", version: "1.0.0", title: "P", summary: "S",
                    modules: [Module(id: "core", title: "Core", sessions: sessions)], origin: .code("p\(index).xml")))
            let streamDays = Bool.random(using: &random) ? nil : Array(days.shuffled(using: &random).prefix(Int.random(in: 1...days.count, using: &random)))
            var streamWeeks: WeekRange?
            if admission == .closed, Bool.random(using: &random) {
                let first = Int.random(in: 1...weeks, using: &random)
                streamWeeks = WeekRange(first: first, last: Int.random(in: first...weeks, using: &random))
            }
            streams.append(
                TrackStream(
                    block: block.id, days: streamDays, weeks: streamWeeks,
                    items: [.init(kind: .module, reference: Reference(pack: "p\(index)", local: "core"))],
                    origin: .code("track.xml")))
        }
        let track = Track(
            id: "generated", version: "1.0.0", title: "Generated", weeks: weeks, admission: admission,
            calendar: MeetingCalendar(start: start, meetings: meetings, closures: closures),
            day: DayLayout(items: items), streams: streams, origin: .code("track.xml"))
        let documents =
            packs.map { LoadedDocument(file: $0.file, content: .pack($0), diagnostics: []) }
            + [LoadedDocument(file: "track.xml", content: .track(track), diagnostics: [])]
        let library = CurriculumLibrary(documents: documents, inputFiles: Set(documents.map(\.file)))
        return Scenario(track: track, library: library, registry: PluginRegistry.standard().adding(library))
    }

    static let seeds: [UInt64] = Array(1...300)

    @Test(arguments: seeds)
    func everyPlanKeepsTheSchedulingRules(seed: UInt64) throws {
        let scenario = Self.scenario(seed: seed)
        let track = scenario.track
        let sequencer = Sequencer(track: track, registry: scenario.registry)
        let horizon = track.admission == .closed ? track.weeks : track.weeks + sequencer.cycleWeeks
        let plan = sequencer.plan(weeks: 1...horizon)
        let closed = Set(track.calendar.closures.map(\.date))

        for meeting in plan.meetings {
            // Every meeting falls on its weekday, inside its week, and not on a closed date.
            #expect(meeting.date.weekday == meeting.weekday, "seed \(seed)")
            #expect(track.week(of: meeting.date) == meeting.week, "seed \(seed)")
            #expect(!closed.contains(meeting.date), "seed \(seed)")
            // Each block of the day appears once, in order: no two sessions share a block.
            #expect(meeting.blocks.map(\.block.id) == track.day.blocks.map(\.id), "seed \(seed)")
            // Clock times start at the meeting and never overlap.
            #expect(meeting.blocks.first?.start == meeting.start, "seed \(seed)")
            for (earlier, later) in zip(meeting.blocks, meeting.blocks.dropFirst()) {
                #expect(earlier.start < earlier.end && earlier.end <= later.start, "seed \(seed)")
            }
        }
        #expect(plan.meetings.map(\.date) == plan.meetings.map(\.date).sorted(), "seed \(seed)")

        for sequence in sequencer.sequences {
            let filled = plan.meetings.flatMap(\.blocks).filter { $0.stream == sequence.index }
            // Slots are numbered one after another from the track's first meeting.
            #expect(filled.map(\.slot) == filled.indices.map { Optional($0) }, "seed \(seed)")
            let count = sequence.sessions.count
            for block in filled {
                let slot = try #require(block.slot)
                switch track.admission {
                case .rolling:
                    // A rolling stream's slot k holds session k mod n.
                    #expect(block.session == sequence.sessions[slot % count], "seed \(seed)")
                case .closed:
                    #expect(block.session == (slot < count ? sequence.sessions[slot] : nil), "seed \(seed)")
                }
            }
        }
    }

    @Test(arguments: seeds)
    func aClosedTrackSchedulesEverySessionOnceOrNamesIt(seed: UInt64) throws {
        let scenario = Self.scenario(seed: seed)
        let track = scenario.track
        guard track.admission == .closed else { return }
        let sequencer = Sequencer(track: track, registry: scenario.registry)
        let plan = sequencer.plan(weeks: 1...track.weeks)
        let diagnostics = Validator(registry: .standard(), today: Fixtures.today).validate(scenario.library)
        let leftovers = diagnostics.filter { $0.code == .sessionsDoNotFit }
        let collisions = diagnostics.filter { $0.code == .streamsCollide }
        let lost = Set(sequencer.collisions(throughWeek: track.weeks).map(\.lost))
        #expect(collisions.isEmpty == lost.isEmpty, "seed \(seed)")
        for sequence in sequencer.sequences where !lost.contains(sequence.index) {
            let scheduled = plan.meetings.flatMap(\.blocks).filter { $0.stream == sequence.index }.compactMap(\.session)
            // Scheduled exactly once each, in sequence order…
            #expect(scheduled == Array(sequence.sessions.prefix(scheduled.count)), "seed \(seed)")
            let missing = sequence.sessions.dropFirst(scheduled.count)
            // …and whatever did not fit is named by TR203, never dropped silently.
            if missing.isEmpty {
                #expect(!leftovers.contains { $0.message.contains("p\(sequence.index)/") }, "seed \(seed)")
            } else {
                let named = leftovers.filter { $0.message.contains("p\(sequence.index)/") }
                #expect(named.count == 1, "seed \(seed)")
                for session in missing {
                    #expect(named.first?.message.contains(session.reference.description) == true, "seed \(seed)")
                }
            }
        }
    }
}
