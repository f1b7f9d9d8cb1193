import TrellisXML

extension Program {
    /// Reads a program from its root element. See `ElementReader` for how missing parts are read.
    init(element: ElementView, file: String) {
        let reader = ElementReader(file: file, root: element)
        self.init(
            id: reader.string(element, "id"),
            version: reader.string(element, "version"),
            name: reader.string(element, "name"),
            language: element.value(of: "lang", namespace: XMLNamespace.xml),
            contacts: element.children(named: "contact").map { contact in
                Contact(
                    id: reader.string(contact, "id"), label: reader.string(contact, "label"),
                    phone: reader.optionalString(contact, "phone"), text: reader.optionalString(contact, "text"),
                    origin: reader.origin(of: contact), labels: Self.localized(contact, "label", reader),
                    texts: Self.localized(contact, "text", reader))
            },
            protocols: element.children(named: "protocol").map { standing in
                StandingProtocol(
                    id: reader.string(standing, "id"), title: reader.string(standing, "title"),
                    blocks: reader.blocks(standing), origin: reader.origin(of: standing),
                    language: standing.value(of: "lang", namespace: XMLNamespace.xml)?.trimmingCharacters())
            },
            settings: element.children(named: "setting").map { setting in
                let code = reader.optionalString(setting, "code")
                let severity = reader.optionalString(setting, "severity")
                let name = reader.optionalString(setting, "name")
                let value = reader.optionalString(setting, "value")
                let kind: ProgramSetting.Kind =
                    if let code, let severity, name == nil, value == nil {
                        .severity(code: DiagnosticCode(rawValue: code), level: Severity(rawValue: severity))
                    } else if let name, let value, code == nil, severity == nil {
                        .value(name: name, value: value)
                    } else {
                        .malformed
                    }
                return ProgramSetting(kind: kind, origin: reader.origin(of: setting))
            },
            approvals: element.children(named: "approval").map { approval in
                Approval(
                    pack: reader.string(approval, "pack"), version: reader.string(approval, "version"),
                    by: reader.string(approval, "by"),
                    date: CalendarDate(reader.string(approval, "date")) ?? CalendarDate(daysSinceEpoch: 0),
                    origin: reader.origin(of: approval))
            },
            origin: reader.origin(of: element))
    }

    /// A contact's `label` or `text` children, by the primary subtag of their `xml:lang`.
    private static func localized(_ contact: ElementView, _ name: String, _ reader: ElementReader) -> [String: String] {
        var result: [String: String] = [:]
        for child in contact.children(named: name) {
            guard let language = child.value(of: "lang", namespace: XMLNamespace.xml) else { continue }
            result[Language.primary(language)] = reader.text(child)
        }
        return result
    }
}
