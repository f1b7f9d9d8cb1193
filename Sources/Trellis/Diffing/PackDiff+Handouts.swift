extension PackDiff {
    /// Handouts matched by id. Everything in a handout is what members read, so any change to
    /// it needs a MINOR; a removed handout a MAJOR (activities and translations name it).
    static func handouts(_ old: Pack, _ new: Pack) -> [DiffEntry] {
        let alignment = ListAlignment(old: old.handouts, new: new.handouts, key: \.id, pairable: { _, _ in false })
        return alignment.steps.compactMap { step -> DiffEntry? in
            switch step {
            case .removed(let i):
                return DiffEntry(id: old.handouts[i].id, title: InlineText.folding(old.handouts[i].title), kind: .removed)
            case .added(let j):
                return DiffEntry(id: new.handouts[j].id, title: InlineText.folding(new.handouts[j].title), kind: .added)
            case .same(let i, let j), .moved(let i, let j), .changed(let i, let j):
                let (oldHandout, newHandout) = (old.handouts[i], new.handouts[j])
                var list = ChangeList()
                list.value(.title, InlineText.folding(oldHandout.title), InlineText.folding(newHandout.title), bump: .minor)
                list.units(.text, TextUnit.units(oldHandout.parts), TextUnit.units(newHandout.parts), bump: .minor)
                list.list(
                    .suppression, oldHandout.suppressions.map(suppressionText), newHandout.suppressions.map(suppressionText), bump: .patch)
                guard !list.changes.isEmpty else { return nil }
                return DiffEntry(id: newHandout.id, title: InlineText.folding(newHandout.title), kind: .changed, changes: list.changes)
            }
        }
    }
}
