/// One week of a track as a facilitator runs it: each meeting's agenda, then every session with
/// its cautions, objectives, materials and print counts, timed activities and fidelity checklist.
/// Format-agnostic: the emitters turn it into Markdown or HTML.
public struct FacilitatorGuide: Sendable {
    public let track: Track
    public let week: Int
    public let firstDay: CalendarDate
    public let lastDay: CalendarDate
    /// Hours of groups this week, after closures.
    public let hours: Double
    public let meetings: [Meeting]
    /// Meetings closed this week.
    public let closures: [Closure]
    /// The program running the track: its name and standing protocols, printed first.
    public let program: ProgramHeader?
    /// With `render --group`: the one group this guide is for.
    public let group: String?

    public init(
        track: Track, week: Int, firstDay: CalendarDate, lastDay: CalendarDate, hours: Double, meetings: [Meeting],
        closures: [Closure], program: ProgramHeader? = nil, group: String? = nil
    ) {
        self.program = program
        self.group = group
        self.track = track
        self.week = week
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.hours = hours
        self.meetings = meetings
        self.closures = closures
    }

    /// A meeting: its agenda, then its sessions in clock order.
    /// `pack version` of each pack the week's sessions use that the program has not approved,
    /// in the order first used: what the banner at the top of the guide lists.
    public var unapprovedPacks: [String] {
        var packs: [String] = []
        for plan in meetings.flatMap(\.sessions) {
            if case .notApproved(let pack, let version, _) = plan.approval, !packs.contains("\(pack) \(version)") {
                packs.append("\(pack) \(version)")
            }
        }
        return packs
    }

    public struct Meeting: Sendable {
        public let date: CalendarDate
        public let start: ClockTime
        public let end: ClockTime
        public let agenda: [AgendaEntry]
        public let sessions: [SessionPlan]
    }

    /// One line of a meeting's agenda.
    public struct AgendaEntry: Sendable {
        public enum Kind: String, Sendable {
            case session, standing, empty, breakTime = "break"
        }

        public let start: ClockTime
        public let end: ClockTime
        /// The block's title ("Skills group"), or "Break".
        public let label: String
        public let kind: Kind
        public let session: SequencedSession?
        /// The group of the block this line is for, for a block with groups.
        public let group: BlockGroup?
    }

    /// A session as it runs at one meeting.
    public struct SessionPlan: Sendable {
        public let scheduled: SequencedSession
        public let blockTitle: String
        /// The group of the block the session runs in (its own room), for a block with groups.
        public let group: BlockGroup?
        public let start: ClockTime
        public let end: ClockTime
        public let activities: [TimedActivity]
        /// Handouts to print for this session, each once.
        public let handouts: [HandoutSheet.Key]
        /// Whether the program approved the pack version the session comes from.
        public let approval: ApprovalState
        /// When the session is printed in its pack's language because no translation gives it
        /// in the guide's: the note saying so, in the guide's language.
        public var sourceLanguageNote: String? = nil

        public var session: Session { scheduled.session }
    }

    /// An activity with its clock start and end.
    public struct TimedActivity: Sendable {
        public let activity: Activity
        public let start: ClockTime
        public let end: ClockTime
        /// The sheet it hands out, if any.
        public let handout: HandoutSheet.Key?
        /// The activity kind's display name ("Guided meditation"), or the kind itself.
        public let kindName: String
    }
}

/// A participant handout as printed for one week: the handout, and the sessions that use it.
public struct HandoutSheet: Sendable {
    /// Identifies a handout across packs: its namespace and id.
    public struct Key: Hashable, Sendable, Comparable {
        public let namespace: String
        public let id: String
        public let title: String

        /// `PACK--HANDOUT`, the file name without extension.
        public var fileName: String { "\(namespace)--\(id)" }

        public init(namespace: String, id: String, title: String) {
            self.namespace = namespace
            self.id = id
            self.title = title
        }

        public static func < (lhs: Key, rhs: Key) -> Bool { lhs.fileName < rhs.fileName }
    }

    public let key: Key
    public let handout: Handout
    public let week: Int
    /// Where it is used this week: the date and the session's title.
    public let uses: [(date: CalendarDate, session: String)]
    /// Whether the program approved the pack version the handout comes from.
    public let approval: ApprovalState
    /// The program's name, printed on the handout.
    public let program: String?
    /// The language it is printed in (its text may be the source's, when no translation gives it).
    public let language: String
    /// True for a copy in a further language (`--handouts`): its files are `PACK--HANDOUT.LANG`.
    public let isExtraLanguage: Bool

    /// The file name, without extension: `PACK--HANDOUT`, or `PACK--HANDOUT.LANG` for a copy in a
    /// further language.
    public var fileName: String { isExtraLanguage ? "\(key.fileName).\(language)" : key.fileName }

    public init(
        key: Key, handout: Handout, week: Int, uses: [(date: CalendarDate, session: String)],
        approval: ApprovalState = .notTracked, program: String? = nil, language: String = Language.standard,
        isExtraLanguage: Bool = false
    ) {
        self.language = language
        self.isExtraLanguage = isExtraLanguage
        self.key = key
        self.handout = handout
        self.week = week
        self.uses = uses
        self.approval = approval
        self.program = program
    }
}

/// What a guide prints about the program: its name and its standing protocols.
public struct ProgramHeader: Sendable {
    public let name: String
    public let protocols: [StandingProtocol]
}
