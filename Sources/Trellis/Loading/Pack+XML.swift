import TrellisXML

extension Pack {
    /// Reads a pack from its root element. See `ElementReader` for how missing parts are read.
    init(element: ElementView, file: String) {
        let reader = ElementReader(file: file, root: element)
        self.init(
            id: reader.string(element, "id"),
            version: reader.string(element, "version"),
            language: element.value(of: "lang", namespace: XMLNamespace.xml),
            readingGrade: element.value(of: "reading-grade").flatMap { Double($0.trimmingCharacters()) }
                ?? Pack.defaultReadingGrade,
            title: reader.text(element.child(named: "title")),
            summary: reader.text(element.child(named: "summary")),
            audience: element.child(named: "audience").map { reader.text($0) },
            approaches: reader.texts(element, "approach"),
            references: reader.texts(element, "reference"),
            authors: element.children(named: "author").map {
                Author(name: reader.text($0), role: reader.optionalString($0, "role"))
            },
            review: element.child(named: "review").map { review in
                Review(
                    date: CalendarDate(reader.string(review, "date")) ?? CalendarDate(daysSinceEpoch: 0),
                    by: reader.string(review, "by"), origin: reader.origin(of: review))
            },
            modules: element.children(named: "module").map { Module(element: $0, reader: reader) },
            handouts: element.children(named: "handout").map { Handout(element: $0, reader: reader) },
            origin: reader.origin(of: element))
    }
}

extension Module {
    init(element: ElementView, reader: ElementReader) {
        self.init(
            id: reader.string(element, "id"),
            title: reader.string(element, "title"),
            summary: element.child(named: "summary").map { reader.text($0) },
            sessions: element.children(named: "session").map { Session(element: $0, reader: reader) },
            origin: reader.origin(of: element))
    }
}

extension Session {
    init(element: ElementView, reader: ElementReader) {
        let requires = element.children(named: "requires")
        self.init(
            id: reader.string(element, "id"),
            title: reader.string(element, "title"),
            minutes: reader.int(element, "minutes"),
            objectives: element.children(named: "objective").map(reader.inline),
            requires: requires.map { Reference(parsing: reader.string($0, "ref")) },
            materials: element.children(named: "material").map(reader.inline),
            cautions: element.children(named: "caution").map(reader.inline),
            activities: element.children(named: "activity").map { Activity(element: $0, reader: reader) },
            homework: element.child(named: "homework").map(reader.inline),
            requiresOrigins: requires.map(reader.origin),
            origin: reader.origin(of: element))
        suppressions = Self.suppressions(of: element, reader: reader)
    }

    static func suppressions(of element: ElementView, reader: ElementReader) -> [Suppression] {
        element.children(named: "suppress").map { suppress in
            Suppression(
                code: DiagnosticCode(rawValue: reader.string(suppress, "code")), reason: reader.string(suppress, "reason"),
                origin: reader.origin(of: suppress))
        }
    }
}

extension Activity {
    init(element: ElementView, reader: ElementReader) {
        self.init(
            kind: reader.string(element, "kind"),
            minutes: reader.int(element, "minutes"),
            title: reader.optionalString(element, "title"),
            handout: reader.optionalString(element, "handout").map(Reference.init(parsing:)),
            script: element.child(named: "script").map(reader.blocks) ?? [],
            prompts: element.children(named: "prompt").map(reader.inline),
            origin: reader.origin(of: element))
    }
}

extension Handout {
    init(element: ElementView, reader: ElementReader) {
        self.init(
            id: reader.string(element, "id"),
            title: reader.string(element, "title"),
            parts: Self.parts(of: element, reader: reader),
            origin: reader.origin(of: element))
        suppressions = Session.suppressions(of: element, reader: reader)
    }

    /// The parts of a handout, or of a translated one (whose fields and scales carry only words).
    static func parts(of element: ElementView, reader: ElementReader) -> [HandoutPart] {
        reader.compactMapChildren(of: element) { child in
            switch child.name {
            case "section":
                return .section(title: reader.string(child, "title"), parts: parts(of: child, reader: reader))
            case "field":
                return .field(
                    Field(
                        label: reader.string(child, "label"),
                        lines: reader.int(child, "lines", default: Field.defaultLines), origin: reader.origin(of: child)))
            case "checklist":
                return .checklist(items: child.children(named: "item").map(reader.inline))
            case "scale":
                return .scale(
                    Scale(
                        label: reader.string(child, "label"), minimum: reader.int(child, "min"),
                        maximum: reader.int(child, "max"), low: reader.optionalString(child, "low"),
                        high: reader.optionalString(child, "high"), origin: reader.origin(of: child)))
            default:
                return reader.block(child).map(HandoutPart.text)
            }
        }
    }
}
