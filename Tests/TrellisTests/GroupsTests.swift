import Foundation
import Testing
import Trellis

/// Groups within a block: members sit in a room by the week of their own stay; each group's
/// stream fills its own slots. The expected plans are worked out by hand from FORMAT.md's rules.
@Suite(.serialized)
struct GroupsTests {
    let pipeline = Pipeline(today: Fixtures.today)
    let path = CurriculaPath(directories: [Fixtures.path("groups")])

    func prepared(_ track: String) throws -> PreparedTrack {
        try pipeline.prepare(track: track, path: path)
    }

    /// Each meeting as "date group:session group:session" for the block with groups.
    func rooms(_ plan: Plan, block: String = "skills") -> [String] {
        plan.meetings.map { meeting in
            let planned = meeting.blocks.first { $0.block.id == block }!
            return "\(meeting.date) " + planned.groups.map { "\($0.group!.id):\($0.session?.session.id ?? "-")" }.joined(separator: " ")
        }
    }

    @Test func aRollingTracksGroupsEachFillTheirOwnSlots() throws {
        let plan = try pipeline.plan(prepared("groups-rolling"), .weeks(3))
        // Both streams count their slots from the first meeting; the intro group repeats its two
        // sessions, the main group its three.
        #expect(rooms(plan) == [
            "2027-01-04 intro:i-1 main:m-1", "2027-01-07 intro:i-2 main:m-2",
            "2027-01-11 intro:i-1 main:m-3", "2027-01-14 intro:i-2 main:m-1",
            "2027-01-18 intro:i-1 main:m-2", "2027-01-21 intro:i-2 main:m-3",
        ])
        // The process block has no groups and keeps its shape.
        #expect(plan.meetings[0].blocks[0].groups.isEmpty && plan.meetings[0].blocks[0].isStanding)
    }

    @Test func aClosedTracksGroupsRunEveryWeekAndTheCohortMovesThroughThem() throws {
        let prepared = try prepared("groups-closed")
        let plan = try pipeline.plan(prepared)
        #expect(rooms(plan) == ["2027-01-05 first:i-1 rest:m-1", "2027-01-12 first:- rest:m-2", "2027-01-19 first:- rest:m-3"])
        let cohort = try #require(pipeline.coverage(prepared).entries.first)
        // In week 1 the cohort is in the first group, so it never meets m-1, which ran next door.
        #expect(cohort.rooms.map { "\($0.group.id) \($0.weeks)" } == ["first 1...1", "rest 2...3"])
        #expect(cohort.streams.map { $0.missed.map(\.local) } == [[], ["m-1"]])
    }

    @Test func coverageFollowsANewcomerThroughTheGroups() throws {
        let coverage = pipeline.coverage(try prepared("groups-rolling"))
        let newcomer = try #require(coverage.entries.first { $0.week == 2 })
        #expect(newcomer.rooms.map { "\($0.group.id) weeks \($0.weeks) stay \($0.stayWeeks)" } == [
            "intro weeks 2...2 stay 1...1", "main weeks 3...5 stay 2...4",
        ])
        #expect(newcomer.rooms[0].sessions.map(\.local) == ["i-1", "i-2"])
        #expect(newcomer.rooms[1].sessions.map(\.local) == ["m-2", "m-3", "m-1"])
        #expect(coverage.text.contains(
            "joins week 2 (2027-01-11): Skills hour: Intro group in week 2 (stay week 1): meets g i-1, i-2; then Main group in "
                + "weeks 3–5 (stay weeks 2–4): meets g m-2, m-3, m-1"))
        let json = coverage.json.compact
        #expect(json.contains(#""groups":[{"block":"skills","group":"intro","title":"Intro group","weeks":"1","stayWeeks":"1""#))
    }

    @Test func hoursAreCountedForEachWeekOfAMembersStay() throws {
        let library = try CurriculumLoader().load(inputs: [Fixtures.path("groups/groups-hours.xml")], path: path)
        let track = try #require(library.track(id: "groups-hours"))
        #expect((1...6).map(track.weeklyHours(forStayWeek:)) == [9, 9, 6, 6, 6, 6])
        #expect(track.weeklyHours == 6)
        let diagnostics = try Fixtures.validate([Fixtures.path("groups/groups-hours.xml")], path: [Fixtures.path("groups")])
        let error = try #require(diagnostics.first { $0.code == .levelOfCareHours })
        #expect(error.message.hasPrefix("members in stay weeks 3–6 have 6 hours of groups a week"))
        // The holiday week is short only for the newcomers, who otherwise have enough.
        let note = try #require(diagnostics.first { $0.code == .weekUnderLevelOfCare })
        #expect(note.message.contains("6 hours of groups after closures for members in stay weeks 1–2"))
    }

    @Test func thePlanAsJSONGivesABlockWithGroupsItsGroups() throws {
        let plan = try pipeline.plan(prepared("groups-rolling"), .week(1))
        let json = plan.json.compact
        #expect(json.contains(
            #"{"block":"skills","start":"10:00","end":"11:00","title":"Skills hour","groups":[{"group":"intro","title":"Intro one","stay":"1","session":"g/i-1","minutes":60},{"group":"main","title":"Main one","stay":null,"session":"g/m-1","minutes":60}]}"#))
        #expect(json.contains(#"{"block":"process","start":"09:00","end":"10:00","title":"Process group","session":null}"#))
        #expect(plan.markdown.contains("| 10:00–11:00 | Skills hour: Intro group (stay week 1) | Intro one (`g/i-1`) |"))
    }

    @Test func renderShowsEachGroupAsItsOwnSectionAndCanRenderOneGroup() throws {
        let prepared = try prepared("groups-rolling")
        let all = try pipeline.render(prepared, RenderRequest(week: 1, formats: ["markdown"], outputFolder: "unused"))
        let guide = String(decoding: try #require(all.files.first { $0.path == "week-01/facilitator-guide.md" }).contents, as: UTF8.self)
        #expect(guide.contains("### 10:00–11:00 · Skills hour · Intro group, stay week 1: Intro one"))
        #expect(guide.contains("### 10:00–11:00 · Skills hour · Main group: Main one"))
        let intro = try pipeline.render(prepared, RenderRequest(week: 1, formats: ["markdown"], outputFolder: "unused", group: "intro"))
        let introGuide = String(
            decoding: try #require(intro.files.first { $0.path == "week-01/facilitator-guide.md" }).contents, as: UTF8.self)
        #expect(introGuide.contains("Intro one") && !introGuide.contains("### 10:00–11:00 · Skills hour · Main group"))
        let index = String(decoding: try #require(all.files.first { $0.path == "index.html" }).contents, as: UTF8.self)
        #expect(index.contains(#"<div class="groups"><span><strong>Intro group:</strong> Intro one</span><span><strong>Main group:</strong> Main one</span></div>"#))
    }

    @Test func aGroupTheTrackDoesNotHaveCannotBeRendered() throws {
        do {
            _ = try pipeline.render(prepared("groups-rolling"), RenderRequest(outputFolder: "unused", group: "nope"))
            Issue.record("rendered a group that does not exist")
        } catch {
            #expect("\(error)".contains("groups-rolling has no group \"nope\"; its groups are intro, main"))
        }
    }
}
