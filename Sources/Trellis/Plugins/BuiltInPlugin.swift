/// The host's own contributions (activity kinds, rules, the Markdown, HTML, plan, calendar and
/// index emitters),
/// registered exactly as a third party's would be.
public struct BuiltInPlugin: Plugin {
    public let name = "builtin"

    public init() {}

    public func install(into registry: inout PluginRegistry) {
        for kind in ActivityKind.builtIn { registry.register(kind) }
        for rule in Self.rules { registry.register(rule) }
        registry.register(MarkdownEmitter())
        registry.register(HTMLEmitter())
        registry.register(PDFEmitter())
        registry.register(WordEmitter())
        registry.register(PlanEmitter())
        registry.register(CalendarEmitter())
        registry.register(IndexEmitter())
    }

    /// The built-in rules, one per diagnostic code.
    static let rules: [any Rule] = [
        DuplicateIDRule(),
        UnresolvedReferenceRule(),
        PrerequisiteCycleRule(),
        MinutesRule(),
        UnusedHandoutRule(),
        IdentifierRule(),
        VersionRule(),
        ReviewAgeRule(),
        ReadingGradeRule(),
        PlaceholderRule(),
        ActivityKindRule(),
        TrackReferenceRule(),
        LevelOfCareRule(),
        ClosedDateRule(),
        StreamTargetRule(),
        SessionFitsBlockRule(),
        LeftoverSessionsRule(),
        PrerequisiteOrderRule(),
        RollingPrerequisiteRule(),
        StreamCollisionRule(),
        ShortWeekRule(),
        GroupStayRule(),
        StreamGroupRule(),
        ContactRule(),
        ApprovalRule(),
        SecondProgramRule(),
        SettingRule(),
        TranslationReferenceRule(),
        TranslationShapeRule(),
        StaleTranslationRule(),
        PartialTranslationRule(),
    ]
}
