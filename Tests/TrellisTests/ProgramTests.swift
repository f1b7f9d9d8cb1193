import Foundation
import Testing
import Trellis

/// The program file: its contacts print where packs point to them, its protocols open every
/// guide, its settings change what is checked, and its approvals show on every document.
@Suite(.serialized)
struct ProgramTests {
    let pipeline = Pipeline(today: Fixtures.today)
    let path = CurriculaPath(directories: [Fixtures.path("programs/clinic")])

    func render() throws -> [String: String] {
        let prepared = try pipeline.prepare(track: "week", path: path)
        let files = try pipeline.render(prepared, RenderRequest(formats: ["markdown", "html"], outputFolder: "unused")).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    @Test func contactsPrintTheProgramsLabelAndNumberInGuidesAndHandouts() throws {
        let files = try render()
        let guide = try #require(files["week-01/facilitator-guide.md"])
        #expect(guide.contains("Know to call On-call clinician (555-0142) after hours."))
        #expect(guide.contains("Say where naloxone is: Naloxone: free kits at reception."))
        let handout = try #require(files["week-01/handouts/approved--approved-h01.html"])
        #expect(handout.contains("After hours, call On-call clinician (555-0142)."))
    }

    @Test func protocolsOpenEveryGuideAndTheProgramNameIsOnEveryDocument() throws {
        let files = try render()
        let guide = try #require(files["week-01/facilitator-guide.html"])
        let protocols = try #require(guide.range(of: "Standing protocols: read before every group"))
        let firstSession = try #require(guide.range(of: "<article class=\"session\">"))
        #expect(protocols.lowerBound < firstSession.lowerBound)
        #expect(guide.contains("Call for help, give naloxone, stay. Then call On-call clinician (555-0142)."))
        for (path, text) in files where path.hasSuffix(".html") || path.hasSuffix(".md") {
            #expect(text.contains("Riverside Clinic"), "\(path) does not name the program")
        }
        #expect(try #require(files["calendar.ics"]).contains("X-WR-CALNAME:Riverside Clinic: One week"))
    }

    @Test func anUnapprovedPackCarriesABannerAndAnApprovedOneItsApprovalInTheFooter() throws {
        let files = try render()
        let waiting = try #require(files["week-01/handouts/waiting--waiting-h01.html"])
        #expect(waiting.contains("class=\"not-approved\""))
        #expect(waiting.contains("Not yet approved for use at Riverside Clinic: waiting 1.0.0"))
        let approved = try #require(files["week-01/handouts/approved--approved-h01.html"])
        #expect(!approved.contains("class=\"not-approved\""))
        #expect(approved.contains("Approved by R. Lead, LCSW on 15 November 2026"))
        let guide = try #require(files["week-01/facilitator-guide.md"])
        #expect(guide.contains("> **Not yet approved for use at Riverside Clinic:** waiting 1.0.0."))
        #expect(guide.contains("`approved/approved-01` · 60 minutes · Approved by R. Lead, LCSW on 15 November 2026"))
    }

    @Test func aTrackUsingAnUnapprovedVersionIsWarnedOncePerPack() throws {
        let prepared = try pipeline.prepare(track: "week", path: path)
        #expect(prepared.warnings.diagnostics.map(\.code) == [.packNotApproved])
        #expect(prepared.warnings.diagnostics.first?.message.contains("waiting 1.0.0, which Riverside Clinic has not approved") == true)
    }

    @Test func settingsChangeSeveritiesReviewMonthsAndTheReadingGradeCeiling() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-program-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("diagnostics/TR108.xml"), toPath: folder.appendingPathComponent("old.xml").path)
        try FileManager.default.copyItem(atPath: Fixtures.path("diagnostics/TR110.xml"), toPath: folder.appendingPathComponent("hard.xml").path)
        func diagnostics(_ settings: String) throws -> [Diagnostic] {
            try Data(
                """
                <program xmlns="urn:trellis:curriculum:1" id="p" version="1.0.0" name="P">\(settings)</program>
                """.utf8
            ).write(to: folder.appendingPathComponent("program.xml"))
            let workspace = try pipeline.load(path: CurriculaPath(directories: [folder.path]))
            return Validator(today: CalendarDate(year: 2025, month: 1, day: 1)!).validate(workspace)
        }
        func codes(_ settings: String) throws -> [DiagnosticCode] { try diagnostics(settings).map(\.code) }
        // TR108.xml was reviewed on 2023-01-15: stale after 24 months by default, not yet in January 2025.
        #expect(try codes("") == [.readingGrade])
        #expect(try codes(#"<setting name="review-months" value="12"/>"#) == [.readingGrade, .staleReview])
        // The program's ceiling is lower than the pack's own grade 6, so it is the one applied.
        #expect(try diagnostics("").first?.message.contains("above the reading grade 6.0") == true)
        #expect(try diagnostics(#"<setting name="reading-grade" value="4"/>"#).first?.message.contains("above the reading grade 4.0") == true)
        #expect(try diagnostics(#"<setting name="reading-grade" value="12"/>"#).first?.message.contains("above the reading grade 6.0") == true)
        #expect(try codes(#"<setting code="TR110" severity="off"/>"#) == [])
        #expect(try codes(#"<setting code="TR110" severity="error"/>"#) == [.readingGrade])
        // Errors that make a file unusable cannot be lowered: the setting is refused, not applied.
        #expect(try codes(#"<setting code="TR002" severity="off"/>"#) == [.readingGrade, .badSetting])
        #expect(try codes(#"<setting code="TR999" severity="off"/>"#) == [.readingGrade, .badSetting])
    }

    @Test func changingOnePhoneNumberChangesExactlyTheFilesThatShowIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-phone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Fixtures.bundledLibrary, toPath: folder.path)
        let program = folder.appendingPathComponent("program.xml")
        let path = CurriculaPath(directories: [folder.path])
        func render() throws -> [String: [UInt8]] {
            let prepared = try pipeline.prepare(track: "adult-iop", path: path)
            let files = try pipeline.render(prepared, RenderRequest(outputFolder: "unused")).files
            return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        }
        let before = try render()
        let text = try String(contentsOf: program, encoding: .utf8)
        #expect(text.contains(#"phone="555-0101""#))
        try Data(text.replacingOccurrences(of: #"phone="555-0101""#, with: #"phone="555-0177""#).utf8).write(to: program)
        let after = try render()
        #expect(Set(before.keys) == Set(after.keys))
        let changed = Set(before.keys.filter { before[$0] != after[$0] })
        let showing = Set(before.keys.filter { String(decoding: before[$0]!, as: UTF8.self).contains("555-0101") })
        #expect(!showing.isEmpty)
        #expect(changed == showing)
        #expect(after.values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains("555-0101") })
    }
}
