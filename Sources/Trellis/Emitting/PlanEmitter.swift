/// `plan.json`: the plan of the rendered weeks, as `trellis plan --format json` prints it.
public struct PlanEmitter: Emitter {
    public let id = "plan"
    public let displayName = "Plan (JSON)"
    public let alwaysRuns = true

    public init() {}

    public func emit(_ input: EmitterInput) throws -> [EmittedFile] {
        [EmittedFile(path: "plan.json", text: input.plan.json.pretty + "\n", role: .data)]
    }
}

/// `calendar.ics`: every meeting of the rendered weeks as an event (RFC 5545).
public struct CalendarEmitter: Emitter {
    public let id = "calendar"
    public let displayName = "Calendar (iCalendar)"
    public let alwaysRuns = true

    public init() {}

    public func emit(_ input: EmitterInput) throws -> [EmittedFile] {
        [EmittedFile(path: "calendar.ics", text: CalendarFile(plan: input.plan, program: input.program?.name, strings: input.localization.interface).text, role: .calendar)]
    }
}
