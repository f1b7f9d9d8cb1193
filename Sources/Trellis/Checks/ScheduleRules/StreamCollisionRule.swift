/// TR209: two streams fill the same block at the same meeting.
struct StreamCollisionRule: Rule {
    let code = DiagnosticCode.streamsCollide

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap { track -> [Diagnostic] in
            let collisions = context.sequencer(for: track).collisions(throughWeek: max(1, track.weeks))
            var seen = Set<[Int]>()
            return collisions.filter { seen.insert([$0.kept, $0.lost]).inserted }.map { collision -> Diagnostic in
                let count = collisions.filter { $0.kept == collision.kept && $0.lost == collision.lost }.count
                return .error(
                    code, at: track.streams[collision.lost].origin["block"],
                    "this stream and stream \(collision.kept + 1) both fill block \"\(collision.block)\""
                        + (collision.group.map { " group \"\($0)\"" } ?? "") + " at "
                        + "\(English.count(count, "meeting")) from \(collision.date); give them different days or weeks, "
                        + "or different blocks (the earlier stream keeps the block)")
            }
        }
    }
}
