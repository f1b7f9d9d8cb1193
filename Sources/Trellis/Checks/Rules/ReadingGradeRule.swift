/// TR110: a handout that reads above the pack's reading grade (Flesch–Kincaid).
struct ReadingGradeRule: Rule {
    let code = DiagnosticCode.readingGrade

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.packs.flatMap { pack in
            pack.handouts.compactMap { handout in
                guard let grade = ReadingGrade(units: handout.textUnits).grade, grade > pack.readingGrade else {
                    return nil
                }
                return .warning(
                    code, at: handout.origin.element,
                    "handout \"\(handout.id)\" reads at grade \(Self.format(grade)) (Flesch–Kincaid), above the "
                        + "pack's reading grade \(Self.format(pack.readingGrade)): use shorter sentences and everyday words")
            }
        }
    }

    static func format(_ grade: Double) -> String {
        let tenths = Int((grade * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
