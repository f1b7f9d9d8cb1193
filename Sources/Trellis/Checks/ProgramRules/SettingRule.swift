/// TR304: a setting that names no known code or setting, gives a bad value, or lowers a code
/// that cannot be lowered. A contact with neither a phone nor a text, and a setting of neither
/// shape, are schema errors (TR002) the XSD cannot express.
struct SettingRule: Rule {
    let code = DiagnosticCode.badSetting

    var codes: [DiagnosticCode] { [code] }

    func check(_ context: CheckContext) -> [Diagnostic] {
        let known = Set(context.registry.ruleSummaries.keys)
        return context.programs.flatMap { program -> [Diagnostic] in
            let contacts = program.contacts.filter { $0.phone == nil && $0.text == nil }.map { contact in
                Diagnostic.error(
                    .schemaInvalid, at: contact.origin.element,
                    "<contact id=\"\(contact.id)\"> needs a phone or a text (an address, a web page), or both")
            }
            return contacts + program.settings.compactMap { setting in problem(with: setting, known: known) }
        }
    }

    private func problem(with setting: ProgramSetting, known: Set<DiagnosticCode>) -> Diagnostic? {
        switch setting.kind {
        case .malformed:
            return .error(
                .schemaInvalid, at: setting.origin.element,
                "<setting> takes either code and severity, or name and value: such as <setting code=\"TR108\" "
                    + "severity=\"off\"/> or <setting name=\"review-months\" value=\"12\"/>")
        case .severity(let code, let level):
            guard known.contains(code) else {
                return .error(
                    self.code, at: setting.origin["code"],
                    "code=\"\(code)\" is no diagnostic code Trellis or an installed plugin knows; check the spelling "
                        + "(trellis plugins lists them)")
            }
            if code.isLockedAtItsSeverity, level != .error {
                return .error(
                    self.code, at: setting.origin["severity"],
                    "\(code) cannot be lowered: it marks a file or schedule that cannot be used as written; remove this "
                        + "setting and fix what it reports")
            }
            return nil
        case .value(let name, let value):
            switch name {
            case "review-months":
                guard let months = Int(value), (1...120).contains(months) else {
                    return .error(
                        self.code, at: setting.origin["value"],
                        "review-months must be a whole number of months from 1 to 120, not \"\(value)\"")
                }
            case "reading-grade":
                guard let grade = Double(value), (1...18).contains(grade) else {
                    return .error(
                        self.code, at: setting.origin["value"],
                        "reading-grade must be a school grade from 1 to 18, such as 6, not \"\(value)\"")
                }
            default:
                return .error(
                    self.code, at: setting.origin["name"],
                    "no setting is called \"\(name)\"; the settings are \(ProgramSetting.names.joined(separator: " and "))")
            }
            return nil
        }
    }
}

extension Program {
    /// The settings that change a code's severity and may (`nil`: off), by code.
    var severities: [DiagnosticCode: Severity?] {
        var result: [DiagnosticCode: Severity?] = [:]
        for setting in settings {
            if case .severity(let code, let level) = setting.kind, !(code.isLockedAtItsSeverity && level != .error) {
                result[code] = .some(level)
            }
        }
        return result
    }

    /// A named setting's value, when given and valid.
    func value(_ name: String) -> Double? {
        for setting in settings {
            if case .value(name, let value) = setting.kind, let number = Double(value) { return number }
        }
        return nil
    }
}
