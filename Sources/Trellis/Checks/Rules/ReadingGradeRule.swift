/// TR110: a handout that reads above its pack's (or module's) reading grade (Flesch–Kincaid).
struct ReadingGradeRule: Rule {
    let code = DiagnosticCode.readingGrade

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.handouts.compactMap { scoped in
            let ceiling = context.readingGrade(of: scoped.module)
            guard let grade = ReadingGrade(units: scoped.handout.textUnits).grade, grade > ceiling else { return nil }
            return .warning(
                code, at: scoped.location(scoped.handout.origin),
                "handout \"\(scoped.handout.id)\" reads at grade \(Self.format(grade)) (Flesch–Kincaid), above the "
                    + "reading grade \(Self.format(ceiling)) set for it: use shorter sentences and everyday words")
        }
    }

    static func format(_ grade: Double) -> String {
        let tenths = Int((grade * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
