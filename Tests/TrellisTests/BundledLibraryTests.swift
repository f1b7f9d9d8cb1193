import Foundation
import Testing
import Trellis

/// The bundled library in `Curricula/`, second edition: what a clinic sees first, checked on
/// every run — the packs and tracks, the safety fixes by content, plain language and honest
/// provenance.
@Suite(.serialized)
struct BundledLibraryTests {
    let library: CurriculumLibrary
    let workspace: Workspace

    init() throws {
        workspace = try Pipeline(today: Fixtures.today).load([Fixtures.bundledLibrary], path: CurriculaPath(directories: []))
        library = workspace.library
    }

    func pack(_ id: String) throws -> Pack { try #require(library.pack(id: id), "no pack \(id)") }

    /// Every piece of text a participant or facilitator reads in a session, one string.
    func text(of session: Session) -> String {
        (session.objectives + session.materials + session.cautions + session.activities.flatMap(\.prompts)
            + (session.homework.map { [$0] } ?? [])).map(\.plainText).joined(separator: "\n")
            + "\n" + session.activities.flatMap(\.script).flatMap(\.textUnits).joined(separator: "\n")
    }

    func text(of handout: Handout) -> String { handout.textUnits.joined(separator: "\n") }

    @Test func validatesCleanApartFromTheApprovalsTheExampleProgramLeavesOpen() throws {
        let diagnostics = Validator(today: Fixtures.today).validate(workspace)
        let others = diagnostics.filter { $0.severity >= .warning && $0.code != .packNotApproved }
        #expect(others.isEmpty, "\(others.map { "\($0.location): \($0.message)" })")
        #expect(diagnostics.contains { $0.code == .packNotApproved })
    }

    /// Pack id, fewest sessions, the session lengths it uses.
    static let packs: [(id: String, sessions: Int, minutes: Set<Int>)] = [
        ("relapse-prevention", 12, [60]), ("stress-management", 10, [60]), ("mindfulness", 8, [60]),
        ("family-communication", 8, [90]), ("orientation", 3, [60]), ("aftercare", 4, [60]),
        ("overdose-prevention", 6, [60]), ("recovery-medications", 6, [60]), ("co-occurring", 6, [60]),
        ("distress-tolerance", 6, [60]), ("early-recovery", 6, [60]), ("teen-recovery", 14, [60, 90]),
    ]

    @Test func holdsTheTwelvePacksWithTheirSessionCounts() throws {
        #expect(Set(library.packs.map(\.id)) == Set(Self.packs.map(\.id)))
        for expected in Self.packs {
            let pack = try pack(expected.id)
            #expect(pack.sessions.count >= expected.sessions, "\(pack.id)")
            #expect(Set(pack.sessions.map(\.minutes)) == expected.minutes, "\(pack.id)")
            #expect(pack.handouts.count * 2 >= pack.sessions.count, "\(pack.id): at least one handout per two sessions")
            #expect(!pack.approaches.isEmpty && pack.references.count >= 4 && !pack.authors.isEmpty, "\(pack.id)")
            #expect(pack.sessions.allSatisfy { $0.requires.isEmpty }, "\(pack.id): open groups need no prerequisites")
        }
    }

    @Test func noPackClaimsAClinicalReviewItDidNotHave() throws {
        for pack in library.packs {
            #expect(pack.review == nil, "\(pack.id) records a review")
            #expect(!pack.authors.contains { $0.role == "clinical-lead" }, "\(pack.id)")
        }
        // Approvals are the program's: the bundled example approves nothing, and says why.
        let program = try #require(library.program)
        #expect(program.approvals.isEmpty)
        #expect(program.file.hasSuffix("program.xml"))
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
        for pack in library.packs {
            for session in pack.sessions
            where session.activities.contains(where: { workspace.registry.activityKinds[$0.kind]?.isGuidedPractice == true }) {
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
        #expect(highest <= 6.5)
    }

    // MARK: Safety fixes, by content

    @Test func everyFacilitatorGuideOpensWithTheIntoxicationCrisisAndOverdoseProtocols() throws {
        let program = try #require(library.program)
        #expect(Set(program.protocols.map(\.id)).isSuperset(of: ["intoxication", "crisis", "overdose"]))
        #expect(program.protocols(in: "es").allSatisfy { $0.language == "es" })
        #expect(program.protocols(in: "es").count == program.protocols(in: "en").count)
        for track in library.tracks {
            let prepared = try Pipeline(today: Fixtures.today).prepare(
                track: track.id, path: CurriculaPath(directories: [Fixtures.bundledLibrary]))
            let files = try Pipeline(today: Fixtures.today).render(
                prepared, RenderRequest(week: 1, formats: ["markdown"], outputFolder: "unused")
            ).files
            let guide = String(decoding: try #require(files.first { $0.role == .guide }).contents, as: UTF8.self)
            let firstDay = try #require(guide.range(of: "\n## Monday")
                ?? guide.range(of: "\n## Tuesday") ?? guide.range(of: "\n## Wednesday") ?? guide.range(of: "\n## lunes"))
            let firstSession = try #require(guide.range(of: "\n### ", range: firstDay.upperBound..<guide.endIndex))
            // Each track's guide prints the protocols in its own language.
            for standing in program.protocols(in: track.language ?? "en") {
                let heading = try #require(guide.range(of: "### \(standing.title)"), "\(track.id): no \(standing.title)")
                #expect(heading.lowerBound < firstSession.lowerBound, "\(track.id): \(standing.title) after the sessions")
            }
        }
    }

    @Test func theAftercarePlanCoversOverdoseAtStepDown() throws {
        let plan = text(of: try #require(try pack("aftercare").handout(id: "ac-h04"))).lowercased()
        for needed in ["naloxone", "alone", "tolerance"] {
            #expect(plan.contains(needed), "ac-h04 never mentions \(needed)")
        }
        let session = text(of: try #require(try pack("aftercare").session(id: "ac-04"))).lowercased()
        #expect(session.contains("naloxone") && session.contains("never use alone"))
        #expect(try pack("aftercare").handout(id: "ac-h04")!.contacts.map(\.id).contains("naloxone"))
    }

    @Test func naloxoneIsForAnyoneWhoUsesDrugs() throws {
        for pack in library.packs {
            let all = pack.sessions.map(text(of:)) + pack.handouts.map(text(of:))
            for text in all {
                #expect(!text.lowercased().contains("if opioids are part of the picture"), "\(pack.id)")
                #expect(!text.lowercased().contains("if your program gives it out"), "\(pack.id)")
            }
        }
        let family = try pack("family-communication")
        for id in ["fc-h05", "fc-h08"] {
            let handout = text(of: try #require(family.handout(id: id))).lowercased()
            #expect(handout.contains("naloxone") && handout.contains("fentanyl"), "\(id)")
        }
        let orientation = text(of: try #require(try pack("orientation").session(id: "or-03"))).lowercased()
        #expect(orientation.contains("naloxone") && orientation.contains("fentanyl"))
    }

    @Test func theCrisisCardCoversLethalMeansAndReasonsForLiving() throws {
        let card = text(of: try #require(try pack("orientation").handout(id: "or-h04"))).lowercased()
        #expect(card.contains("gun") || card.contains("firearm"))
        #expect(card.contains("medicine"))
        #expect(card.contains("reasons for living"))
    }

    @Test func medicationForOpioidUseDisorderIsAnsweredAsTreatment() throws {
        for (packID, sessionID) in [("aftercare", "ac-02"), ("family-communication", "fc-05"), ("recovery-medications", "rm-04")] {
            let text = text(of: try #require(try pack(packID).session(id: sessionID))).lowercased()
            #expect(text.contains("just another drug"), "\(sessionID) never answers the myth")
            #expect(text.contains("overdose"), "\(sessionID): stopping raises overdose risk")
        }
    }

    @Test func theAdaptedProgramsSayWhatTheyAre() throws {
        #expect(try pack("mindfulness").summary.contains("MBRP-informed"))
        #expect(try pack("stress-management").summary.contains("CBSM-informed"))
        #expect(try pack("family-communication").summary.contains("CRAFT-informed"))
        let family = try pack("family-communication")
        #expect((family.summary + (family.audience ?? "")).contains("12"))
    }

    @Test func noHandoutSaysStayCleanOrUsesStigmatisingLabels() throws {
        for pack in library.packs {
            for handout in pack.handouts {
                let text = text(of: handout).lowercased()
                for phrase in ["stay clean", "addict ", "addicts", "abuser", "dirty urine"] {
                    #expect(!text.contains(phrase), "\(pack.id)/\(handout.id) says \"\(phrase)\"")
                }
            }
        }
    }

    @Test func everyProgramNumberComesFromTheProgramFile() throws {
        let number = /\b(988|911)\b|\d{3}-\d{4}/
        for pack in library.packs {
            for text in pack.sessions.map(text(of:)) + pack.handouts.map(text(of:)) {
                #expect(text.firstMatch(of: number) == nil, "\(pack.id): \(text.firstMatch(of: number).map { String($0.output.0) } ?? "")")
            }
            let contacts = pack.sessions.flatMap(\.contacts) + pack.handouts.flatMap(\.contacts)
            #expect(contacts.allSatisfy { library.program?.contact(id: $0.id) != nil }, "\(pack.id)")
        }
        let ids = Set(library.packs.flatMap { $0.sessions.flatMap(\.contacts) + $0.handouts.flatMap(\.contacts) }.map(\.id))
        #expect(ids.isSuperset(of: ["crisis", "emergency", "on-call", "naloxone", "overdose-line"]))
    }

    @Test func namedMethodsAreCreditedOnTheHandoutsThatUseThem() throws {
        #expect(text(of: try #require(try pack("relapse-prevention").handout(id: "rp-h07"))).contains("Monti"))
        #expect(text(of: try #require(try pack("mindfulness").handout(id: "mf-h06"))).contains("mindfulness-based cognitive therapy"))
        #expect(text(of: try #require(try pack("mindfulness").handout(id: "mf-h04"))).contains("Mindfulness-Based Relapse Prevention"))
    }

    @Test func eachSkillHasOneHome() throws {
        // The teen pack teaches its own versions for another population and track.
        let titles = library.packs.filter { $0.id != "teen-recovery" }.flatMap { pack in pack.sessions.map { (pack.id + "/" + $0.id, $0.title.lowercased()) } }
        #expect(titles.filter { $0.1.contains("urge surfing") }.map(\.0) == ["relapse-prevention/rp-03"])
        #expect(titles.filter { $0.1.contains("refusal") || $0.1.contains("saying no") }.map(\.0) == ["relapse-prevention/rp-07"])
    }

    // MARK: Tracks

    @Test func holdsTheFiveTracks() throws {
        #expect(
            Set(library.tracks.map(\.id)) == ["adult-iop", "adult-iop-es", "evening-cohort", "family-program", "adolescent-iop"])
        #expect(library.track(id: "adult-iop-es")?.language == "es")

        let adult = try #require(library.track(id: "adult-iop"))
        #expect(adult.admission == .rolling && adult.weeks == 12 && adult.levelOfCare == .intensiveOutpatient)
        #expect(adult.calendar.meetings.count == 3)
        // At least 9.5 hours at every week of a stay, so one missed group leaves a member at 9 or more.
        for stay in adult.stayWeeks {
            let hours = adult.weeklyHours(forStayWeek: stay)
            let longestGroup = Double(adult.day.blocks.map(\.minutes).max() ?? 0) / 60
            #expect(hours >= 9.5 && hours - longestGroup >= 9, "stay week \(stay): \(hours) hours")
        }
        let skills = try #require(adult.day.block(id: "skills"))
        #expect(skills.groups.map(\.id) == ["newcomers", "skills"])
        #expect(skills.groups[0].stay == WeekRange(first: 1, last: 2))

        let evening = try #require(library.track(id: "evening-cohort"))
        #expect(evening.admission == .closed && evening.weeks == 8 && evening.levelOfCare == .outpatient)
        #expect(evening.calendar.meetings.allSatisfy { $0.start >= ClockTime("17:00")! })

        let family = try #require(library.track(id: "family-program"))
        #expect(family.groupSize == 12)
        #expect(family.streams.flatMap(\.items).map(\.reference.description) == ["family-communication/core"])
    }

    @Test func theAdultTrackNeverShowsAMemberOneSessionMoreThanTwice() throws {
        let adult = try #require(library.track(id: "adult-iop"))
        let coverage = Sequencer(track: adult, registry: workspace.registry).coverage()
        for entry in coverage.entries {
            #expect(entry.repeats.allSatisfy { $0.times <= 2 }, "entry week \(entry.week): \(entry.repeats)")
            // Orientation only in the newcomers' group, never after.
            let later = entry.rooms.filter { $0.group.id != "newcomers" }.flatMap(\.sessions)
            #expect(!later.contains { $0.pack == "orientation" })
            // Each orientation session once in a newcomer's first two weeks; a holiday closure in
            // those weeks costs one newcomer session, which the coverage names as missed.
            let orientation = entry.timesMet.filter { $0.key.pack == "orientation" }
            #expect(orientation.values.allSatisfy { $0 == 1 }, "entry week \(entry.week): \(orientation)")
            let closedWeeks = Set(adult.calendar.closures.map { adult.calendar.start.days(until: $0.date) / 7 + 1 })
            if closedWeeks.isDisjoint(with: [entry.week, entry.week + 1]) {
                #expect(orientation.count == 3, "entry week \(entry.week) meets \(orientation.keys)")
            }
        }
    }

    @Test func theAdolescentTrackMeetsTheAdolescentLevelWithAFamilySessionEveryWeek() throws {
        let teen = try #require(library.track(id: "adolescent-iop"))
        #expect(teen.population == .adolescent)
        #expect(teen.levelOfCare == .intensiveOutpatient)
        #expect(teen.stayWeeks.allSatisfy { teen.weeklyHours(forStayWeek: $0) >= 6 })
        let plan = Sequencer(track: teen, registry: workspace.registry).plan(weeks: 1...teen.weeks)
        for week in 1...teen.weeks {
            let sessions = plan.meetings(inWeek: week).flatMap(\.blocks).flatMap(\.rooms).compactMap(\.session)
            #expect(sessions.contains { $0.item.file.hasSuffix("adolescent-iop.xml") && Self.isFamily($0, workspace.registry) },
                "week \(week) has no family session")
            #expect(sessions.allSatisfy { $0.reference.pack == "teen-recovery" })
        }
    }

    static func isFamily(_ session: SequencedSession, _ registry: PluginRegistry) -> Bool {
        registry.module(Reference(pack: "teen-recovery", local: "family"))?.sessions.contains { $0.id == session.session.id } ?? false
    }
}
