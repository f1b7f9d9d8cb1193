/// A run of inline text: plain text with emphasis and strong emphasis.
///
/// Only the rare, large contact case is boxed: nesting goes through arrays, which are
/// references already, and boxing every run cost an allocation per piece of text in a pack.
public enum InlineRun: Hashable, Sendable {
    case text(String)
    case emphasis([InlineRun])
    case strong([InlineRun])
    /// A program contact (`<contact ref="on-call"/>`): printed as the program's label and
    /// number, so no pack hard-codes a phone number.
    indirect case contact(ContactReference)

    var plainText: String {
        switch self {
        case .text(let string): string
        case .emphasis(let runs), .strong(let runs): runs.map(\.plainText).joined()
        case .contact(let contact): contact.text
        }
    }
}

/// `<contact ref="…"/>` in text: the contact's id, where it was written, and once a program has
/// resolved it, what to print.
public struct ContactReference: Hashable, Sendable {
    public var id: String
    public var location: SourceLocation?
    /// The program's `Label (phone)`, filled in when the text is rendered for a program.
    public var display: String?

    public init(id: String, location: SourceLocation? = nil, display: String? = nil) {
        self.id = id
        self.location = location
        self.display = display
    }

    /// What the text reads as: the display, or the id before it is resolved.
    public var text: String { display ?? id }
}

/// Inline content (objectives, prompts, list items, paragraphs): a sequence of runs.
public struct InlineText: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The runs in order. Most text is one plain run, kept as its string: an array of one run
    /// for every sentence of a thousand packs was a share of loading them, in allocations.
    public var runs: [InlineRun] {
        get {
            switch storage {
            case .plain(let string): [.text(string)]
            case .runs(let runs): runs
            }
        }
        set { storage = Storage(newValue) }
    }
    /// Where the text was written; nil for text built in code.
    public var origin: Origin?
    private var storage: Storage

    /// One plain run as its string, anything else as runs: one form for each text, so equal
    /// texts compare and hash alike.
    private enum Storage: Hashable, Sendable {
        case plain(String)
        case runs([InlineRun])

        init(_ runs: [InlineRun]) {
            if runs.count == 1, case .text(let string) = runs[0] { self = .plain(string) } else { self = .runs(runs) }
        }
    }

    public init(_ runs: [InlineRun], origin: Origin? = nil) {
        self.storage = Storage(runs)
        self.origin = origin
    }

    /// Text of one plain run.
    public init(plain text: String, origin: Origin? = nil) {
        self.storage = .plain(text)
        self.origin = origin
    }

    /// The text when it is one plain run (most text), with no array of runs made for it.
    var plainRun: String? {
        if case .plain(let string) = storage { return string }
        return nil
    }

    /// True for text of plain runs only (most text), which has no contact or emphasis in it.
    var isPlain: Bool {
        switch storage {
        case .plain: return true
        case .runs(let runs):
            for index in runs.indices {
                if case .text = runs[index] { continue }
                return false
            }
            return true
        }
    }

    public init(stringLiteral value: String) { self.init(plain: value) }

    /// The text without markup, with runs of whitespace folded to one space and trimmed.
    public var plainText: String { Self.folding(rawText) }

    /// `text` with each run of whitespace made one space, and none at either end: the same
    /// folding as every title and attribute gets when read, which returns text that is already
    /// folded as it is (most sentences) instead of building it again.
    static func folding(_ text: String) -> String { text.trimmingCharacters() }

    public var description: String { plainText }

    /// The text without markup and without folding whitespace: cheaper than `plainText`, for
    /// scans that treat any run of whitespace alike.
    var rawText: String {
        switch storage {
        case .plain(let string): string
        case .runs(let runs): runs.count == 1 ? runs[0].plainText : runs.map(\.plainText).joined()
        }
    }
}

/// Block content: paragraphs, lists and titled sections. Not boxed: sections nest through an
/// array, and a box per paragraph was an allocation per paragraph of every pack.
public enum TextBlock: Hashable, Sendable {
    case paragraph(InlineText)
    case list(ordered: Bool, items: [InlineText])
    case section(title: String, blocks: [TextBlock])

    /// Every piece of text in reading order: each paragraph, item and title on its own.
    public var textUnits: [String] {
        switch self {
        case .paragraph(let text): [text.plainText]
        case .list(_, let items): items.map(\.plainText)
        case .section(let title, let blocks): [title] + blocks.flatMap(\.textUnits)
        }
    }
}
