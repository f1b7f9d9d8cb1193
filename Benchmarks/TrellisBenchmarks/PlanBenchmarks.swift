import Benchmark
import Trellis

/// A rolling track of `weeks` weeks meeting five days a week, with six streams over three
/// blocks, built in code: the sequencer's worst everyday case, scaled up.
func largeTrack() -> (Track, PluginRegistry) {
    // Stream: (block, days, sessions). Two streams share each block on different days.
    let layout: [(String, [Weekday], Int)] = [
        ("a", [.mon, .wed, .fri], 12), ("a", [.tue, .thu], 10),
        ("b", [.mon, .wed, .fri], 8), ("b", [.tue, .thu], 8),
        ("c", [.mon, .wed], 16), ("c", [.tue, .thu, .fri], 20),
    ]
    var registry = PluginRegistry.standard()
    var streams: [TrackStream] = []
    for (index, (block, days, size)) in layout.enumerated() {
        let sessions = (1...size).map { number in
            Session(id: "s\(number)", title: "Session \(number)", minutes: 60, activities: [Activity(kind: "teach", minutes: 60)])
        }
        let module = Module(id: "core", title: "Core", sessions: sessions)
        let pack = Pack(id: "p\(index)", version: "1.0.0", title: "P", summary: "S", modules: [module])
        registry.register(PackModule(pack: pack, module: module))
        streams.append(
            TrackStream(block: block, days: days, items: [.init(kind: .module, reference: Reference(pack: pack.id, local: "core"))]))
    }
    let start = CalendarDate("2027-01-04")!
    let closures = stride(from: 0, to: 7 * 1040, by: 37).map { Closure(date: start.adding(days: $0)) }
    let track = Track(
        id: "large", version: "1.0.0", title: "Large", weeks: 104, admission: .rolling,
        calendar: MeetingCalendar(
            start: start, meetings: [Weekday.mon, .tue, .wed, .thu, .fri].map { MeetingTime(day: $0, start: ClockTime("09:00")!) },
            closures: closures),
        day: DayLayout(items: ["a", "b", "c"].map { .block(Block(id: $0, minutes: 60)) }),
        streams: streams)
    return (track, registry)
}

let benchmarks: @Sendable () -> Void = {
    commandBenchmarks()
    let (track, registry) = largeTrack()
    let sequencer = Sequencer(track: track, registry: registry)

    Benchmark("plan 104 weeks, 6 streams, 5 days", configuration: .init(metrics: [.wallClock, .mallocCountTotal])) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(sequencer.plan(weeks: 1...104)) }
    }

    Benchmark("plan 1040 weeks, 6 streams, 5 days", configuration: .init(metrics: [.wallClock, .mallocCountTotal])) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(sequencer.plan(weeks: 1...1040)) }
    }

    Benchmark("coverage, 6 streams", configuration: .init(metrics: [.wallClock])) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(sequencer.coverage()) }
    }
}
