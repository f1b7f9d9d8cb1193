import Foundation
import Testing
import Trellis

/// The pipeline as a library: load → check → plan → render → write, one registry, and checks
/// scoped to the track and everything it uses.
@Suite(.serialized)
struct PipelineTests {
    let pipeline = Pipeline(today: Fixtures.today)
    let path = CurriculaPath(directories: [Fixtures.path("pipeline")])

    func failure(_ body: () throws -> Void) -> PipelineFailure? {
        do {
            try body()
            return nil
        } catch {
            return error as? PipelineFailure
        }
    }

    @Test func aTrackWhosePackHasAnErrorStopsAtTheCheckStepWithTheDiagnostic() throws {
        let stopped = failure { _ = try pipeline.prepare(track: "uses-overtime", path: path) }
        guard case .inputHasErrors(let report) = stopped else {
            Issue.record("expected input errors, got \(String(describing: stopped))")
            return
        }
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.code == .minutesMismatch)
        #expect(error.location.file.hasSuffix("pipeline/packs/overtime.xml"))
        #expect(error.location.line == 7)
        #expect(report.errorCount == 1)
        // The track and the pack it uses were checked; the other pack was not.
        #expect(report.files.count == 2)
        #expect(!report.diagnostics.contains { $0.location.file.hasSuffix("fine.xml") })
    }

    @Test func errorsInPacksTheTrackDoesNotUseDoNotStopIt() throws {
        let prepared = try pipeline.prepare(track: "uses-fine", path: path)
        #expect(prepared.track.id == "uses-fine")
        // The rules file on the path found a session without a caution: a warning travels along.
        #expect(prepared.warnings.diagnostics.map(\.code) == ["CLINIC002"])
        #expect(prepared.warnings.errorCount == 0)
        let plan = try pipeline.plan(prepared, .weeks(nil))
        #expect(plan.meetings.compactMap { $0.blocks.first?.session?.reference.description } == ["fine/fn-01", "fine/fn-02"])
    }

    @Test func renderWritesNothingWhenTheTrackDoesNotPassItsCheck() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let stopped = failure {
            let prepared = try pipeline.prepare(track: "uses-overtime", path: path)
            _ = try pipeline.write(try pipeline.render(prepared, RenderRequest(outputFolder: out.path)), to: out.path)
        }
        guard case .inputHasErrors = stopped else {
            Issue.record("expected input errors, got \(String(describing: stopped))")
            return
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aWeekOutsideAClosedTrackCannotRunAndNamesTheStep() throws {
        let prepared = try Pipeline(today: Fixtures.today).prepare(
            track: Fixtures.path("library/fixture-track.xml"), path: CurriculaPath(directories: [Fixtures.path("library")]))
        let stopped = failure { _ = try pipeline.plan(prepared, .week(prepared.track.weeks + 1)) }
        guard case .cannotRun(let step, let message) = stopped else {
            Issue.record("expected cannot run, got \(String(describing: stopped))")
            return
        }
        #expect(step == .plan)
        #expect(message.contains("there is no week"))
    }

    @Test func theRegistryIsBuiltOnceAndCarriesThePacksAndRuleFiles() throws {
        let workspace = try pipeline.load(path: path)
        #expect(workspace.registry.plugins.map(\.name) == ["builtin", "rules", "packs"])
        #expect(workspace.registry.module(Reference(pack: "fine", local: "core")) != nil)
        #expect(workspace.registry.session(Reference(pack: "overtime", local: "ot-01"))?.session.minutes == 45)
        #expect(workspace.registry.rules.contains { $0.codes == ["CLINIC002", "CLINIC003"] })
    }
}

/// A plugin whose Swift module breaks the rules a pack's module is held to.
struct SloppyPlugin: Plugin {
    let name = "sloppy"

    struct SloppyModule: CurriculumModule {
        let namespace = "sloppy"
        let id = "core"
        let title = "Sloppy"
        var sessions: [Session] {
            [
                Session(
                    id: "sl-01", title: "Overtime in Swift", minutes: 30, objectives: ["TODO"],
                    activities: [Activity(kind: "teach", minutes: 45), Activity(kind: "juggling", minutes: 5)],
                    origin: .code("sl-01"))
            ]
        }
    }

    func install(into registry: inout PluginRegistry) {
        registry.register(SloppyModule())
        // The built-in plugin registered this emitter first: a conflict, reported.
        registry.register(MarkdownEmitter())
    }
}

@Suite(.serialized)
struct PluginScopeTests {
    let path = CurriculaPath(directories: [Fixtures.path("library")])

    @Test func aSwiftModuleIsCheckedExactlyLikeAnXMLModule() throws {
        let pipeline = Pipeline(plugins: [SloppyPlugin()], today: Fixtures.today)
        let report = pipeline.check(try pipeline.load(path: path))
        let sloppy = report.diagnostics.filter { $0.location.file == "plugin:sloppy" }
        #expect(Set(sloppy.map(\.code)) == [.minutesMismatch, .unknownActivityKind, .placeholderText, .registrationConflict])
        #expect(sloppy.first { $0.code == .minutesMismatch }?.message.contains("\"sl-01\" add up to 50 minutes") == true)
    }

    @Test func registrationConflictsAreReportedNotDropped() throws {
        let pipeline = Pipeline(plugins: [SloppyPlugin()], today: Fixtures.today)
        let conflict = try #require(pipeline.registry.conflicts.first)
        #expect(conflict.kind == .emitter && conflict.id == "markdown" && conflict.plugin == "sloppy" && conflict.heldBy == "builtin")
        let report = pipeline.check(try pipeline.load(path: path))
        let warning = try #require(report.diagnostics.first { $0.code == .registrationConflict })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("emitter \"markdown\""))
    }

    @Test func aPackModuleThatClashesWithASwiftModuleIsADuplicateIDInThePack() throws {
        struct Squatter: Plugin {
            let name = "squatter"
            struct Module: CurriculumModule {
                let namespace = "fixture"
                let id = "core"
                let title = "Taken first"
                var sessions: [Session] { [] }
            }
            func install(into registry: inout PluginRegistry) { registry.register(Module()) }
        }
        let pipeline = Pipeline(plugins: [Squatter()], today: Fixtures.today)
        let report = pipeline.check(try pipeline.load(path: path))
        let duplicate = try #require(report.diagnostics.first { $0.code == .duplicateID })
        #expect(duplicate.location.file.hasSuffix("library/fixture-pack.xml"))
        #expect(duplicate.message.contains("already provided by plugin squatter"))
    }
}
