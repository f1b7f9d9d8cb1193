import Testing
import Trellis

/// FORMAT.md's "How a track is scheduled", rule by rule, on small tracks built in code.
struct SequencerTests {
    /// A module of `count` sessions of `minutes` each, ids `prefix-1`…; `requires` maps a
    /// session number to the numbers it needs.
    static func module(
        _ namespace: String, _ id: String = "core", count: Int, minutes: Int = 60, requires: [Int: [Int]] = [:]
    ) -> Module {
        Module(
            id: id, title: id,
            sessions: (1...count).map { number in
                Session(
                    id: "\(namespace)-\(number)", title: "Session \(number)", minutes: minutes,
                    requires: (requires[number] ?? []).map { Reference(pack: nil, local: "\(namespace)-\($0)") },
                    activities: [Activity(kind: "teach", minutes: minutes)])
            })
    }

    static func registry(_ modules: [(namespace: String, module: Module)]) -> PluginRegistry {
        var registry = PluginRegistry.standard()
        for (namespace, module) in modules {
            registry.register(PackModule(pack: Pack(id: namespace, version: "1.0.0", title: namespace, summary: "", modules: [module]), module: module))
        }
        return registry
    }

    static func track(
        admission: Admission = .closed, weeks: Int = 4, start: String = "2027-01-04", meets: [(Weekday, String)],
        closed: [String] = [], day: [DayLayout.Item], streams: [TrackStream]
    ) -> Track {
        Track(
            id: "t", version: "1.0.0", title: "T", weeks: weeks, admission: admission,
            calendar: MeetingCalendar(
                start: CalendarDate(start)!, meetings: meets.map { MeetingTime(day: $0.0, start: ClockTime($0.1)!) },
                closures: closed.map { Closure(date: CalendarDate($0)!) }),
            day: DayLayout(items: day), streams: streams)
    }

    static func block(_ id: String, _ minutes: Int, _ title: String? = nil) -> DayLayout.Item {
        .block(Block(id: id, minutes: minutes, title: title))
    }

    static func stream(_ block: String, days: [Weekday]? = nil, weeks: WeekRange? = nil, order: SequenceOrder = .asListed, modules: [String]) -> TrackStream {
        TrackStream(
            block: block, days: days, weeks: weeks, order: order,
            items: modules.map { .init(kind: .module, reference: Reference(parsing: $0)) })
    }

    @Test func meetingsFallOnTheirWeekdayInsideWeeksThatStartOnTheStartDate() {
        // 2027-01-06 is a Wednesday: each week runs Wednesday to Tuesday.
        let track = Self.track(
            start: "2027-01-06", meets: [(.mon, "18:00"), (.wed, "18:00")], day: [Self.block("b", 60)], streams: [])
        let week1 = track.meetings(inWeek: 1)
        #expect(week1.map(\.date.description) == ["2027-01-06", "2027-01-11"])
        #expect(track.meetings(inWeek: 2).map(\.date.description) == ["2027-01-13", "2027-01-18"])
        #expect(track.week(of: CalendarDate("2027-01-12")!) == 1)
        #expect(track.week(of: CalendarDate("2027-01-13")!) == 2)
        #expect(track.week(of: CalendarDate("2027-01-05")!) == 0)
    }

    @Test func blocksAndBreaksRunBackToBackFromTheMeetingStart() {
        let track = Self.track(
            meets: [(.mon, "09:00")],
            day: [Self.block("process", 60, "Process group"), .breakTime(minutes: 15, origin: .code("t")), Self.block("skills", 90)],
            streams: [Self.stream("skills", modules: ["p/core"])])
        let plan = Sequencer(track: track, registry: Self.registry([("p", Self.module("p", count: 4))])).plan(weeks: 1...1)
        let blocks = plan.meetings[0].blocks
        #expect(blocks.map { "\($0.start)-\($0.end)" } == ["09:00-10:00", "10:15-11:45"])
        #expect(blocks[0].isStanding && blocks[0].title == "Process group" && blocks[0].session == nil)
        #expect(blocks[1].session?.reference.description == "p/p-1")
    }

    @Test func aClosurePushesEveryLaterSessionOneSlotOnInAClosedTrack() {
        let track = Self.track(
            weeks: 3, meets: [(.mon, "09:00"), (.thu, "09:00")], closed: ["2027-01-11"], day: [Self.block("b", 60)],
            streams: [Self.stream("b", modules: ["p/core"])])
        let plan = Sequencer(track: track, registry: Self.registry([("p", Self.module("p", count: 5))])).plan(weeks: 1...3)
        #expect(plan.meetings.map(\.date.description) == ["2027-01-04", "2027-01-07", "2027-01-14", "2027-01-18", "2027-01-21"])
        #expect(plan.meetings.compactMap { $0.blocks[0].session?.reference.local } == ["p-1", "p-2", "p-3", "p-4", "p-5"])
        #expect(plan.closures.map(\.date.description) == ["2027-01-11"])
    }

