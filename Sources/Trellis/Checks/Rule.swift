/// One check: a code, and a function from everything loaded to the diagnostics it finds.
///
/// An implementation must:
/// - return every problem it finds, never stop at the first, never print or throw;
/// - give each diagnostic its own `code`, at the attribute or element at fault, with a message
///   that says what to change (keep message text beside the rule, not in a shared table);
/// - examine only `context.packs` and `context.tracks` (the documents the user asked about that
///   loaded cleanly) and use `context.library` only to resolve references;
/// - be deterministic: the same inputs give the same diagnostics, whatever the date or machine,
///   except through `context.today`.
public protocol Rule: Sendable {
    /// The code every diagnostic of this rule carries.
    var code: DiagnosticCode { get }

    func check(_ context: CheckContext) -> [Diagnostic]
}
