/// A stable diagnostic code such as `TR104`. Plugins may add codes of their own.
public struct DiagnosticCode: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension DiagnosticCode {
    public static let notWellFormed: DiagnosticCode = "TR001"
    public static let schemaInvalid: DiagnosticCode = "TR002"
    public static let forbiddenConstruct: DiagnosticCode = "TR003"
    public static let overLimits: DiagnosticCode = "TR004"
    public static let duplicateID: DiagnosticCode = "TR101"
    public static let unresolvedReference: DiagnosticCode = "TR102"
    public static let prerequisiteCycle: DiagnosticCode = "TR103"
    public static let minutesMismatch: DiagnosticCode = "TR104"
    public static let unusedHandout: DiagnosticCode = "TR105"
    public static let badIdentifier: DiagnosticCode = "TR106"
    public static let badVersion: DiagnosticCode = "TR107"
    public static let staleReview: DiagnosticCode = "TR108"
    public static let readingGrade: DiagnosticCode = "TR110"
    public static let placeholderText: DiagnosticCode = "TR111"
    public static let unknownActivityKind: DiagnosticCode = "TR113"
    public static let trackReferenceNotLoaded: DiagnosticCode = "TR201"
    public static let sessionLongerThanBlock: DiagnosticCode = "TR202"
    public static let sessionsDoNotFit: DiagnosticCode = "TR203"
    public static let prerequisiteOutOfOrder: DiagnosticCode = "TR204"
    public static let levelOfCareHours: DiagnosticCode = "TR205"
    public static let rollingPrerequisiteBreak: DiagnosticCode = "TR206"
    public static let closedDateNotMeeting: DiagnosticCode = "TR207"
    public static let streamOutsideTrack: DiagnosticCode = "TR208"
    public static let streamsCollide: DiagnosticCode = "TR209"
    public static let weekUnderLevelOfCare: DiagnosticCode = "TR210"
    public static let groupStayOverlap: DiagnosticCode = "TR211"
    public static let streamGroupMismatch: DiagnosticCode = "TR212"
    public static let unknownContact: DiagnosticCode = "TR301"
    public static let packNotApproved: DiagnosticCode = "TR302"
    public static let secondProgram: DiagnosticCode = "TR303"
    public static let badSetting: DiagnosticCode = "TR304"
    public static let translationShape: DiagnosticCode = "TR401"
    public static let staleTranslation: DiagnosticCode = "TR402"
    public static let partialTranslation: DiagnosticCode = "TR403"
    public static let translationReference: DiagnosticCode = "TR404"
    public static let registrationConflict: DiagnosticCode = "TR501"

    /// Codes a program setting may not lower: errors that make a file or a schedule unusable.
    public static let cannotBeLowered: Set<DiagnosticCode> = [
        .notWellFormed, .schemaInvalid, .forbiddenConstruct, .overLimits, .duplicateID, .unresolvedReference,
        .prerequisiteCycle, .minutesMismatch, .badIdentifier, .badVersion, .unknownActivityKind,
        .trackReferenceNotLoaded, .sessionLongerThanBlock, .sessionsDoNotFit, .streamOutsideTrack, .streamsCollide,
        .groupStayOverlap, .streamGroupMismatch,
    ]

    /// True for a code a setting may not lower (every TR0xx code, and `cannotBeLowered`).
    public var isLockedAtItsSeverity: Bool {
        Self.cannotBeLowered.contains(self) || rawValue.hasPrefix("TR0")
    }

    /// One line per built-in code, as FORMAT.md's table says it; used for SARIF rule metadata.
    public static let builtInSummaries: [DiagnosticCode: String] = [
        .notWellFormed: "not well-formed XML",
        .schemaInvalid: "not valid against the schema",
        .forbiddenConstruct: "a DOCTYPE, entity declaration or external reference",
        .overLimits: "a file over the size or nesting limits",
        .duplicateID: "duplicate id",
        .unresolvedReference: "a reference that resolves to nothing",
        .prerequisiteCycle: "prerequisite cycle",
        .minutesMismatch: "activity minutes do not add up to the session's minutes",
        .unusedHandout: "a handout that no activity uses",
        .badIdentifier: "an id that breaks the id rule",
        .badVersion: "a version that is not MAJOR.MINOR.PATCH",
        .staleReview: "clinical review older than 24 months, or missing",
        .readingGrade: "a handout above the pack's reading grade",
        .placeholderText: "placeholder text in participant text",
        .unknownActivityKind: "an activity kind that no plugin registered",
        .trackReferenceNotLoaded: "a track ref to a pack, module or session that is not loaded",
        .sessionLongerThanBlock: "a session longer than the block it is scheduled in",
        .sessionsDoNotFit: "closed track: sessions that do not fit in the stream's slots",
        .prerequisiteOutOfOrder: "closed track: a session scheduled before its prerequisite",
        .levelOfCareHours: "weekly hours outside the declared level of care",
        .rollingPrerequisiteBreak: "rolling track: an entry week that meets a session before its prerequisite",
        .closedDateNotMeeting: "a closed date that is not a meeting day",
        .streamOutsideTrack: "a stream names a block, day or week the track does not have",
        .streamsCollide: "two streams fill the same block at the same meeting",
        .weekUnderLevelOfCare: "a week that closures push under the level-of-care minimum",
        .groupStayOverlap: "groups of one block whose stay ranges overlap, or a stay outside the track's weeks",
        .streamGroupMismatch: "a stream without group on a block that has groups, or naming a group its block does not have",
        .unknownContact: "a contact ref that the program does not define, or no program loaded",
        .packNotApproved: "a track uses a pack version that the program has not approved",
        .secondProgram: "more than one program on the curricula path",
        .badSetting: "a setting that names no known code or setting, or lowers a code that cannot be lowered",
        .translationShape: "a translated session or handout whose children differ from the source's",
        .staleTranslation: "a stale translation: the pack's MAJOR.MINOR is newer than source-version",
        .partialTranslation: "sessions and handouts of the pack that the translation does not cover",
        .translationReference: "a translation whose pack, ref or language does not resolve",
        .registrationConflict: "a plugin registers an id another plugin already registered",
    ]
}
