import Foundation
import TrellisXML

/// The rules of one Schematron file in a `rules/` folder on the curricula path: rules as data,
/// reported like any other rule's (all five report formats, `--warnings-as-errors`).
///
/// Each assert that fails, and each report that fires, is one diagnostic: its `id` is the code,
/// its `role` the severity, its text the message, at the line and column of the node it fired on.
public struct SchematronRule: Rule {
    let schema: SchematronSchema
    let limits: ParserLimits

    /// The file the rules came from.
    public var file: String { schema.file }
    public var code: DiagnosticCode { schema.codes.first ?? "SCH" }
    public var codes: [DiagnosticCode] { schema.codes }

    public func summary(of code: DiagnosticCode) -> String {
        schema.summary(of: code) ?? code.rawValue
    }

    /// Why the rule files cannot be used.
    public struct LoadFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The `*.sch` files in the `rules/` folder of each curricula directory, in path order.
    public static func load(from path: CurriculaPath, limits: ParserLimits) throws(LoadFailure) -> [SchematronRule] {
        var rules: [SchematronRule] = []
        for directory in path.directories {
            let folder = URL(fileURLWithPath: directory).appendingPathComponent("rules")
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sch") }.sorted()
            } catch {
                throw LoadFailure(description: "\(folder.path): the rules folder cannot be listed (\(error.localizedDescription))")
            }
            for name in names {
                let file = (directory.hasSuffix("/") ? directory : directory + "/") + "rules/" + name
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw LoadFailure(description: "\(file): cannot be read")
                }
                do {
                    rules.append(SchematronRule(schema: try SchematronSchema(file: file, bytes: [UInt8](data), limits: limits), limits: limits))
                } catch {
                    throw LoadFailure(description: "\(error.description) (a rules file must be usable before anything is checked)")
                }
            }
        }
        return rules
    }

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.flatMap { document -> [Diagnostic] in
            guard let data = FileManager.default.contents(atPath: document.file) else { return [] }
            let result = SafeXMLParser(limits: limits).query([UInt8](data)) { tree in evaluate(tree, file: document.file) }
            return (try? result.get()) ?? []
        }
    }

    private func evaluate(_ tree: XPathTree, file: String) -> [Diagnostic] {
        let namespaces = schema.namespaces
        var diagnostics: [Diagnostic] = []
        for pattern in schema.patterns {
            // A node is checked by the first rule of a pattern whose context selects it.
            var taken = Set<XPathNode>()
            for rule in pattern.rules {
                guard case .nodes(let nodes) = tree.evaluate(rule.context, namespaces: namespaces) else { continue }
                for node in nodes where taken.insert(node).inserted {
                    for check in rule.checks {
                        let holds = tree.boolean(check.test, at: node, namespaces: namespaces)
                        guard (check.kind == .assert && !holds) || (check.kind == .report && holds) else { continue }
                        diagnostics.append(
                            Diagnostic(
                                check.severity, check.code, at: SourceLocation(file: file, position: node.position),
                                message(check, node, tree)))
                    }
                }
            }
        }
        return diagnostics
    }

    private func message(_ check: SchematronSchema.Check, _ node: XPathNode, _ tree: XPathTree) -> String {
        let text = check.message.map { part -> String in
            switch part {
            case .text(let text): text
            case .valueOf(let expression): tree.string(expression, at: node, namespaces: schema.namespaces)
            case .name(nil): node.name
            case .name(let expression?):
                if case .nodes(let selected) = tree.evaluate(expression, at: node, namespaces: schema.namespaces) {
                    selected.first?.name ?? ""
                } else {
                    ""
                }
            }
        }.joined()
        let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return folded.isEmpty ? "\(check.kind == .assert ? "assertion" : "report") \(check.test.text) (\(file))" : folded
    }
}

/// Registers the rule files found on the curricula path, as the plugin `rules`.
public struct DataRulesPlugin: Plugin {
    public let name = "rules"
    public let rules: [SchematronRule]

    public init(rules: [SchematronRule]) {
        self.rules = rules
    }

    public func install(into registry: inout PluginRegistry) {
        for rule in rules { registry.register(rule) }
    }
}
