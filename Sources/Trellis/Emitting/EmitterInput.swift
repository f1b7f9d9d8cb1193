/// What every emitter gets: the plan, each week's guide and handouts, and the templates.
/// One struct, so fields can be added without breaking emitters.
public struct EmitterInput: Sendable {
    public let track: Track
    /// The plan of the weeks being rendered.
    public let plan: Plan
    public let weeks: [RenderedWeek]
    public let templates: TemplateSet
    /// The paper size to lay pages out for; nil lets the printer choose (A4 or US Letter).
    public let paper: Paper?
    /// For `.summary` emitters: the files the other emitters produced, in path order.
    public let files: [EmittedFile]
    /// Every emitter of this render by id, with the name links use ("HTML").
    public let emitterNames: [String: String]
    /// The program running the track, if the curricula have a program file.
    public let program: Program?
    /// The languages of the render: guides, index and calendar in its language.
    public var localization: Localization = .standard

    public init(
        track: Track, plan: Plan, weeks: [RenderedWeek], templates: TemplateSet, paper: Paper? = nil,
        files: [EmittedFile] = [], emitterNames: [String: String] = [:], program: Program? = nil
    ) {
        self.program = program
        self.track = track
        self.plan = plan
        self.weeks = weeks
        self.templates = templates
        self.paper = paper
        self.files = files
        self.emitterNames = emitterNames
    }

    /// This input with the files of the emitters that ran before.
    func adding(files: [EmittedFile]) -> EmitterInput {
        var input = EmitterInput(
            track: track, plan: plan, weeks: weeks, templates: templates, paper: paper, files: files,
            emitterNames: emitterNames, program: program)
        input.localization = localization
        return input
    }
}

/// Paper sizes the print styles know.
public enum Paper: String, CaseIterable, Sendable {
    case a4
    case letter

    /// The CSS `@page` size.
    var css: String { self == .a4 ? "A4" : "letter" }
}
