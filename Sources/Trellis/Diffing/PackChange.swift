/// One thing that differs between two versions of a session, handout, module or pack: what it
/// is about, whether it was added, removed or changed, the text before and after, and the
/// version bump it needs on its own.
public struct PackChange: Hashable, Sendable {
    /// What part of the curriculum changed.
    public enum Aspect: String, Hashable, Sendable, CaseIterable {
        // Shared
        case title, summary, minutes
        // Pack facts
        case audience, approach, reference, author, review, language, readingGrade = "reading-grade"
        // Modules
        case sessionOrder = "session-order"
        // Sessions
        case module, objective, prerequisite, material, caution, homework, suppression
        // Activities
        case activity, kind, handout, script, prompt
        // Handouts
        case text

        /// The words a reviewer reads ("reading grade", "session order").
        public var words: String { rawValue.replacingOccurrences(of: "-", with: " ") }
    }

    public enum Kind: String, Hashable, Sendable {
        case added, removed, changed
        /// The same text, in another place in its list.
        case moved
    }

    public var aspect: Aspect
    public var kind: Kind
    /// The activity the change is in (or, for `.activity`, the activity itself).
    public var activity: ActivityLabel?
    /// For handout text and scripts: what kind of text it is ("paragraph", "list item", "field").
    public var part: String?
    /// The old value; nil for `.added`.
    public var before: String?
    /// The new value; nil for `.removed`.
    public var after: String?
    /// The least version bump this change needs on its own.
    public var bump: VersionBump

    public init(
        _ aspect: Aspect, _ kind: Kind, activity: ActivityLabel? = nil, part: String? = nil, before: String?,
        after: String?, bump: VersionBump
    ) {
        self.aspect = aspect
        self.kind = kind
        self.activity = activity
        self.part = part
        self.before = before
        self.after = after
        self.bump = bump
    }
}

/// An activity as a reviewer finds it in a session: its place on the agenda, its kind and title.
public struct ActivityLabel: Hashable, Sendable, CustomStringConvertible {
    /// 1-based place on the agenda (in the new version, or the old one for a removed activity).
    public var position: Int
    public var kind: String
    public var title: String?

    public init(position: Int, kind: String, title: String?) {
        self.position = position
        self.kind = kind
        self.title = title
    }

    /// `activity 2 “A slip is not the whole road” (teach)`.
    public var description: String {
        "activity \(position)" + (title.map { " “\($0)”" } ?? "") + " (\(kind))"
    }
}
