/// Something wrong with a document, as found by the parser, the safety checks or the schema.
public struct XMLProblem: Hashable, Sendable {
    /// What kind of rule the document broke; callers map kinds to their own codes.
    public enum Kind: Hashable, Sendable {
        /// Not well-formed XML (including bytes that are not UTF-8).
        case malformed
        /// A DOCTYPE, an entity declaration or an external reference: refused, never expanded.
        case forbidden
        /// Over the size or nesting limit.
        case tooLarge
        /// Well-formed, but not valid against the schema.
        case invalid
    }

    public var kind: Kind
    /// The message, in libxml2's words for `.malformed` and `.invalid`.
    public var message: String
    public var position: SourcePosition

    public init(kind: Kind, message: String, position: SourcePosition) {
        self.kind = kind
        self.message = message
        self.position = position
    }
}
