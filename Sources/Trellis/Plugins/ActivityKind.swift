/// A kind of activity a session's agenda may use (`teach`, `meditation`, …).
public struct ActivityKind: Hashable, Sendable {
    /// The value of an activity's `kind` attribute; follows the id rule.
    public var id: String
    /// A short name for guides ("Guided practice").
    public var name: String
    /// True for practices that guide attention to the body or breath (meditation, movement):
    /// they call for a caution that offers eyes open, another anchor, movement and the right to stop.
    public var isGuidedPractice: Bool

    public init(id: String, name: String, isGuidedPractice: Bool = false) {
        self.id = id
        self.name = name
        self.isGuidedPractice = isGuidedPractice
    }

    /// The twelve kinds FORMAT.md builds in.
    public static let builtIn: [ActivityKind] = [
        ActivityKind(id: "check-in", name: "Check-in"),
        ActivityKind(id: "teach", name: "Teaching"),
        ActivityKind(id: "discussion", name: "Discussion"),
        ActivityKind(id: "practice", name: "Skills practice"),
        ActivityKind(id: "role-play", name: "Role-play"),
        ActivityKind(id: "worksheet", name: "Worksheet"),
        ActivityKind(id: "meditation", name: "Guided meditation", isGuidedPractice: true),
        ActivityKind(id: "movement", name: "Movement", isGuidedPractice: true),
        ActivityKind(id: "reflection", name: "Reflection"),
        ActivityKind(id: "homework-review", name: "Homework review"),
        ActivityKind(id: "break", name: "Break"),
        ActivityKind(id: "wrap-up", name: "Wrap-up"),
    ]
}
