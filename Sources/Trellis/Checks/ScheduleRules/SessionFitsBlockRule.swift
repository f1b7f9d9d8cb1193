/// TR202: a session longer than the block it is scheduled in.
struct SessionFitsBlockRule: Rule {
    let code = DiagnosticCode.sessionLongerThanBlock

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap { track -> [Diagnostic] in
            context.sequencer(for: track).sequences.flatMap { sequence -> [Diagnostic] in
                guard let block = track.day.block(id: sequence.stream.block) else { return [] }
                var seen = Set<Reference>()
                return sequence.sessions.filter { $0.session.minutes > block.minutes && seen.insert($0.reference).inserted }
                    .map { too in
                        .error(
                            code, at: too.item["ref"],
                            "\(too.reference) runs \(too.session.minutes) minutes, but block \"\(block.id)\" is "
                                + "\(block.minutes) minutes: lengthen the block or put the session in a longer one")
                    }
            }
        }
    }
}
