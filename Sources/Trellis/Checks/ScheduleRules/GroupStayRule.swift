/// TR211: groups of one block whose `stay` ranges overlap (a member would belong to two rooms at
/// once, or one group is never reached), or a `stay` outside the track's weeks.
struct GroupStayRule: Rule {
    let code = DiagnosticCode.groupStayOverlap

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap { track in
            track.day.blocks.flatMap { block in problems(in: block, track) }
        }
    }

    private func problems(in block: Block, _ track: Track) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var earlier: [BlockGroup] = []
        for group in block.groups {
            if let stay = group.stay {
                if stay.last > track.weeks {
                    diagnostics.append(
                        .error(
                            code, at: group.origin["stay"],
                            "group \"\(group.id)\" is for \(group.stayDescription ?? ""), but a stay in this track is "
                                + "\(English.count(track.weeks, "week")): end the range by week \(track.weeks)"))
                }
                if let overlap = earlier.first(where: { other in other.stay.map { $0.overlaps(stay) } ?? false }) {
                    diagnostics.append(
                        .error(
                            code, at: group.origin["stay"],
                            "group \"\(group.id)\" (\(group.stayDescription ?? "")) overlaps group \"\(overlap.id)\" "
                                + "(\(overlap.stayDescription ?? "")) of block \"\(block.id)\": a member goes to the first, "
                                + "so give each group its own weeks"))
                }
            } else if let text = group.stayText {
                diagnostics.append(
                    .error(
                        code, at: group.origin["stay"],
                        "stay=\"\(text)\" is not a week or a range: write N or N-M with N at least 1 and M not before N"))
            } else if let other = earlier.first(where: { $0.stay == nil && $0.stayText == nil }) {
                diagnostics.append(
                    .error(
                        code, at: group.origin.element,
                        "group \"\(group.id)\" and group \"\(other.id)\" of block \"\(block.id)\" both take everyone no "
                            + "other group takes, so no member ever reaches \"\(group.id)\": give one of them a stay"))
            }
            earlier.append(group)
        }
        return diagnostics
    }
}

extension WeekRange {
    func overlaps(_ other: WeekRange) -> Bool { first <= other.last && other.first <= last }
}
