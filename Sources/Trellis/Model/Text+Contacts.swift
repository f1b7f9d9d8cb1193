extension InlineText {
    /// The `<contact ref>`s in the text, in order.
    public var contacts: [ContactReference] { isPlain ? [] : runs.flatMap(\.contacts) }

    /// The text with every contact given what `display` says to print for it.
    public func resolvingContacts(_ display: (String) -> String?) -> InlineText {
        InlineText(runs.map { $0.resolvingContacts(display) }, origin: origin)
    }
}

extension InlineRun {
    var contacts: [ContactReference] {
        switch self {
        case .text: []
        case .emphasis(let runs), .strong(let runs): runs.flatMap(\.contacts)
        case .contact(let contact): [contact]
        }
    }

    func resolvingContacts(_ display: (String) -> String?) -> InlineRun {
        switch self {
        case .text: self
        case .emphasis(let runs): .emphasis(runs.map { $0.resolvingContacts(display) })
        case .strong(let runs): .strong(runs.map { $0.resolvingContacts(display) })
        case .contact(var contact):
            {
                contact.display = display(contact.id) ?? contact.display
                return .contact(contact)
            }()
        }
    }
}

extension TextBlock {
    var contacts: [ContactReference] {
        switch self {
        case .paragraph(let text): text.contacts
        case .list(_, let items): items.flatMap(\.contacts)
        case .section(_, let blocks): blocks.flatMap(\.contacts)
        }
    }

    func resolvingContacts(_ display: (String) -> String?) -> TextBlock {
        switch self {
        case .paragraph(let text): .paragraph(text.resolvingContacts(display))
        case .list(let ordered, let items): .list(ordered: ordered, items: items.map { $0.resolvingContacts(display) })
        case .section(let title, let blocks): .section(title: title, blocks: blocks.map { $0.resolvingContacts(display) })
        }
    }
}

extension HandoutPart {
    var contacts: [ContactReference] {
        switch self {
        case .text(let block): block.contacts
        case .section(_, let parts): parts.flatMap(\.contacts)
        case .checklist(let items): items.flatMap(\.contacts)
        case .field, .scale: []
        }
    }

    func resolvingContacts(_ display: (String) -> String?) -> HandoutPart {
        switch self {
        case .text(let block): .text(block.resolvingContacts(display))
        case .section(let title, let parts): .section(title: title, parts: parts.map { $0.resolvingContacts(display) })
        case .checklist(let items): .checklist(items: items.map { $0.resolvingContacts(display) })
        case .field, .scale: self
        }
    }
}

extension Session {
    /// Every `<contact ref>` in the session's text, facilitator-only text included.
    public var contacts: [ContactReference] {
        // Gathered in place, by index: joining (or even iterating) copies of every text and
        // activity retained each of their fields, a measurable share of checking a large
        // library, where most sessions hold no contact at all.
        var found: [ContactReference] = []
        func add(_ texts: [InlineText]) {
            for index in texts.indices { found += texts[index].contacts }
        }
        add(objectives)
        add(materials)
        add(cautions)
        for index in activities.indices { add(activities[index].prompts) }
        if let homework { found += homework.contacts }
        for index in activities.indices {
            let script = activities[index].script
            for block in script.indices { found += script[block].contacts }
        }
        return found
    }

    /// The session with every contact resolved for printing.
    public func resolvingContacts(_ display: (String) -> String?) -> Session {
        var session = self
        session.objectives = objectives.map { $0.resolvingContacts(display) }
        session.materials = materials.map { $0.resolvingContacts(display) }
        session.cautions = cautions.map { $0.resolvingContacts(display) }
        session.homework = homework?.resolvingContacts(display)
        session.activities = activities.map { activity in
            var activity = activity
            activity.script = activity.script.map { $0.resolvingContacts(display) }
            activity.prompts = activity.prompts.map { $0.resolvingContacts(display) }
            return activity
        }
        return session
    }
}

extension Handout {
    public var contacts: [ContactReference] { parts.flatMap(\.contacts) }

    public func resolvingContacts(_ display: (String) -> String?) -> Handout {
        var handout = self
        handout.parts = parts.map { $0.resolvingContacts(display) }
        return handout
    }
}

extension StandingProtocol {
    public var contacts: [ContactReference] { blocks.flatMap(\.contacts) }

    public func resolvingContacts(_ display: (String) -> String?) -> StandingProtocol {
        var standing = self
        standing.blocks = blocks.map { $0.resolvingContacts(display) }
        return standing
    }
}
