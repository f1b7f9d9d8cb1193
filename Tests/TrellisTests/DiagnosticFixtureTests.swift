import Testing
import Trellis

/// One fixture per diagnostic code: the smallest file that raises it, checked for the code, the
/// line and the severity, and for raising nothing else.
@Suite(.serialized)
struct DiagnosticFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var code: DiagnosticCode
        var line: Int
        var severity: Severity
        /// The fixture, when it is not `diagnostics/CODE.xml`.
        var fixture: String? = nil
        /// The curricula path the fixture is checked with.
        var path: [String] = ["library"]
        var testDescription: String { "\(code) at line \(line)" }
        var file: String { Fixtures.path(fixture ?? "diagnostics/\(code).xml") }
    }

    static let cases: [Case] = [
        Case(code: .notWellFormed, line: 5, severity: .error),
        Case(code: .schemaInvalid, line: 7, severity: .error),
        Case(code: .forbiddenConstruct, line: 2, severity: .error),
        Case(code: .overLimits, line: 259, severity: .error),
        Case(code: .duplicateID, line: 11, severity: .error),
        Case(code: .unresolvedReference, line: 9, severity: .error),
        Case(code: .prerequisiteCycle, line: 9, severity: .error),
        Case(code: .minutesMismatch, line: 8, severity: .error),
        Case(code: .unusedHandout, line: 12, severity: .warning),
        Case(code: .badIdentifier, line: 7, severity: .error),
        Case(code: .badVersion, line: 3, severity: .error),
        Case(code: .staleReview, line: 5, severity: .warning),
        Case(code: .readingGrade, line: 12, severity: .warning),
        Case(code: .placeholderText, line: 8, severity: .warning),
        Case(code: .unknownActivityKind, line: 9, severity: .error),
        Case(code: .trackReferenceNotLoaded, line: 11, severity: .error),
        Case(code: .levelOfCareHours, line: 4, severity: .error),
        Case(code: .closedDateNotMeeting, line: 6, severity: .warning),
        Case(code: .streamOutsideTrack, line: 10, severity: .error),
        Case(code: .sessionLongerThanBlock, line: 11, severity: .error),
        Case(code: .sessionsDoNotFit, line: 11, severity: .error),
        Case(code: .prerequisiteOutOfOrder, line: 11, severity: .error),
        Case(code: .rollingPrerequisiteBreak, line: 11, severity: .warning),
        Case(code: .streamsCollide, line: 14, severity: .error),
        Case(code: .weekUnderLevelOfCare, line: 8, severity: .note),
        Case(code: .groupStayOverlap, line: 8, severity: .error),
        Case(code: .streamGroupMismatch, line: 11, severity: .error),
        Case(code: .unknownContact, line: 8, severity: .error),
        Case(code: .packNotApproved, line: 7, severity: .warning, path: ["library", "program"]),
        Case(code: .secondProgram, line: 3, severity: .error, fixture: "programs/two/second.xml", path: ["programs/two"]),
        Case(code: .badSetting, line: 6, severity: .error),
        Case(code: .translationShape, line: 7, severity: .error),
        Case(code: .staleTranslation, line: 3, severity: .warning),
        Case(code: .partialTranslation, line: 3, severity: .note),
        Case(code: .translationReference, line: 11, severity: .error),
    ]

    @Test(arguments: cases)
    func fixtureRaisesItsCodeAtItsLine(_ fixture: Case) throws {
        let diagnostics = try Fixtures.validate([fixture.file], path: fixture.path.map(Fixtures.path))
        #expect(diagnostics.count == 1, "\(diagnostics.map { "\($0.code) \($0.location): \($0.message)" })")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == fixture.code)
        #expect(diagnostic.location.line == fixture.line)
        #expect(diagnostic.severity == fixture.severity)
        #expect(diagnostic.location.file == fixture.file)
        #expect(diagnostic.location.column >= 1)
        #expect(!diagnostic.message.isEmpty)
    }

    @Test func theFixtureLibraryItselfIsClean() throws {
        #expect(try Fixtures.validate([Fixtures.path("library")]).isEmpty)
    }

    /// Every code a file can raise has a fixture here. TR501 is raised by plugins, not files:
    /// `PluginTests` and `PipelineTests` raise it.
    @Test func everyCodeHasAFixture() {
        let fromFiles = Set(DiagnosticCode.builtInSummaries.keys).subtracting([.registrationConflict])
        #expect(fromFiles == Set(Self.cases.map(\.code)))
    }

    @Test func aReviewCountsAsStaleOnlyAfterTwentyFourMonths() throws {
        let file = Fixtures.path("diagnostics/TR108.xml")
        let dayBefore = CalendarDate(year: 2025, month: 1, day: 15)!
        let dayAfter = CalendarDate(year: 2025, month: 1, day: 16)!
        #expect(try Fixtures.validate([file], today: dayBefore).isEmpty)
        #expect(try Fixtures.validate([file], today: dayAfter).map(\.code) == [.staleReview])
    }

    @Test func aDuplicatePackIDAcrossFilesIsReportedButShadowingIsNot() throws {
        let pack = Fixtures.path("library/fixture-pack.xml")
        let copy = Fixtures.path("format/../library/fixture-pack.xml")
        // The same file twice is read once.
        #expect(try Fixtures.validate([pack, copy]).isEmpty)
        // A file named on the command line shadows the path's pack of the same id.
        #expect(try Fixtures.validate([pack], path: [Fixtures.path("library")]).isEmpty)
    }
}
