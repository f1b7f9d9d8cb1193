/// A participant handout: text to read and parts to fill in.
public struct Handout: Hashable, Sendable {
    public var id: String
    public var title: String
    public var parts: [HandoutPart]
    public var origin: Origin
    /// Warnings and notes a person decided are fine here (`<suppress>`).
    public var suppressions: [Suppression] = []

    public init(id: String, title: String, parts: [HandoutPart], origin: Origin = .code("handout")) {
        self.id = id
        self.title = title
        self.parts = parts
        self.origin = origin
    }

    /// Every piece of text a participant reads, in order: each paragraph, item, label and
    /// section title on its own. The reading-grade check scores these.
    public var textUnits: [String] { parts.flatMap(\.textUnits) }
}

/// One part of a handout, in reading order. Only the large field and scale cases are boxed;
/// sections nest through an array.
public enum HandoutPart: Hashable, Sendable {
    /// A paragraph or list.
    case text(TextBlock)
    case section(title: String, parts: [HandoutPart])
    /// Space to write under a label.
    indirect case field(Field)
    case checklist(items: [InlineText])
    indirect case scale(Scale)

    public var textUnits: [String] {
        switch self {
        case .text(let block): block.textUnits
        case .section(let title, let parts): [title] + parts.flatMap(\.textUnits)
        case .field(let field): [field.label]
        case .checklist(let items): items.map(\.plainText)
        case .scale(let scale): [scale.label]
        }
    }
}

/// Space to write: `lines` ruled lines under the label.
public struct Field: Hashable, Sendable {
    public var label: String
    public var lines: Int
    public var origin: Origin?

    public static let defaultLines = 3

    public init(label: String, lines: Int = Field.defaultLines, origin: Origin? = nil) {
        self.label = label
        self.lines = lines
        self.origin = origin
    }
}

/// A rating scale drawn as a row of numbers from `minimum` to `maximum`.
public struct Scale: Hashable, Sendable {
    public var label: String
    public var minimum: Int
    public var maximum: Int
    /// What the lowest number means ("none").
    public var low: String?
    /// What the highest number means ("strongest").
    public var high: String?
    public var origin: Origin?

    public init(
        label: String, minimum: Int, maximum: Int, low: String? = nil, high: String? = nil, origin: Origin? = nil
    ) {
        self.label = label
        self.minimum = minimum
        self.maximum = maximum
        self.low = low
        self.high = high
        self.origin = origin
    }
}
