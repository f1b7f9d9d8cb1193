import Testing
import Trellis

/// The bundled library in `Curricula/`: what issue 3 promises a clinic, checked on every run.
@Suite(.serialized)
struct BundledLibraryTests {
    let library: CurriculumLibrary

    init() throws {
        library = try CurriculumLoader().load(inputs: [Fixtures.bundledLibrary], path: CurriculaPath(directories: []))
    }

    @Test func validatesWithNoErrorsAndNoWarnings() throws {
        let diagnostics = Validator(registry: .standard(), today: Fixtures.today).validate(library)
        #expect(diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(diagnostics.map { "\($0.location): \($0.message)" })")
    }

    /// Pack id, fewest sessions, session length in minutes.
    static let packs: [(id: String, sessions: Int, minutes: Int)] = [
        ("relapse-prevention", 10, 60), ("stress-management", 8, 60), ("mindfulness", 8, 60),
        ("family-communication", 8, 90), ("orientation", 3, 60), ("aftercare", 4, 60),
    ]

    @Test func holdsTheSixPacksWithTheirSessionCounts() throws {
        #expect(Set(library.packs.map(\.id)) == Set(Self.packs.map(\.id)))
        for expected in Self.packs {
            let pack = try #require(library.pack(id: expected.id))
            #expect(pack.sessions.count >= expected.sessions, "\(pack.id)")
            #expect(pack.sessions.allSatisfy { $0.minutes == expected.minutes }, "\(pack.id)")
            #expect(pack.handouts.count * 2 >= pack.sessions.count, "\(pack.id): at least one handout per two sessions")
            #expect(!pack.approaches.isEmpty && !pack.references.isEmpty && !pack.authors.isEmpty, "\(pack.id)")
            #expect(pack.review != nil, "\(pack.id)")
            #expect(pack.sessions.allSatisfy { $0.requires.isEmpty }, "\(pack.id): open groups need no prerequisites")
        }
    }

    @Test func theMainPacksKeepTheirSessionsInACoreModule() throws {
        for id in ["relapse-prevention", "stress-management", "mindfulness", "family-communication"] {
            #expect(library.pack(id: id)?.module(id: "core") != nil, "\(id)")
        }
        #expect(library.pack(id: "relapse-prevention")?.sessions.first?.id == "rp-01")
    }

    @Test func everySessionIsRunnableAsWritten() throws {
        for pack in library.packs {
            for session in pack.sessions {
                let place = "\(pack.id)/\(session.id)"
                #expect(!session.objectives.isEmpty, "\(place)")
                #expect(!session.materials.isEmpty, "\(place)")
                #expect(session.activities.map(\.minutes).reduce(0, +) == session.minutes, "\(place)")
                let scriptWords = session.activities.flatMap(\.script).flatMap(\.textUnits)
                    .reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
                #expect(scriptWords >= 150, "\(place): \(scriptWords) words of script")
                #expect(session.activities.contains { !$0.prompts.isEmpty }, "\(place): no participant prompts")
            }
        }
    }

    @Test func everyGuidedPracticeComesWithChoicesAndTheRightToStop() throws {
        let registry = PluginRegistry.standard()
        for pack in library.packs {
            for session in pack.sessions
            where session.activities.contains(where: { registry.activityKinds[$0.kind]?.isGuidedPractice == true }) {
                let cautions = session.cautions.map(\.plainText).joined(separator: " ").lowercased()
                for needed in ["eyes", "anchor", "stop"] {
                    #expect(cautions.contains(needed), "\(pack.id)/\(session.id): cautions never mention \(needed)")
                }
                #expect(cautions.contains("mov") || cautions.contains("posture"), "\(pack.id)/\(session.id)")
            }
        }
    }

    @Test func everyHandoutReadsAtOrBelowGradeEight() throws {
        var highest = -Double.infinity
        for pack in library.packs {
            for handout in pack.handouts {
                let grade = try #require(ReadingGrade(units: handout.textUnits).grade, "\(handout.id)")
                #expect(grade <= 8, "\(pack.id)/\(handout.id) reads at grade \(grade)")
                highest = max(highest, grade)
            }
        }
        // At the time of writing the highest is rp-h11, at grade 4.6.
        #expect(highest <= 6.5)
    }

    @Test func holdsTheThreeTracks() throws {
        let adult = try #require(library.track(id: "adult-iop"))
        #expect(adult.admission == .rolling)
        #expect(adult.weeks == 12)
        #expect(adult.calendar.meetings.count == 3)
        #expect(adult.calendar.meetings.allSatisfy { $0.start < ClockTime("12:00")! })
        #expect(adult.day.blockMinutes == 180)
        #expect(adult.levelOfCare == .intensiveOutpatient)
        #expect(adult.day.blocks.count == 3)
        #expect(Set(adult.streams.map(\.block)).count == 2, "a standing block and two curricular blocks")

        let evening = try #require(library.track(id: "evening-cohort"))
        #expect(evening.admission == .closed)
        #expect(evening.weeks == 8)
        #expect(evening.calendar.meetings.count == 2)
        #expect(evening.calendar.meetings.allSatisfy { $0.start >= ClockTime("17:00")! })
        #expect(evening.levelOfCare == .outpatient)
        #expect(evening.calendar.closures.count == 1)

        let family = try #require(library.track(id: "family-program"))
        #expect(family.calendar.meetings.count == 1)
        #expect(family.streams.flatMap(\.items).map(\.reference.description) == ["family-communication/core"])
    }
}
