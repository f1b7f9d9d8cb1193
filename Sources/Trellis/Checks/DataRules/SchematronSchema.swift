import Foundation
import TrellisXML

/// An ISO Schematron file read into the subset Trellis runs: `ns`, `pattern`, `rule` (`context`),
/// `assert` and `report` (`test`, `id` = the diagnostic code, `role` = the severity), with
/// messages that may use `value-of` and `name`. Anything outside the subset is refused with a
/// message naming the line, so a rule never silently does nothing.
struct SchematronSchema: Sendable {
    /// The ISO Schematron namespace.
    static let namespace = "http://purl.oclc.org/dsdl/schematron"

    struct Pattern: Sendable {
        var rules: [ContextRule]
    }

    struct ContextRule: Sendable {
        /// The XPath that selects the nodes this rule checks (the `context` made absolute).
        var context: XPathExpression
        var checks: [Check]
    }

    struct Check: Sendable {
        enum Kind: Sendable { case assert, report }
        var kind: Kind
        var test: XPathExpression
        var code: DiagnosticCode
        var severity: Severity
        var message: [MessagePart]
        var line: Int
    }

    enum MessagePart: Sendable {
        case text(String)
        case valueOf(XPathExpression)
        /// `<name/>`: the context node's name, or with `path`, the name of what it selects.
        case name(XPathExpression?)
    }

    /// Why a rule file cannot be used: `render`/`validate` exit 2 with this message.
    struct Problem: Error, CustomStringConvertible {
        var file: String
        var line: Int
        var message: String
        var description: String { "\(file):\(line): \(message)" }
    }

    let file: String
    let namespaces: [String: String]
    let patterns: [Pattern]

    /// Every code the file's asserts and reports carry, in order, each once.
    var codes: [DiagnosticCode] {
        var seen = Set<DiagnosticCode>()
        return patterns.flatMap(\.rules).flatMap(\.checks).map(\.code).filter { seen.insert($0).inserted }
    }

