/// TR204: in a closed track, a session scheduled before (or without) its prerequisite.
struct PrerequisiteOrderRule: Rule {
    let code = DiagnosticCode.prerequisiteOutOfOrder

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.filter { $0.admission == .closed }.flatMap { track in
            let coverage = context.sequencer(for: track).coverage()
            return (coverage.entries.first?.outOfOrder ?? []).map { broken -> Diagnostic in
                .error(
                    code, at: broken.item["ref"],
                    "\(broken.session) is scheduled on \(broken.date), before its prerequisite \(broken.prerequisite) "
                        + "has happened: move \(broken.prerequisite) earlier, or set order=\"prerequisites\" on the stream")
            }
        }
    }
}
