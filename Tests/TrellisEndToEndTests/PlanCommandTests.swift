import Foundation
import Testing

/// `trellis plan`, `coverage` and `list` on the bundled library, as a facilitator runs them.
@Suite(.serialized)
struct PlanCommandTests {
    func json(_ result: TrellisBinary.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func thePlanAsJSONHasCLIMdsFieldsExactly() throws {
        let result = try TrellisBinary.run(["plan", "adult-iop", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try json(result)
        #expect(Set(plan.keys) == ["track", "meetings", "closed"])
        let track = try #require(plan["track"] as? [String: Any])
        #expect(Set(track.keys) == ["id", "title", "admission", "weeks", "hoursPerWeek"])
        #expect(track["id"] as? String == "adult-iop")
        #expect(track["admission"] as? String == "rolling")
        #expect(track["weeks"] as? Int == 12)
        #expect(track["hoursPerWeek"] as? Double == 10.0)
        #expect(result.stdout.contains("\"hoursPerWeek\": 10.0"))
        let meetings = try #require(plan["meetings"] as? [[String: Any]])
        #expect(meetings.count == 12 * 3 - 2, "36 meetings less the two holiday Mondays")
        let first = meetings[0]
        #expect(Set(first.keys) == ["date", "week", "weekday", "start", "blocks"])
        #expect(first["date"] as? String == "2027-01-04")
        #expect(first["week"] as? Int == 1)
        #expect(first["weekday"] as? String == "mon")
        #expect(first["start"] as? String == "09:00")
        let blocks = try #require(first["blocks"] as? [[String: Any]])
        #expect(Set(blocks[0].keys) == ["block", "start", "end", "title", "session"])
        #expect(blocks[0]["session"] is NSNull)
        #expect(blocks[0]["title"] as? String == "Process group")
        #expect(Set(blocks[2].keys) == ["block", "start", "end", "title", "session", "minutes"])
        #expect(blocks[2]["start"] as? String == "11:30")
        #expect(blocks[2]["session"] as? String == "relapse-prevention/rp-01")
        #expect(blocks[2]["minutes"] as? Int == 60)
        // A block with groups carries its groups instead of a session.
        #expect(Set(blocks[1].keys) == ["block", "start", "end", "title", "groups"])
        let groups = try #require(blocks[1]["groups"] as? [[String: Any]])
        #expect(groups.map { Set($0.keys) } == [["group", "title", "stay", "session", "minutes"], ["group", "title", "stay", "session", "minutes"]])
        #expect(groups.map { $0["group"] as? String } == ["newcomers", "skills"])
        #expect(groups.map { $0["stay"] as? String } == ["1-2", nil])
        #expect(groups.map { $0["session"] as? String } == ["orientation/or-01", "stress-management/sm-01"])
        let closed = try #require(plan["closed"] as? [[String: Any]])
        #expect(closed.compactMap { $0["date"] as? String } == ["2027-01-18", "2027-02-15"])
        #expect(Set(closed[0].keys) == ["date", "reason"])
        // Meetings are in date order and closed meetings appear only under "closed".
        let dates = meetings.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
        #expect(!dates.contains("2027-01-18"))
    }

    @Test func oneWeekAsTextIsAWallAgenda() throws {
        let result = try TrellisBinary.run(["plan", "Curricula/tracks/adult-iop.xml", "--week", "3"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Week 3 · Monday 18 January 2027 to Sunday 24 January 2027 · 6.7 hours of groups (1 meeting closed)"))
        #expect(result.stdout.contains("  Monday 18 January 2027: closed (Martin Luther King Jr. Day)"))
        #expect(result.stdout.contains("    09:00–10:00  Process group"))
        #expect(!result.stdout.contains("Week 2 "))
    }

    @Test func aRollingTrackPlansAnyFutureDate() throws {
        let result = try TrellisBinary.run(["plan", "adult-iop", "--from", "2031-03-03", "--weeks", "2", "--format", "json"])
        #expect(result.status == 0)
        let dates = (try json(result)["meetings"] as? [[String: Any]])?.compactMap { $0["date"] as? String }
        #expect(dates == ["2031-03-03", "2031-03-05", "2031-03-07", "2031-03-10", "2031-03-12", "2031-03-14"])
    }

    @Test func aClosedTrackRefusesDatesOutsideItsWeeks() throws {
        let late = try TrellisBinary.run(["plan", "evening-cohort", "--week", "9"])
        #expect(late.status == 2)
        #expect(late.stderr.contains("closed track of 8 weeks"))
        let early = try TrellisBinary.run(["plan", "evening-cohort", "--from", "2027-01-01", "--weeks", "1"])
        #expect(early.status == 2)
        #expect(early.stderr.contains("starts on 2027-10-19"))
        let past = try TrellisBinary.run(["plan", "evening-cohort", "--from", "2027-12-01", "--weeks", "4"])
        #expect(past.status == 2)
        #expect(past.stdout.isEmpty)
    }

    @Test func markdownHasAHeadingPerWeek() throws {
        let result = try TrellisBinary.run(["plan", "family-program", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.lines.filter { $0.hasPrefix("## Week ") }.count == 8)
        #expect(result.stdout.contains("| 18:30–20:00 | Family communication group |"))
    }

    @Test func anUnknownTrackExitsTwo() throws {
        let result = try TrellisBinary.run(["plan", "no-such-track"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no track file or track id \"no-such-track\""))
        #expect(result.stderr.contains("adult-iop"))
    }

    @Test func aTrackWithErrorsIsNotPlanned() throws {
        let result = try TrellisBinary.run(
            ["plan", "broken-track.xml", "--curricula", TrellisBinary.repository.appendingPathComponent("Curricula").path],
            in: TrellisBinary.fixtures)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("broken-track.xml:11:13: error:"))
        #expect(result.stderr.contains("[TR201]"))
    }

    @Test func coverageShowsEveryEntryWeekOfAFullCycle() throws {
        let text = try TrellisBinary.run(["coverage", "adult-iop"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Entry week"))
        let result = try TrellisBinary.run(["coverage", "adult-iop", "--format", "json"])
        let entries = try #require(try json(result)["entries"] as? [[String: Any]])
        // The longest stream (37 education sessions, 3 slots a week) takes 13 weeks to cycle.
        #expect(entries.count == 13)
        let closures = Set([3, 7])  // the weeks of Martin Luther King Jr. Day and Presidents' Day
        for entry in entries {
            let week = try #require(entry["week"] as? Int)
            let rooms = try #require(entry["groups"] as? [[String: Any]])
            // Every member sits in the newcomers' group for stay weeks 1-2, then the skills group.
            #expect(rooms.compactMap { $0["group"] as? String } == ["newcomers", "skills"], "entry week \(week)")
            #expect(rooms.first?["stayWeeks"] as? String == "1-2")
            let newcomer = Set((rooms.first?["sessions"] as? [String]) ?? [])
            let orientation: Set = ["orientation/or-01", "orientation/or-02", "orientation/or-03"]
            // Each orientation session once in the first two weeks, unless a holiday took one of
            // those six meetings; never again after.
            if closures.isDisjoint(with: [week, week + 1]) {
                #expect(newcomer.isSuperset(of: orientation), "entry week \(week) meets \(newcomer.sorted())")
            }
            let later = Set((rooms.last?["sessions"] as? [String]) ?? [])
            #expect(later.isDisjoint(with: orientation))
            let repeats = (entry["repeats"] as? [[String: Any]]) ?? []
            #expect(repeats.allSatisfy { ($0["times"] as? Int ?? 0) <= 2 }, "entry week \(week): \(repeats)")
            #expect(!repeats.contains { ($0["session"] as? String)?.hasPrefix("orientation/") == true })
        }
        let closed = try TrellisBinary.run(["coverage", "evening-cohort"])
        #expect(closed.stdout.contains("Everyone meets all 15 sessions of stream 1 (skills)."))
    }

    @Test func listShowsSessionsAndWeeklyHours() throws {
        let result = try TrellisBinary.run(["list"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("      rp-01  60 min  Lapse and relapse"))
        #expect(result.stdout.contains("10 hours of groups a week · level of care 2.1"))
        // Each pack's approval state for the program, and the program itself.
        #expect(result.stdout.contains("    not approved for Example Recovery Center (sample program)"))
        #expect(result.stdout.contains("Program\n  example-program 1.0.0: Example Recovery Center (sample program)"))
        #expect(result.stdout.contains("    week 3: 6.7 hours (closed 2027-01-18 Martin Luther King Jr. Day)"))
    }
}
