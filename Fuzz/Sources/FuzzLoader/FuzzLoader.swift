import Foundation
import Trellis

/// One fuzz input: the bytes as a curriculum file beside a small valid library, through every
/// step a user's file goes through — parse, schema, model, every rule — and, when the bytes make
/// a track that checks clean, planning, coverage and rendering in Markdown and HTML; for a pack,
/// the diff against a valid pack in every format.
///
/// The only way out is returning 0: a trap, a sanitizer report or a slow input is the finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzHarness.shared.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// What every input shares, made once per process: the pipeline and the companion library,
/// already read (the input is read from memory, as the loader reads a file's bytes).
final class FuzzHarness: Sendable {
    static let shared = FuzzHarness()

    let pipeline = Pipeline(today: CalendarDate(year: 2027, month: 1, day: 4) ?? CalendarDate(daysSinceEpoch: 0))
    let companions: [LoadedDocument]
    static let file = "fuzz.xml"

    init() {
        // A small valid pack and track that fuzzed files can name (TRELLIS_FUZZ_LIBRARY, set by Fuzz/run).
        let folder = ProcessInfo.processInfo.environment["TRELLIS_FUZZ_LIBRARY"] ?? ""
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".xml") }.sorted()
        companions = names.compactMap { name in
            FileManager.default.contents(atPath: folder + "/" + name).map { DocumentReader().read([UInt8]($0), file: name) }
        }
    }

    func run(_ bytes: [UInt8]) {
        let document = DocumentReader().read(bytes, file: Self.file)
        let library = CurriculumLibrary(documents: [document] + companions, inputFiles: [Self.file])
        var registry = pipeline.registry
        registry.install(PackModulesPlugin(packs: library.packs))
        let workspace = Workspace(library: library, registry: registry)
        for format in [ReportFormat.text, .json, .sarif, .junit, .github] {
            _ = pipeline.check(workspace).rendered(as: format)
        }
        // A pack is also compared with the companion pack, both ways, as `trellis diff` does.
        if document.pack != nil, let companion = companions.first(where: { $0.pack != nil }) {
            for (old, new) in [(companion, document), (document, companion)] {
                if let diff = try? PackDiff.compare(old: old, new: new) {
                    _ = diff.text
                    _ = diff.markdown
                    _ = diff.json.pretty
                }
            }
        }
        guard let track = document.track, let prepared = try? pipeline.prepare(track, in: workspace) else { return }
        _ = try? pipeline.plan(prepared).text
        _ = pipeline.coverage(prepared)
        let request = RenderRequest(week: 1, formats: ["markdown", "html"], outputFolder: "/nonexistent")
        _ = try? pipeline.render(prepared, request)
    }
}
