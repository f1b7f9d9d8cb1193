import Testing
import Trellis

/// A third party's plugin: a module written in Swift (no XML), an activity kind and a rule,
/// registered through the same door the built-in plugin uses.
struct DBTPlugin: Plugin {
    let name = "dbt"

    /// Three DBT skills sessions built in code.
    struct SkillsModule: CurriculumModule {
        let namespace = "dbt"
        let id = "core"
        let title = "DBT skills"
        var sessions: [Session] {
            ["Wise mind", "Distress tolerance", "Opposite action"].enumerated().map { index, title in
                Session(
                    id: "dbt-\(index + 1)", title: title, minutes: 90,
                    requires: index == 0 ? [] : [Reference(pack: nil, local: "dbt-\(index)")],
                    activities: [Activity(kind: "diary-card", minutes: 15), Activity(kind: "teach", minutes: 75)])
            }
        }
    }

    /// Flags every session longer than an hour: proves a plugin's rule runs with the others.
    struct LongSessionRule: Rule {
        let code: DiagnosticCode = "DBT001"
        func check(_ context: CheckContext) -> [Diagnostic] {
            context.packs.flatMap(\.sessions).filter { $0.minutes > 60 }.map {
                .note(code, at: $0.origin["minutes"], "longer than an hour")
            }
        }
    }

    func install(into registry: inout PluginRegistry) {
        registry.register(SkillsModule())
        registry.register(ActivityKind(id: "diary-card", name: "Diary card review"))
        registry.register(LongSessionRule())
    }
}

@Suite(.serialized)
struct PluginTests {
    let registry = PluginRegistry.standard(adding: [DBTPlugin()])

    func library(_ files: [String]) throws -> CurriculumLibrary {
        try CurriculumLoader().load(inputs: files.map(Fixtures.path), path: CurriculaPath(directories: [Fixtures.path("library")]))
    }

    @Test func aSwiftModuleIsSequencedNextToAnXMLModule() throws {
        let library = try library(["plugins/mixed-track.xml"])
        let diagnostics = Validator(registry: registry, today: Fixtures.today).validate(library)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let track = try #require(library.track(id: "mixed"))
        let plan = Sequencer(track: track, registry: registry.adding(library)).plan(weeks: 1...3)
        let sessions = plan.meetings.flatMap(\.blocks).compactMap { $0.session?.reference.description }
        #expect(sessions == ["fixture/s-01", "fixture/s-02", "dbt/dbt-1", "dbt/dbt-2", "dbt/dbt-3"])
        let thursday = plan.meetings[1]
        #expect(thursday.blocks.map { "\($0.start)-\($0.end)" } == ["09:00-10:00", "10:10-11:40"])
    }

    @Test func withoutThePluginTheSwiftModuleIsNotLoaded() throws {
        let diagnostics = Validator(registry: .standard(), today: Fixtures.today).validate(try library(["plugins/mixed-track.xml"]))
        #expect(diagnostics.map(\.code) == [.trackReferenceNotLoaded])
    }

    @Test func aPluginsActivityKindAndRuleWorkLikeBuiltInOnes() throws {
        let library = try library(["plugins/custom-kind.xml"])
        #expect(Validator(registry: .standard(), today: Fixtures.today).validate(library).map(\.code) == [.unknownActivityKind])
        #expect(Validator(registry: registry, today: Fixtures.today).validate(library).isEmpty)
        let long = Validator(registry: registry, today: Fixtures.today).validate(try self.library(["library/fixture-pack.xml"]))
        #expect(long.isEmpty)
    }

    @Test func theBuiltInPluginRegistersTheFormatsKindsAndOneRulePerCode() {
        let builtIn = PluginRegistry.standard()
        #expect(builtIn.sortedActivityKinds.map(\.id) == ActivityKind.builtIn.map(\.id).sorted())
        #expect(Set(builtIn.rules.map(\.code)) == Set(DiagnosticCode.builtInSummaries.keys).subtracting(
            [.notWellFormed, .schemaInvalid, .forbiddenConstruct, .overLimits, .registrationConflict]))
        #expect(builtIn.modules.isEmpty)
    }

    @Test func aSecondRegistrationOfAnIDIsRefusedAndRecorded() {
        var twice = PluginRegistry.standard(adding: [DBTPlugin(), DBTPlugin()])
        #expect(twice.modules["dbt"]?.count == 1)
        #expect(twice.conflicts.map(\.kind) == [.module, .activityKind, .rule])
        #expect(twice.conflicts.allSatisfy { $0.plugin == "dbt" && $0.heldBy == "dbt" })
        twice.register(ActivityKind(id: "teach", name: "Another teach"))
        #expect(twice.activityKinds["teach"]?.name == "Teaching")
    }
}
