/// The outcome of reading one document: its element tree when it could be read, and every
/// problem found on the way, sorted by position.
public struct ParsedDocument: Sendable {
    /// The root element; nil when the document could not be parsed at all.
    public var root: ParsedElement?
    public var problems: [XMLProblem]

    public init(root: ParsedElement?, problems: [XMLProblem]) {
        self.root = root
        self.problems = problems.sorted { $0.position < $1.position }
    }
}
