/// TR206: in a rolling track, entry weeks from which a member meets a session before its
/// prerequisite.
struct RollingPrerequisiteRule: Rule {
    let code = DiagnosticCode.rollingPrerequisiteBreak

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.filter { $0.admission == .rolling }.flatMap { track in
            let coverage = context.sequencer(for: track).coverage()
            var weeks: [[Reference]: [Int]] = [:]
            var origins: [[Reference]: Origin] = [:]
            var order: [[Reference]] = []
            for entry in coverage.entries {
                for broken in entry.outOfOrder {
                    let key = [broken.session, broken.prerequisite]
                    if weeks[key] == nil { order.append(key) }
                    weeks[key, default: []].append(entry.week)
                    origins[key] = origins[key] ?? broken.item
                }
            }
            return order.map { key -> Diagnostic in
                let entered = weeks[key]!
                return .warning(
                    code, at: origins[key]!["ref"],
                    "members who enter in week\(entered.count == 1 ? "" : "s") \(English.list(entered.map(String.init))) (of a "
                        + "\(coverage.entries.count)-week cycle) meet \(key[0]) before its prerequisite \(key[1]): "
                        + "make the session stand alone, or schedule the prerequisite in every newcomer's first weeks")
            }
        }
    }
}