    @Test func aRollingSequenceRepeatsCountedFromTheFirstMeetingWhoeverAsks() throws {
        let track = Self.track(
            admission: .rolling, meets: [(.mon, "09:00"), (.wed, "09:00")], day: [Self.block("b", 60)],
            streams: [Self.stream("b", modules: ["p/core"])])
        let sequencer = Sequencer(track: track, registry: Self.registry([("p", Self.module("p", count: 3))]))
        let whole = sequencer.plan(weeks: 1...10)
        #expect(whole.meetings.compactMap { $0.blocks[0].session?.reference.local }.prefix(7) == ["p-1", "p-2", "p-3", "p-1", "p-2", "p-3", "p-1"])
        // Week 7 asked on its own, or by date, gives the same sessions as within the whole plan.
        let week7 = whole.meetings(inWeek: 7).map { $0.blocks[0].session }
        #expect(sequencer.plan(weeks: 7...7).meetings.map { $0.blocks[0].session } == week7)
        #expect(sequencer.plan(from: CalendarDate("2027-02-15")!, weeks: 1).meetings.map { $0.blocks[0].session } == week7)
    }

    @Test func streamsFillOnlyTheirDaysAndWeeks() {
        let track = Self.track(
            weeks: 4, meets: [(.mon, "09:00"), (.wed, "09:00")], day: [Self.block("b", 60)],
            streams: [
                Self.stream("b", days: [.mon], modules: ["p/core"]),
                Self.stream("b", days: [.wed], weeks: WeekRange(first: 2, last: 3), modules: ["q/core"]),
            ])
        let registry = Self.registry([("p", Self.module("p", count: 8)), ("q", Self.module("q", count: 8))])
        let plan = Sequencer(track: track, registry: registry).plan(weeks: 1...4)
        let filled = plan.meetings.map { $0.blocks[0].session?.reference.description ?? "-" }
        #expect(filled == ["p/p-1", "-", "p/p-2", "q/q-1", "p/p-3", "q/q-2", "p/p-4", "-"])
        // An unfilled block at a meeting is on the agenda as a standing block.
        #expect(plan.meetings[1].blocks[0].isStanding)
    }

    @Test func prerequisitesOrderIsAStableReordering() {
        // 1 needs 3; 2 needs nothing; 3 needs nothing; 4 needs 1.
        let module = Self.module("p", count: 4, requires: [1: [3], 4: [1]])
        let track = Self.track(
            weeks: 4, meets: [(.mon, "09:00")], day: [Self.block("b", 60)],
            streams: [Self.stream("b", order: .prerequisites, modules: ["p/core"])])
        let sequence = Sequencer(track: track, registry: Self.registry([("p", module)])).sequences[0].sessions
        #expect(sequence.map(\.reference.local) == ["p-2", "p-3", "p-1", "p-4"])
        let asListed = Self.track(
            weeks: 4, meets: [(.mon, "09:00")], day: [Self.block("b", 60)], streams: [Self.stream("b", modules: ["p/core"])])
        #expect(Sequencer(track: asListed, registry: Self.registry([("p", module)])).sequences[0].sessions.map(\.reference.local) == ["p-1", "p-2", "p-3", "p-4"])
    }

    @Test func coverageOfARollingTrackHasOneRowPerEntryWeekOfAFullCycle() {
        // 5 sessions, 2 slots a week: one full cycle takes 3 weeks.
        let track = Self.track(
            admission: .rolling, weeks: 2, meets: [(.mon, "09:00"), (.wed, "09:00")], day: [Self.block("b", 60)],
            streams: [Self.stream("b", modules: ["p/core"])])
        let sequencer = Sequencer(track: track, registry: Self.registry([("p", Self.module("p", count: 5))]))
        let coverage = sequencer.coverage()
        #expect(sequencer.cycleWeeks == 3)
        #expect(coverage.entries.map(\.week) == [1, 2, 3])
        // A two-week stay meets 4 of the 5 sessions, whichever week it starts.
        #expect(coverage.entries.map { $0.streams[0].met.count } == [4, 4, 4])
        #expect(coverage.entries[0].streams[0].missed.map(\.local) == ["p-5"])
    }

    @Test func aClosedTracksCoverageSaysWhatTheCohortMisses() {
        let track = Self.track(
            weeks: 2, meets: [(.mon, "09:00")], day: [Self.block("b", 60)], streams: [Self.stream("b", modules: ["p/core"])])
        let coverage = Sequencer(track: track, registry: Self.registry([("p", Self.module("p", count: 3))])).coverage()
        #expect(coverage.entries.count == 1)
        #expect(coverage.entries[0].streams[0].missed.map(\.local) == ["p-3"])
        #expect(coverage.text.contains("The cohort misses 1 of 3 sessions"))
    }

    @Test func hoursPerActualWeekCountClosures() {
        let track = Self.track(
            meets: [(.mon, "09:00"), (.wed, "09:00"), (.fri, "09:00")], closed: ["2027-01-13"],
            day: [Self.block("a", 90), .breakTime(minutes: 30, origin: .code("t")), Self.block("b", 90)], streams: [])
        #expect(track.weeklyHours == 9)
        #expect(track.hours(inWeek: 1) == 9)
        #expect(track.hours(inWeek: 2) == 6)
    }
}
