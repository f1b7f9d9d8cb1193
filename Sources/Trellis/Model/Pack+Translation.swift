extension Pack {
    /// This pack with `translation`'s words in place of its own, where the translation gives them
    /// and matches the source's shape; everything else stays in the source language.
    public func translated(by translation: Translation) -> Pack {
        var pack = self
        pack.language = translation.language
        pack.title = translation.title ?? title
        pack.summary = translation.summary ?? summary
        let moduleWords = Dictionary(translation.modules.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        let sessionWords = Dictionary(translation.sessions.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        let handoutWords = Dictionary(translation.handouts.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        pack.modules = modules.map { module in
            var module = module
            if let words = moduleWords[module.id] {
                module.title = words.title ?? module.title
                module.summary = words.summary ?? module.summary
            }
            module.sessions = module.sessions.map { session in
                sessionWords[session.id].flatMap { session.translated(by: $0) } ?? session
            }
            return module
        }
        pack.handouts = handouts.map { handout in
            handoutWords[handout.id].flatMap { handout.translated(by: $0) } ?? handout
        }
        return pack
    }
}

extension Session {
    /// The first way `translation` differs from this session's shape, or nil when it matches.
    public func shapeDifference(from translation: TranslatedSession) -> String? {
        let counts: [(String, Int, Int)] = [
            ("objective", objectives.count, translation.objectives.count),
            ("material", materials.count, translation.materials.count),
            ("caution", cautions.count, translation.cautions.count),
            ("activity", activities.count, translation.activities.count),
            ("homework", homework == nil ? 0 : 1, translation.homework == nil ? 0 : 1),
        ]
        for (name, source, translated) in counts where source != translated {
            return "it has \(translated) <\(name)>, the source has \(source)"
        }
        for (index, (source, translated)) in zip(activities, translation.activities).enumerated() {
            if !translated.prompts.isEmpty, translated.prompts.count != source.prompts.count {
                return "its activity \(index + 1) has \(translated.prompts.count) <prompt>, the source's has \(source.prompts.count)"
            }
            if translated.script != nil, source.script.isEmpty {
                return "its activity \(index + 1) has a <script>, the source's has none"
            }
        }
        return nil
    }

    /// This session in the translation's words, or nil when the shapes differ (TR401).
    func translated(by words: TranslatedSession) -> Session? {
        guard shapeDifference(from: words) == nil else { return nil }
        var session = self
        session.title = words.title ?? title
        session.objectives = words.objectives
        session.materials = words.materials
        session.cautions = words.cautions
        session.homework = words.homework
        session.activities = zip(activities, words.activities).map { source, words in
            var activity = source
            activity.title = words.title ?? source.title
            activity.script = words.script ?? source.script
            if !words.prompts.isEmpty { activity.prompts = words.prompts }
            return activity
        }
        return session
    }
}

extension Handout {
    /// The first way `translation` differs from this handout's parts, or nil when it matches.
    public func shapeDifference(from translation: TranslatedHandout) -> String? {
        HandoutPart.difference(parts, translation.parts, path: "")
    }

    /// This handout in the translation's words, or nil when the shapes differ (TR401).
    func translated(by words: TranslatedHandout) -> Handout? {
        guard shapeDifference(from: words) == nil else { return nil }
        var handout = self
        handout.title = words.title ?? title
        handout.parts = zip(parts, words.parts).map { HandoutPart.merging($0, $1) }
        return handout
    }
}

extension HandoutPart {
    /// The part's element name, as the source writes it.
    var elementName: String {
        switch self {
        case .text(.paragraph): "p"
        case .text(.list(let ordered, _)): ordered ? "ol" : "ul"
        case .text(.section), .section: "section"
        case .field: "field"
        case .checklist: "checklist"
        case .scale: "scale"
        }
    }

    /// Where two part lists first differ in kind, order or count (`part 3: <ul> where the
    /// source has <p>`), or nil.
    static func difference(_ source: [HandoutPart], _ translated: [HandoutPart], path: String) -> String? {
        for (index, (left, right)) in zip(source, translated).enumerated() {
            let place = "\(path)part \(index + 1)"
            guard left.elementName == right.elementName else {
                return "\(place) is <\(right.elementName)> where the source has <\(left.elementName)>"
            }
            switch (left, right) {
            case (.text(.list(_, let a)), .text(.list(_, let b))) where a.count != b.count:
                return "\(place) has \(b.count) <li>, the source's has \(a.count)"
            case (.checklist(let a), .checklist(let b)) where a.count != b.count:
                return "\(place) has \(b.count) <item>, the source's has \(a.count)"
            case (.section(_, let a), .section(_, let b)):
                if let inner = difference(a, b, path: "\(place), <section> ") { return inner }
            default:
                break
            }
        }
        if source.count != translated.count {
            return "\(path.isEmpty ? "it" : path)has \(translated.count) parts, the source has \(source.count)"
        }
        return nil
    }

    /// The source's part with the translation's words; lines and numbers stay the source's.
    static func merging(_ source: HandoutPart, _ words: HandoutPart) -> HandoutPart {
        switch (source, words) {
        case (.section(_, let parts), .section(let title, let translated)):
            .section(title: title, parts: zip(parts, translated).map { merging($0, $1) })
        case (.field(var field), .field(let translated)):
            { field.label = translated.label; return .field(field) }()
        case (.scale(var scale), .scale(let translated)):
            { scale.label = translated.label; scale.low = translated.low ?? scale.low; scale.high = translated.high ?? scale.high; return .scale(scale) }()
        default:
            words
        }
    }
}
