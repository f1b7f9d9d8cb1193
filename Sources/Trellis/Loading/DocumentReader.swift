import TrellisXML

/// Reads one pack, track, program or translation document from bytes: safe parse, schema validation, model.
public struct DocumentReader: Sendable {
    public var limits: ParserLimits

    public init(limits: ParserLimits = .standard) {
        self.limits = limits
    }

    /// Reads `bytes` as the document at `file` (the path as the user gave it).
    public func read(_ bytes: [UInt8], file: String) -> LoadedDocument {
        let schema: XMLSchema
        switch TrellisSchema.compiled {
        case .success(let compiled):
            schema = compiled
        case .failure(let unavailable):
            let diagnostic = Diagnostic.error(
                .schemaInvalid, at: SourceLocation(file: file),
                "the Trellis schema could not be loaded (\(unavailable.reason)); reinstall Trellis")
            return LoadedDocument(file: file, content: .unreadable, diagnostics: [diagnostic])
        }

        // The model is read from the live tree, inside the parser's call: no copy of the tree.
        let parsed = SafeXMLParser(limits: limits).read(bytes, validatingAgainst: schema) { root, problems in
            document(root, problems: problems, file: file)
        }
        guard let document = parsed.value else {
            let problems = parsed.problems.filter { !ParseMessage.followOns.contains($0.message) }
            return LoadedDocument(file: file, content: .unreadable, diagnostics: problems.map { diagnostic($0, file) })
        }
        return document
    }

    /// The document a parsed root holds, with the schema's problems as diagnostics.
    private func document(_ root: ElementView, problems: [XMLProblem], file: String) -> LoadedDocument {
        let location = SourceLocation(file: file, position: root.position)
        let kind = root.name
        guard root.namespace == XMLNamespace.curriculum, ["pack", "track", "program", "translation"].contains(kind) else {
            let diagnostic = Diagnostic.error(.schemaInvalid, at: location, SchemaMessage.notTrellisDocument(root: kind))
            return LoadedDocument(file: file, content: .unreadable, diagnostics: [diagnostic])
        }
        if kind == "pack", let crowded = Self.crowdedModule(root) {
            let diagnostic = Diagnostic.error(
                .overLimits, at: SourceLocation(file: file, position: crowded.position),
                "module \"\(crowded.id)\" has \(crowded.sessions) sessions; the limit is \(Self.maximumSessionsPerModule) per "
                    + "module: split it into several modules")
            return LoadedDocument(file: file, content: .unreadable, diagnostics: [diagnostic])
        }
        let content: LoadedDocument.Content =
            switch kind {
            case "pack": .pack(Pack(element: root, file: file))
            case "track": .track(Track(element: root, file: file))
            case "translation": .translation(Translation(element: root, file: file))
            default: .program(Program(element: root, file: file))
            }
        return LoadedDocument(file: file, content: content, diagnostics: schemaDiagnostics(problems, root, file))
    }

    /// Most sessions one module may hold. Real modules have tens; a rolling track over a module
    /// of ten thousand would need a cycle of thousands of weeks to plan and cover.
    static let maximumSessionsPerModule = 1_000

    /// The first module with more sessions than the limit: its id, where it is, and how many.
    private static func crowdedModule(_ root: ElementView) -> (id: String, position: SourcePosition, sessions: Int)? {
        for module in root.children(named: "module") {
            let sessions = module.children(named: "session").count
            if sessions > maximumSessionsPerModule {
                return (module.value(of: "id") ?? "", module.position, sessions)
            }
        }
        return nil
    }

    /// Schema problems as diagnostics, each at the attribute it is about when it names one
    /// (libxml2 reports them at the element), one per attribute.
    private func schemaDiagnostics(_ problems: [XMLProblem], _ root: ElementView, _ file: String) -> [Diagnostic] {
        guard !problems.isEmpty else { return [] }
        var elements: [SourcePosition: ElementView] = [:]
        func index(_ element: ElementView) {
            elements[element.position] = element
            element.children.forEach(index)
        }
        index(root)
        var attributesSeen = Set<SourcePosition>()
        return problems.compactMap { problem in
            var problem = problem
            if let name = SchemaMessage.attribute(in: problem.message) {
                let attribute = elements[problem.position]?.attributes.first {
                    $0.name == name || "xml:\($0.name)" == name
                }
                problem.position = attribute?.position ?? problem.position
                // libxml2 may report a list value twice (the item, then the list): keep the first.
                guard attributesSeen.insert(problem.position).inserted else { return nil }
            }
            return diagnostic(problem, file)
        }
    }

    private func diagnostic(_ problem: XMLProblem, _ file: String) -> Diagnostic {
        let location = SourceLocation(file: file, position: problem.position)
        switch problem.kind {
        case .malformed:
            return .error(.notWellFormed, at: location, "not well-formed XML: \(ParseMessage.humanize(problem.message))")
        case .forbidden:
            return .error(.forbiddenConstruct, at: location, "\(problem.message); remove it")
        case .tooLarge:
            if problem.message.hasPrefix("a text or attribute value") {
                return .error(.overLimits, at: location, "\(problem.message); shorten it or split it into several")
            }
            let message =
                problem.message.contains("Excessive depth") ? ParseMessage.tooDeep(limits.maximumDepth) : problem.message
            return .error(.overLimits, at: location, "\(message); split the file or flatten it")
        case .invalid:
            return .error(.schemaInvalid, at: location, SchemaMessage.humanize(problem.message))
        }
    }
}
