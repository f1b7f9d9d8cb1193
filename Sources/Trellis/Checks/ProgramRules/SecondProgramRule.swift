/// TR303: more than one program file on the curricula path; only the first is used.
struct SecondProgramRule: Rule {
    let code = DiagnosticCode.secondProgram

    func check(_ context: CheckContext) -> [Diagnostic] {
        guard let first = context.library.program else { return [] }
        return context.programs.filter { $0.file != first.file }.map { extra in
            .error(
                code, at: extra.origin.element,
                "a second program file: \(first.file) already describes the program \"\(first.name)\"; keep one program "
                    + "file on the curricula path and merge or remove this one")
        }
    }
}
