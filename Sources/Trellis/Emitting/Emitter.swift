/// Turns a rendered stretch of a track into files: facilitator guides and participant handouts
/// in one format.
///
/// `render --format` names emitters by `id`; the Markdown and HTML emitters are the built-in
/// implementations, registered like any plugin's.
///
/// An implementation must:
/// - take everything from the `EmitterInput` (never read files or the clock), so the same input
///   gives byte-identical files;
/// - return paths relative to the output folder, made of the ids and names in the input (no
///   `..`, no absolute paths); the host refuses any other and writes nothing;
/// - never put facilitator-only text (scripts, cautions) in a participant handout;
/// - escape text for its format, so a pack's `<script>` or `&` shows as text.
public protocol Emitter: Sendable {
    /// The name `--format` uses (`markdown`, `html`); follows the id rule.
    var id: String { get }

    /// The files for `input`, in a stable order.
    func emit(_ input: EmitterInput) throws -> [EmittedFile]
}

/// One file an emitter produced: where it goes under the output folder, and its bytes.
public struct EmittedFile: Hashable, Sendable {
    /// A relative path with `/` separators (`week-01/facilitator-guide.html`).
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
