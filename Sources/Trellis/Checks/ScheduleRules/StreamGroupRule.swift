/// TR212: a stream without `group` on a block that has groups, or naming a group its block does
/// not have (a block without groups has none).
struct StreamGroupRule: Rule {
    let code = DiagnosticCode.streamGroupMismatch

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap { track in
            track.streams.compactMap { stream -> Diagnostic? in
                guard let block = track.day.block(id: stream.block) else { return nil }  // TR208 says so
                let groups = block.groups.map(\.id)
                switch stream.group {
                case nil where !groups.isEmpty:
                    return .error(
                        code, at: stream.origin.element,
                        "block \"\(block.id)\" has groups (\(groups.joined(separator: ", "))), so the stream must say "
                            + "which one it fills: add group=\"\(groups.last!)\" or another of them")
                case let group? where !groups.contains(group):
                    let has = groups.isEmpty ? "no groups: remove group=\"\(group)\"" : "the groups \(groups.joined(separator: ", "))"
                    return .error(
                        code, at: stream.origin["group"], "group=\"\(group)\", but block \"\(block.id)\" has \(has)")
                default:
                    return nil
                }
            }
        }
    }
}
