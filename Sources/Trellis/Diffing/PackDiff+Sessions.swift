extension PackDiff {
    /// Sessions matched by id across the whole pack, so a session moved to another module is
    /// one changed session. A renamed id is a removed session and an added one.
    static func sessions(_ old: Pack, _ new: Pack) -> [DiffEntry] {
        let oldSessions = old.modules.flatMap { module in module.sessions.map { (module: module.id, session: $0) } }
        let newSessions = new.modules.flatMap { module in module.sessions.map { (module: module.id, session: $0) } }
        let alignment = ListAlignment(old: oldSessions, new: newSessions, key: \.session.id, pairable: { _, _ in false })
        return alignment.steps.compactMap { step -> DiffEntry? in
            switch step {
            case .removed(let i):
                let (module, session) = oldSessions[i]
                return DiffEntry(id: session.id, title: InlineText.folding(session.title), kind: .removed, module: module)
            case .added(let j):
                let (module, session) = newSessions[j]
                return DiffEntry(id: session.id, title: InlineText.folding(session.title), kind: .added, module: module)
            case .same(let i, let j), .moved(let i, let j), .changed(let i, let j):
                let (oldModule, oldSession) = oldSessions[i]
                let (newModule, newSession) = newSessions[j]
                var list = ChangeList()
                list.value(.module, oldModule, newModule, bump: .minor)
                list.append(contentsOf: sessionChanges(oldSession, newSession))
                guard !list.changes.isEmpty else { return nil }
                return DiffEntry(
                    id: newSession.id, title: InlineText.folding(newSession.title), kind: .changed, module: newModule,
                    changes: list.changes)
            }
        }
    }

    /// What members read (title, objectives, prompts, homework) and what shapes the group
    /// (minutes, prerequisites, activities) need a MINOR; facilitator-only text (materials,
    /// cautions, scripts) a PATCH.
    static func sessionChanges(_ old: Session, _ new: Session) -> [PackChange] {
        var list = ChangeList()
        list.value(.title, InlineText.folding(old.title), InlineText.folding(new.title), bump: .minor)
        list.value(.minutes, String(old.minutes), String(new.minutes), bump: .minor)
        list.list(.objective, old.objectives.map(\.plainText), new.objectives.map(\.plainText), bump: .minor)
        list.list(.prerequisite, old.requires.map(\.description), new.requires.map(\.description), bump: .minor)
        list.list(.material, old.materials.map(\.plainText), new.materials.map(\.plainText), bump: .patch)
        list.list(.caution, old.cautions.map(\.plainText), new.cautions.map(\.plainText), bump: .patch)
        list.append(contentsOf: activityChanges(old.activities, new.activities))
        list.value(.homework, old.homework?.plainText, new.homework?.plainText, bump: .minor)
        list.list(.suppression, old.suppressions.map(suppressionText), new.suppressions.map(suppressionText), bump: .patch)
        return list.changes
    }

    /// Activities have no ids: they are matched by kind and title, and one that kept its kind or
    /// its title in the same place was edited rather than replaced.
    static func activityChanges(_ old: [Activity], _ new: [Activity]) -> [PackChange] {
        let alignment = ListAlignment(
            old: old, new: new, key: { ActivityKey(kind: $0.kind, title: $0.title.map(InlineText.folding)) },
            pairable: { $0.kind == $1.kind || ($0.title != nil && $0.title == $1.title) })
        var changes: [PackChange] = []
        for step in alignment.steps {
            switch step {
            case .removed(let i):
                changes.append(
                    PackChange(.activity, .removed, activity: label(old[i], at: i), before: outline(old[i]), after: nil, bump: .minor))
            case .added(let j):
                changes.append(
                    PackChange(.activity, .added, activity: label(new[j], at: j), before: nil, after: outline(new[j]), bump: .minor))
            case .moved(let i, let j):
                changes.append(
                    PackChange(
                        .activity, .moved, activity: label(new[j], at: j), before: "activity \(i + 1)", after: "activity \(j + 1)",
                        bump: .minor))
                changes += activityChanges(old[i], new[j], label: label(new[j], at: j))
            case .same(let i, let j), .changed(let i, let j):
                changes += activityChanges(old[i], new[j], label: label(new[j], at: j))
            }
        }
        return changes
    }

    private static func activityChanges(_ old: Activity, _ new: Activity, label: ActivityLabel) -> [PackChange] {
        var list = ChangeList()
        list.value(.kind, old.kind, new.kind, bump: .minor, activity: label)
        list.value(.title, old.title.map(InlineText.folding), new.title.map(InlineText.folding), bump: .patch, activity: label)
        list.value(.minutes, String(old.minutes), String(new.minutes), bump: .minor, activity: label)
        list.value(.handout, old.handout?.description, new.handout?.description, bump: .minor, activity: label)
        list.units(.script, TextUnit.units(old.script), TextUnit.units(new.script), bump: .patch, activity: label)
        list.list(.prompt, old.prompts.map(\.plainText), new.prompts.map(\.plainText), bump: .minor, activity: label)
        return list.changes
    }

    private struct ActivityKey: Hashable {
        var kind: String
        var title: String?
    }

    private static func label(_ activity: Activity, at index: Int) -> ActivityLabel {
        ActivityLabel(position: index + 1, kind: activity.kind, title: activity.title.map(InlineText.folding))
    }

    /// `teach, 15 minutes`: an added or removed activity in a few words.
    private static func outline(_ activity: Activity) -> String {
        "\(activity.kind), \(activity.minutes) minutes" + (activity.handout.map { ", hands out \($0)" } ?? "")
    }

    /// `TR110: reason`.
    static func suppressionText(_ suppression: Suppression) -> String {
        "\(suppression.code.rawValue): \(InlineText.folding(suppression.reason))"
    }
}
