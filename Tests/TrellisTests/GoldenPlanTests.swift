import Testing
import Trellis

/// The bundled tracks' plans and coverage, compared with golden files: a change to the
/// sequencer or to the library shows up here as a diff to review.
@Suite(.serialized)
struct GoldenPlanTests {
    static let tracks = ["adult-iop", "evening-cohort", "family-program"]

    let library: CurriculumLibrary
    let registry: PluginRegistry

    init() throws {
        library = try CurriculumLoader().load(inputs: [Fixtures.bundledLibrary], path: CurriculaPath(directories: []))
        registry = PluginRegistry.standard().adding(library)
    }

    func sequencer(_ id: String) throws -> Sequencer {
        Sequencer(track: try #require(library.track(id: id)), registry: registry)
    }

    @Test(arguments: tracks)
    func planText(_ id: String) throws {
        let sequencer = try sequencer(id)
        try Snapshot.assertMatches(sequencer.plan(weeks: 1...sequencer.track.weeks).text, named: "plan-\(id).txt")
    }

    @Test(arguments: tracks)
    func planJSON(_ id: String) throws {
        let sequencer = try sequencer(id)
        try Snapshot.assertMatches(sequencer.plan(weeks: 1...sequencer.track.weeks).json.pretty + "\n", named: "plan-\(id).json")
    }

    @Test(arguments: tracks)
    func coverageText(_ id: String) throws {
        try Snapshot.assertMatches(try sequencer(id).coverage().text, named: "coverage-\(id).txt")
    }

    @Test func planMarkdownOfTheDefaultTracksFirstWeek() throws {
        try Snapshot.assertMatches(try sequencer("adult-iop").plan(weeks: 1...1).markdown, named: "plan-adult-iop-week-1.md")
    }

    @Test func theEveningCohortsClosureMovesSessionsAndLosesNone() throws {
        let sequencer = try sequencer("evening-cohort")
        let plan = sequencer.plan(weeks: 1...8)
        let scheduled = plan.meetings.flatMap(\.blocks).compactMap(\.session)
        #expect(scheduled == sequencer.sequences[0].sessions)
        #expect(plan.closures.map(\.date.description) == ["2027-11-25"])
        // Without the closure, the last session would come a meeting earlier.
        var open = sequencer.track
        open.calendar.closures = []
        let unclosed = Sequencer(track: open, registry: registry).plan(weeks: 1...8)
        let lastDate = { (plan: Plan) in plan.meetings.last { $0.blocks.contains { $0.session != nil } }?.date }
        #expect(lastDate(unclosed)! < lastDate(plan)!)
    }

    /// One guide and one handout per format, from the family program's first week.
    @Test(arguments: [
        "week-01/facilitator-guide.md", "week-01/facilitator-guide.html",
        "week-01/handouts/family-communication--fc-h01.md", "week-01/handouts/family-communication--fc-h01.html",
    ])
    func renderedDocument(_ path: String) throws {
        let track = try #require(library.track(id: "family-program"))
        let files = try Renderer(registry: registry, templates: try TemplateSet.load(), program: library.program)
            .render(track, weeks: 1...1, formats: ["markdown", "html"])
        let file = try #require(files.first { $0.path == path })
        try Snapshot.assertMatches(
            String(decoding: file.contents, as: UTF8.self), named: "render-" + path.replacingOccurrences(of: "/", with: "-"))
    }
}
