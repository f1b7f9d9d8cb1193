/// One check: a code, and a function from everything loaded to the diagnostics it finds.
///
/// An implementation must:
/// - return every problem it finds, never stop at the first, never print or throw;
/// - give each diagnostic its own `code`, at the attribute or element at fault, with a message
///   that says what to change (keep message text beside the rule, not in a shared table);
/// - examine what the context puts in scope (`context.sessions`, `context.handouts`,
///   `context.packs`, `context.tracks`) and use `context.registry` and `context.library` only to
///   resolve references, so a module written in Swift is checked exactly like one from a pack;
/// - be deterministic: the same inputs give the same diagnostics, whatever the date or machine,
///   except through `context.today`.
public protocol Rule: Sendable {
    /// The code every diagnostic of this rule carries.
    var code: DiagnosticCode { get }

    /// Every code the rule may report (a rule file may hold several). Default: `[code]`.
    var codes: [DiagnosticCode] { get }

    /// One line about what `code` means, for `trellis plugins` and SARIF. Default: the built-in
    /// table's line for Trellis's own codes, else the code itself.
    func summary(of code: DiagnosticCode) -> String

    /// True for a rule that reads the text of every session and handout (placeholders, reading
    /// grade): the validator starts those first, so that no core is left running one alone at
    /// the end. A hint for speed only; findings are the same either way. Default: false.
    var readsAllText: Bool { get }

    func check(_ context: CheckContext) -> [Diagnostic]
}

extension Rule {
    public var codes: [DiagnosticCode] { [code] }

    public var readsAllText: Bool { false }

    public func summary(of code: DiagnosticCode) -> String {
        DiagnosticCode.builtInSummaries[code] ?? code.rawValue
    }
}
