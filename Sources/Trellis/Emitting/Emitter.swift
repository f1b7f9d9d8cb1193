/// Turns a rendered stretch of a track into files: facilitator guides and participant handouts
/// in one format, or a file about the whole stretch (the plan, the calendar, the index).
///
/// `render --format` names emitters by `id`; every file `render` writes comes from one. The
/// built-in ones (Markdown, HTML, plan, calendar, index) are registered like any plugin's.
///
/// An implementation must:
/// - take everything from the `EmitterInput` (never read files or the clock), so the same input
///   gives byte-identical files;
/// - return paths relative to the output folder, made of the ids and names in the input (no
///   `..`, no absolute paths); the host refuses any other and writes nothing;
/// - say what each file is (`role`, and the `week` it belongs to), so the index links to it;
/// - never put facilitator-only text (scripts, cautions) in a participant handout;
/// - escape text for its format, so a pack's `<script>` or `&` shows as text.
public protocol Emitter: Sendable {
    /// The name `--format` uses (`markdown`, `html`); follows the id rule.
    var id: String { get }

    /// What links and listings call its files ("HTML"). Default: the id.
    var displayName: String { get }

    /// True for what every render writes whatever `--format` says (plan, calendar, index).
    /// Default: false.
    var alwaysRuns: Bool { get }

    /// `.summary` emitters run after the others and see their files in `input.files`
    /// (the index links to what exists). Default: `.documents`.
    var phase: EmitterPhase { get }

    /// The files for `input`, in a stable order.
    func emit(_ input: EmitterInput) throws -> [EmittedFile]
}

extension Emitter {
    public var displayName: String { id }
    public var alwaysRuns: Bool { false }
    public var phase: EmitterPhase { .documents }
}

/// When an emitter runs.
public enum EmitterPhase: Sendable {
    /// With the documents: guides, handouts, data.
    case documents
    /// After every `.documents` emitter, seeing their files.
    case summary
}

/// What a file is, so the index can link to it and tools can find it.
public enum FileRole: String, Hashable, Sendable, CaseIterable {
    /// A week's facilitator guide.
    case guide
    /// A participant handout.
    case handout
    /// The page that links everything.
    case index
    /// Data for programs (`plan.json`).
    case data
    /// A calendar (`calendar.ics`).
    case calendar
    /// Anything else an emitter writes (a sign-in sheet, an attendance list).
    case other
}

/// One file an emitter produced: where it goes under the output folder, its bytes, and what it is.
public struct EmittedFile: Hashable, Sendable {
    /// A relative path with `/` separators (`week-01/facilitator-guide.html`).
    public var path: String
    public var contents: [UInt8]
    public var role: FileRole
    /// The week the file belongs to, if it belongs to one.
    public var week: Int?
    /// For a handout: which one.
    public var handout: HandoutSheet.Key?
    /// The emitter that produced it; the renderer fills it in.
    public var emitter: String

    public init(
        path: String, contents: [UInt8], role: FileRole = .other, week: Int? = nil, handout: HandoutSheet.Key? = nil,
        emitter: String = ""
    ) {
        self.path = path
        self.contents = contents
        self.role = role
        self.week = week
        self.handout = handout
        self.emitter = emitter
    }

    public init(
        path: String, text: String, role: FileRole = .other, week: Int? = nil, handout: HandoutSheet.Key? = nil
    ) {
        self.init(path: path, contents: Array(text.utf8), role: role, week: week, handout: handout)
    }
}
