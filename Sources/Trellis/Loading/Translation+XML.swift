import TrellisXML

extension Translation {
    /// Reads a translation from its root element. Parts keep their order so parity can be checked.
    init(element: ElementView, file: String) {
        let reader = ElementReader(file: file, root: element)
        self.init(
            pack: reader.string(element, "pack"),
            sourceVersion: reader.string(element, "source-version"),
            language: element.value(of: "lang", namespace: XMLNamespace.xml)?.trimmingCharacters() ?? "",
            title: element.child(named: "title").map { reader.text($0) },
            summary: element.child(named: "summary").map { reader.text($0) },
            modules: element.children(named: "module").map { module in
                TranslatedModule(
                    ref: reader.string(module, "ref"), title: reader.optionalString(module, "title"),
                    summary: module.child(named: "summary").map { reader.text($0) }, origin: reader.origin(of: module))
            },
            sessions: element.children(named: "session").map { session in
                TranslatedSession(
                    ref: reader.string(session, "ref"), title: reader.optionalString(session, "title"),
                    objectives: session.children(named: "objective").map(reader.inline),
                    materials: session.children(named: "material").map(reader.inline),
                    cautions: session.children(named: "caution").map(reader.inline),
                    activities: session.children(named: "activity").map { activity in
                        TranslatedActivity(
                            title: reader.optionalString(activity, "title"),
                            script: activity.child(named: "script").map(reader.blocks),
                            prompts: activity.children(named: "prompt").map(reader.inline), origin: reader.origin(of: activity))
                    },
                    homework: session.child(named: "homework").map(reader.inline), origin: reader.origin(of: session))
            },
            handouts: element.children(named: "handout").map { handout in
                TranslatedHandout(
                    ref: reader.string(handout, "ref"), title: reader.optionalString(handout, "title"),
                    parts: Handout.parts(of: handout, reader: reader), origin: reader.origin(of: handout))
            },
            origin: reader.origin(of: element))
    }
}
