/// One finding about the input: where, how serious, which rule, and what to change.
///
/// Checks return diagnostics; they never print them and never stop at the first one.
public struct Diagnostic: Hashable, Sendable, Comparable {
    public var severity: Severity
    public var code: DiagnosticCode
    public var location: SourceLocation
    /// Says what is wrong and what to change, in words a clinical lead understands.
    public var message: String
    /// Related places or extra hints ("first defined here").
    public var notes: [Note]

    /// A secondary message, optionally with its own location.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public init(
        _ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation, _ message: String,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// Sorted by file, line and column, then code, then message, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.code, lhs.message) < (rhs.location, rhs.code, rhs.message)
    }
}

extension Diagnostic {
    public static func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, notes: [Note] = [])
        -> Diagnostic
    { Diagnostic(.error, code, at: location, message, notes: notes) }

    public static func warning(
        _ code: DiagnosticCode, at location: SourceLocation, _ message: String, notes: [Note] = []
    ) -> Diagnostic { Diagnostic(.warning, code, at: location, message, notes: notes) }

    public static func note(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, notes: [Note] = [])
        -> Diagnostic
    { Diagnostic(.note, code, at: location, message, notes: notes) }
}