    /// The message of the first check with `code`, as plain text, for listings.
    func summary(of code: DiagnosticCode) -> String? {
        guard let check = patterns.flatMap(\.rules).flatMap(\.checks).first(where: { $0.code == code }) else { return nil }
        return check.message.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    init(file: String, bytes: [UInt8], limits: ParserLimits) throws(Problem) {
        self.file = file
        let parsed = SafeXMLParser(limits: limits).parse(bytes)
        guard let root = parsed.root else {
            let first = parsed.problems.first
            throw Problem(file: file, line: first?.position.line ?? 1, message: "not a readable XML file: \(first?.message ?? "empty")")
        }
        guard root.namespace == Self.namespace, root.name == "schema" else {
            throw Problem(
                file: file, line: root.position.line,
                message: "the root must be <schema xmlns=\"\(Self.namespace)\"> (ISO Schematron), not <\(root.name)>")
        }
        var namespaces = ["t": XMLNamespace.curriculum]
        var patterns: [Pattern] = []
        for child in root.children where child.namespace == Self.namespace {
            switch child.name {
            case "ns":
                guard let prefix = child.attribute("prefix")?.value, let uri = child.attribute("uri")?.value else {
                    throw Problem(file: file, line: child.position.line, message: "<ns> needs prefix and uri")
                }
                namespaces[prefix] = uri
            case "pattern":
                patterns.append(try Self.pattern(child, file: file))
            case "title", "p":
                continue
            default:
                throw Self.unsupported(child, file: file)
            }
        }
        guard !patterns.isEmpty else {
            throw Problem(file: file, line: root.position.line, message: "the file has no <pattern>, so it checks nothing")
        }
        self.namespaces = namespaces
        self.patterns = patterns
    }

    private static func pattern(_ element: ParsedElement, file: String) throws(Problem) -> Pattern {
        if element.attribute("abstract") != nil || element.attribute("is-a") != nil { throw unsupported(element, file: file) }
        var rules: [ContextRule] = []
        for child in element.children where child.namespace == namespace {
            switch child.name {
            case "rule": rules.append(try rule(child, file: file))
            case "title", "p": continue
            default: throw unsupported(child, file: file)
            }
        }
        return Pattern(rules: rules)
    }

    private static func rule(_ element: ParsedElement, file: String) throws(Problem) -> ContextRule {
        guard element.attribute("abstract") == nil else { throw unsupported(element, file: file) }
        guard let context = element.attribute("context")?.value, !context.isEmpty else {
            throw Problem(file: file, line: element.position.line, message: "<rule> needs a context, such as context=\"t:session\"")
        }
        var checks: [Check] = []
        for child in element.children where child.namespace == namespace {
            switch child.name {
            case "assert", "report": checks.append(try check(child, file: file))
            default: throw unsupported(child, file: file)
            }
        }
        return ContextRule(context: try compile(absolute(context), element, file: file), checks: checks)
    }

    private static func check(_ element: ParsedElement, file: String) throws(Problem) -> Check {
        let line = element.position.line
        guard let test = element.attribute("test")?.value, !test.isEmpty else {
            throw Problem(file: file, line: line, message: "<\(element.name)> needs a test (an XPath expression)")
        }
        guard let id = element.attribute("id")?.value, isCode(id) else {
            throw Problem(
                file: file, line: line,
                message: "<\(element.name)> needs an id, which is its diagnostic code: letters and digits such as "
                    + "id=\"CLINIC002\" (codes starting with TR are Trellis's own)")
        }
        let role = element.attribute("role")?.value ?? "error"
        guard let severity = severities[role.lowercased()] else {
            throw Problem(
                file: file, line: line, message: "role=\"\(role)\" is not a severity: use error, warning or info")
        }
        var message: [MessagePart] = []
        for piece in element.content {
            switch piece {
            case .text(let text): message.append(.text(text))
            case .element(let child) where child.name == "value-of":
                guard let select = child.attribute("select")?.value else {
                    throw Problem(file: file, line: child.position.line, message: "<value-of> needs select")
                }
                message.append(.valueOf(try compile(select, child, file: file)))
            case .element(let child) where child.name == "name":
                message.append(.name(try child.attribute("path").map { attribute throws(Problem) in try compile(attribute.value, child, file: file) }))
            case .element(let child) where ["emph", "dir", "span"].contains(child.name):
                message.append(.text(child.text))
            case .element(let child):
                throw unsupported(child, file: file)
            }
        }
        return Check(
            kind: element.name == "assert" ? .assert : .report, test: try compile(test, element, file: file),
            code: DiagnosticCode(rawValue: id), severity: severity, message: message, line: line)
    }

    private static let severities: [String: Severity] = [
        "error": .error, "fatal": .error, "warning": .warning, "warn": .warning, "info": .note, "note": .note,
    ]

    /// A code a rule file may use: a letter, then letters, digits, `-` or `_`; not Trellis's `TR…`.
    static func isCode(_ id: String) -> Bool {
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        let scalars = Array(id.unicodeScalars)
        guard let first = scalars.first, isLetter(first), scalars.count <= 64,
            scalars.allSatisfy({ isLetter($0) || isDigit($0) || $0 == "-" || $0 == "_" })
        else { return false }
        return !(id.hasPrefix("TR") && scalars.count > 2 && isDigit(scalars[2]))
    }

    /// An XSLT-style pattern (`t:session`, `t:a | t:b`) as an XPath from the document: every
    /// relative branch is searched for anywhere in the document.
    static func absolute(_ pattern: String) -> String {
        var branches: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for character in pattern {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "[" || character == "(" {
                depth += 1
            } else if character == "]" || character == ")" {
                depth -= 1
            } else if character == "|" && depth == 0 {
                branches.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        branches.append(current)
        return branches.map { branch in
            let trimmed = branch.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("/") ? trimmed : "//" + trimmed
        }.joined(separator: " | ")
    }

    private static func compile(_ text: String, _ element: ParsedElement, file: String) throws(Problem) -> XPathExpression {
        do {
            return try XPathExpression(text)
        } catch {
            throw Problem(file: file, line: element.position.line, message: error.description)
        }
    }

    private static func unsupported(_ element: ParsedElement, file: String) -> Problem {
        Problem(
            file: file, line: element.position.line,
            message: "<\(element.name)> is not supported: Trellis runs ns, pattern, rule, assert and report "
                + "(with value-of and name in messages); see Documentation/WritingPlugins.md")
    }
}
