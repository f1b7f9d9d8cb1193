/// The limits a document must stay inside before Trellis will read it.
public struct ParserLimits: Hashable, Sendable {
    /// Largest document accepted, in bytes.
    public var maximumBytes: Int
    /// Deepest element nesting accepted (the root element is depth 1).
    public var maximumDepth: Int
    /// Most attributes on one element: libxml2 checks an element's attributes against each
    /// other, so ten thousand of them take minutes before Trellis sees the document.
    public var maximumAttributes: Int

    public init(maximumBytes: Int = 16 * 1024 * 1024, maximumDepth: Int = 256, maximumAttributes: Int = 256) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumAttributes = maximumAttributes
    }

    public static let standard = ParserLimits()

    /// A byte count in MiB for messages: whole numbers plain, others to one decimal.
    public static func mebibytes(_ count: Int) -> String {
        let tenths = (count * 10 + 524_288) / 1_048_576
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
