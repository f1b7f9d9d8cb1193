/// The changes of one entry as they are found, in reading order.
struct ChangeList {
    private(set) var changes: [PackChange] = []

    /// A single value (a title, minutes, homework): added, removed or changed when it differs.
    mutating func value(
        _ aspect: PackChange.Aspect, _ old: String?, _ new: String?, bump: VersionBump, activity: ActivityLabel? = nil
    ) {
        guard old != new else { return }
        let kind: PackChange.Kind = old == nil ? .added : new == nil ? .removed : .changed
        changes.append(PackChange(aspect, kind, activity: activity, before: old, after: new, bump: bump))
    }

    /// A list of texts (objectives, cautions, prompts): each item added, removed, reworded or moved.
    mutating func list(
        _ aspect: PackChange.Aspect, _ old: [String], _ new: [String], bump: VersionBump, activity: ActivityLabel? = nil
    ) {
        units(aspect, old.map { TextUnit(part: "", text: $0) }, new.map { TextUnit(part: "", text: $0) }, bump: bump, activity: activity)
    }

    /// Text units (a script, a handout): each added, removed, reworded or moved.
    mutating func units(
        _ aspect: PackChange.Aspect, _ old: [TextUnit], _ new: [TextUnit], bump: VersionBump, activity: ActivityLabel? = nil
    ) {
        guard old != new else { return }
        let alignment = ListAlignment(old: old, new: new, key: { $0 }, pairable: { $0.part == $1.part })
        for step in alignment.steps {
            let change: PackChange? =
                switch step {
                case .same: nil
                case .changed(let i, let j):
                    PackChange(aspect, .changed, activity: activity, part: new[j].part.nonEmpty, before: old[i].text, after: new[j].text, bump: bump)
                case .moved(let i, let j):
                    PackChange(aspect, .moved, activity: activity, part: new[j].part.nonEmpty, before: old[i].text, after: new[j].text, bump: bump)
                case .removed(let i):
                    PackChange(aspect, .removed, activity: activity, part: old[i].part.nonEmpty, before: old[i].text, after: nil, bump: bump)
                case .added(let j):
                    PackChange(aspect, .added, activity: activity, part: new[j].part.nonEmpty, before: nil, after: new[j].text, bump: bump)
                }
            if let change { changes.append(change) }
        }
    }

    mutating func append(_ change: PackChange) { changes.append(change) }
    mutating func append(contentsOf more: [PackChange]) { changes += more }
}

extension String {
    /// Nil for the empty string.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
