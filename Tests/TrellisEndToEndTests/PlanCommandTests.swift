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
        #expect(track["hoursPerWeek"] as? Double == 9.0)
        #expect(result.stdout.contains("\"hoursPerWeek\": 9.0"))
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
        #expect(Set(blocks[1].keys) == ["block", "start", "end", "title", "session", "minutes"])
        #expect(blocks[1]["start"] as? String == "10:15")
        #expect(blocks[1]["session"] as? String == "orientation/or-01")
        #expect(blocks[1]["minutes"] as? Int == 60)
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
        #expect(result.stdout.contains("Week 3 · Monday 18 January 2027 to Sunday 24 January 2027 · 6 hours of groups (1 meeting closed)"))
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
        // The longest stream (18 sessions, 2 slots a week) takes 9 weeks to cycle.
        #expect(entries.count == 9)
        let shares = entries.flatMap { ($0["streams"] as? [[String: Any]]) ?? [] }.compactMap { $0["share"] as? Double }
        #expect(shares.allSatisfy { $0 == 1.0 })
        let closed = try TrellisBinary.run(["coverage", "evening-cohort"])
        #expect(closed.stdout.contains("Everyone meets all 15 sessions of stream 1 (skills)."))
    }

    @Test func listShowsSessionsAndWeeklyHours() throws {
        let result = try TrellisBinary.run(["list"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("      rp-01  60 min  Lapse and relapse"))
        #expect(result.stdout.contains("9 hours of groups a week · level of care 2.1"))
        #expect(result.stdout.contains("    week 3: 6 hours (closed 2027-01-18 Martin Luther King Jr. Day)"))
    }
}
