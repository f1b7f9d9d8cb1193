/// One timed group session: objectives, cautions, an agenda of activities, homework.
public struct Session: Hashable, Sendable {
    public var id: String
    public var title: String
    public var minutes: Int
    /// What members will be able to do; participant text.
    public var objectives: [InlineText]
    /// Sessions that should come before this one (bare ids are in the same pack).
    public var requires: [Reference]
    public var materials: [InlineText]
    /// Facilitator-only warnings: shown first in guides, never to participants.
    public var cautions: [InlineText]
    public var activities: [Activity]
    public var homework: InlineText?
    /// Where each `requires` was written, in the same order.
    public var requiresOrigins: [Origin]
    public var origin: Origin
    /// Warnings and notes a person decided are fine here (`<suppress>`).
    public var suppressions: [Suppression] = []

    public init(
        id: String, title: String, minutes: Int, objectives: [InlineText] = [], requires: [Reference] = [],
        materials: [InlineText] = [], cautions: [InlineText] = [], activities: [Activity] = [],
        homework: InlineText? = nil, requiresOrigins: [Origin] = [], origin: Origin = .code("session")
    ) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.objectives = objectives
        self.requires = requires
        self.materials = materials
        self.cautions = cautions
        self.activities = activities
        self.homework = homework
        self.requiresOrigins = requiresOrigins
        self.origin = origin
    }
}

/// One item on a session's agenda.
public struct Activity: Hashable, Sendable {
    /// An activity kind registered by a plugin (`teach`, `meditation`, …).
    public var kind: String
    public var minutes: Int
    public var title: String?
    /// The handout this activity hands out.
    public var handout: Reference?
    /// What the facilitator says and does; facilitator-only.
    public var script: [TextBlock]
    /// What members are asked; participant text.
    public var prompts: [InlineText]
    public var origin: Origin

    public init(
        kind: String, minutes: Int, title: String? = nil, handout: Reference? = nil, script: [TextBlock] = [],
        prompts: [InlineText] = [], origin: Origin = .code("activity")
    ) {
        self.kind = kind
        self.minutes = minutes
        self.title = title
        self.handout = handout
        self.script = script
        self.prompts = prompts
        self.origin = origin
    }
}

/// `<suppress code="TR110" reason="…"/>`: a warning or note silenced where it is written, with
/// the reason a person gave. Errors cannot be suppressed.
public struct Suppression: Hashable, Sendable {
    public var code: DiagnosticCode
    public var reason: String
    public var origin: Origin

    public init(code: DiagnosticCode, reason: String, origin: Origin = .code("suppress")) {
        self.code = code
        self.reason = reason
        self.origin = origin
    }
}
