extension PackDiff {
    /// The pack's own facts. Its title is printed on every handout (a MINOR); the rest is read
    /// by staff only (a PATCH), except its language, which changes what members read (a MINOR).
    static func packChanges(_ old: Pack, _ new: Pack) -> [PackChange] {
        var list = ChangeList()
        list.value(.title, InlineText.folding(old.title), InlineText.folding(new.title), bump: .minor)
        list.value(.language, old.language, new.language, bump: .minor)
        list.value(.readingGrade, grade(old.readingGrade), grade(new.readingGrade), bump: .patch)
        list.value(.summary, InlineText.folding(old.summary), InlineText.folding(new.summary), bump: .patch)
        list.value(.audience, old.audience.map(InlineText.folding), new.audience.map(InlineText.folding), bump: .patch)
        list.list(.approach, old.approaches.map(InlineText.folding), new.approaches.map(InlineText.folding), bump: .patch)
        list.list(.reference, old.references.map(InlineText.folding), new.references.map(InlineText.folding), bump: .patch)
        list.list(.author, old.authors.map(author), new.authors.map(author), bump: .patch)
        list.value(.review, old.review.map(review), new.review.map(review), bump: .patch)
        return list.changes
    }

    /// Modules added or removed, and their titles, summaries and session order.
    static func modules(_ old: Pack, _ new: Pack) -> [DiffEntry] {
        let alignment = ListAlignment(old: old.modules, new: new.modules, key: \.id, pairable: { _, _ in false })
        return alignment.steps.compactMap { step -> DiffEntry? in
            switch step {
            case .removed(let i):
                return DiffEntry(id: old.modules[i].id, title: InlineText.folding(old.modules[i].title), kind: .removed)
            case .added(let j):
                return DiffEntry(id: new.modules[j].id, title: InlineText.folding(new.modules[j].title), kind: .added)
            case .same(let i, let j), .moved(let i, let j), .changed(let i, let j):
                let changes = moduleChanges(old.modules[i], new.modules[j])
                guard !changes.isEmpty else { return nil }
                return DiffEntry(id: new.modules[j].id, title: InlineText.folding(new.modules[j].title), kind: .changed, changes: changes)
            }
        }
    }

    /// A module's title and summary (a PATCH), and the teaching order of the sessions it kept (a MINOR).
    private static func moduleChanges(_ old: Module, _ new: Module) -> [PackChange] {
        var list = ChangeList()
        list.value(.title, InlineText.folding(old.title), InlineText.folding(new.title), bump: .patch)
        list.value(.summary, old.summary.map(InlineText.folding), new.summary.map(InlineText.folding), bump: .patch)
        let oldIDs = Set(old.sessions.map(\.id))
        let newIDs = Set(new.sessions.map(\.id))
        let oldOrder = old.sessions.map(\.id).filter(newIDs.contains)
        let newOrder = new.sessions.map(\.id).filter(oldIDs.contains)
        if oldOrder != newOrder {
            list.append(
                PackChange(
                    .sessionOrder, .changed, before: oldOrder.joined(separator: ", "), after: newOrder.joined(separator: ", "),
                    bump: .minor))
        }
        return list.changes
    }

    private static func grade(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func author(_ author: Author) -> String {
        InlineText.folding(author.name) + (author.role.map { " (\($0))" } ?? "")
    }

    private static func review(_ review: Review) -> String {
        "\(review.date) by \(InlineText.folding(review.by))"
    }
}
