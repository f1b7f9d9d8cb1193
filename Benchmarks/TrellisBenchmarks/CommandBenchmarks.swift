import Benchmark
import Foundation
import Trellis

/// The bundled library, found from this file's place in the repository.
let bundledCurricula = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Curricula").path

/// `validate` and `render` as the commands run them, in memory: loading, checking, laying out
/// and templating, without the terminal or the disk writes.
///
/// `validate` reads the folder in `TRELLIS_BENCHMARK_CORPUS` when it is set (make one with
/// `python3 Benchmarks/Corpus/make-corpus.py 1000 /tmp/packs`), else the bundled library.
func commandBenchmarks() {
    let today = CalendarDate("2027-01-04")!
    let corpus = ProcessInfo.processInfo.environment["TRELLIS_BENCHMARK_CORPUS"] ?? bundledCurricula
    let corpusPath = CurriculaPath(directories: [corpus])

    Benchmark("validate \(corpus == bundledCurricula ? "the bundled library" : corpus)", configuration: .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 20
    )) { benchmark in
        for _ in benchmark.scaledIterations {
            let pipeline = Pipeline(today: today)
            guard let workspace = try? pipeline.load([corpus], path: corpusPath) else { fatalError("cannot load \(corpus)") }
            blackHole(pipeline.check(workspace))
        }
    }

    let path = CurriculaPath(directories: [bundledCurricula])
    Benchmark("render adult-iop, 12 weeks, Markdown and HTML", configuration: .init(
        metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 20
    )) { benchmark in
        let pipeline = Pipeline(today: today)
        guard let prepared = try? pipeline.prepare(track: "adult-iop", path: path) else { fatalError("cannot prepare adult-iop") }
        for _ in benchmark.scaledIterations {
            blackHole(try? pipeline.render(prepared, RenderRequest(outputFolder: "/tmp/trellis-benchmark")))
        }
    }

    // Prepared once, when the benchmarks are registered: this one measures the planning alone.
    let pipeline = Pipeline(today: today)
    if let prepared = try? pipeline.prepare(track: "adult-iop", path: path) {
        Benchmark("plan adult-iop, 104 weeks", configuration: .init(metrics: [.wallClock, .mallocCountTotal])) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? pipeline.plan(prepared, .weeks(104)))
            }
        }
    }

    // Loading and checking the track's files, then planning: what `trellis plan` does before it prints.
    Benchmark("plan adult-iop, 104 weeks, from the files", configuration: .init(metrics: [.wallClock])) { benchmark in
        let pipeline = Pipeline(today: today)
        guard let prepared = try? pipeline.prepare(track: "adult-iop", path: path) else { fatalError("cannot prepare adult-iop") }
        for _ in benchmark.scaledIterations {
            blackHole(try? pipeline.plan(prepared, .weeks(104)))
        }
    }
}
