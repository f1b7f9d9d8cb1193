/// What changed between two versions of one pack, as a clinical lead reads it before signing a
/// new approval: the pack's own facts, then each module, session and handout added, removed or
/// changed, and whether the version bump matches.
///
/// Built from two packs in memory (`PackDiff(old:new:)`); reading them from files is
/// `PackDiff.load(old:new:loader:)`. The comparison never fails: packs with duplicate ids or
/// odd content still give a diff (the first of a duplicated id is the one compared).
public struct PackDiff: Hashable, Sendable {
    /// One side of the comparison.
    public struct Side: Hashable, Sendable {
        /// The file as the user named it (or `REV:path` for a version from git).
        public var file: String
        public var version: String

        public init(file: String, version: String) {
            self.file = file
            self.version = version
        }
    }

    /// The pack id, the same in both versions.
    public var pack: String
    /// The pack's title in the new version.
    public var title: String
    public var old: Side
    public var new: Side
    /// Changes to the pack's own facts: title, summary, audience, approaches, references, authors, review.
    public var packChanges: [PackChange]
    public var modules: [DiffEntry]
    public var sessions: [DiffEntry]
    public var handouts: [DiffEntry]

    public init(
        pack: String, title: String, old: Side, new: Side, packChanges: [PackChange] = [], modules: [DiffEntry] = [],
        sessions: [DiffEntry] = [], handouts: [DiffEntry] = []
    ) {
        self.pack = pack
        self.title = title
        self.old = old
        self.new = new
        self.packChanges = packChanges
        self.modules = modules
        self.sessions = sessions
        self.handouts = handouts
    }

    /// Compares `old` with `new`: two versions of the same pack (the ids are not checked here).
    public init(old: Pack, new: Pack) {
        self.init(
            pack: new.id, title: new.title, old: Side(file: old.file, version: old.version),
            new: Side(file: new.file, version: new.version), packChanges: Self.packChanges(old, new),
            modules: Self.modules(old, new), sessions: Self.sessions(old, new), handouts: Self.handouts(old, new))
    }

    /// True when the two versions have the same content (their versions may still differ).
    public var isEmpty: Bool { packChanges.isEmpty && modules.isEmpty && sessions.isEmpty && handouts.isEmpty }

    /// The least bump the changes need: the largest any entry or pack change needs.
    public var requiredBump: VersionBump {
        (packChanges.map(\.bump) + (modules + sessions + handouts).map(\.bump)).max() ?? .none
    }

    /// Whether the version rose as much as the changes need.
    public var verdict: VersionVerdict { VersionVerdict(self) }
}
