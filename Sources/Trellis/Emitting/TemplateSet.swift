import Foundation
import Mustache

/// The Mustache templates documents are made from: the bundled set, with any a clinic puts in
/// a `--templates` folder replacing the bundled one of the same name (its logo, its name, its
/// wording).
///
/// A template named `X.html.mustache` renders HTML and escapes values as HTML; Markdown
/// templates start with `{{% CONTENT_TYPE: MARKDOWN }}` and escape values as Markdown.
/// Triple mustaches (`{{{text}}}`) insert fragments the emitter already escaped.
public struct TemplateSet: Sendable {
    /// A template that cannot be used, with where and why.
    public struct Problem: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    /// The templates, by name (file name without `.mustache`).
    let library: MustacheLibrary
    /// The names, sorted, for messages and tests.
    public let names: [String]
    /// Override files whose names no document uses, so a clinic learns of a misspelled file.
    public let unusedOverrides: [String]

    /// The folder of the bundled templates.
    public static var bundledFolder: URL? { Bundle.module.url(forResource: "Templates", withExtension: nil) }

    /// The bundled templates, then those plugins ship (`plugins`, source by name), then those in
    /// `overrides` (a folder), each taking the place of an earlier one of the same name.
    public static func load(plugins: [String: String] = [:], overrides: String? = nil) throws(Problem) -> TemplateSet {
        _ = markdownContentType
        guard let bundled = bundledFolder else {
            throw Problem(file: "Templates", message: "the bundled templates are missing from this installation")
        }
        var texts: [String: String] = [:]
        var templates = try read(folder: bundled.path, texts: &texts)
        for name in plugins.keys.sorted() {
            templates[name] = try parse(plugins[name]!, name: name, file: "plugin template \(name).mustache")
            texts[name] = plugins[name]!
        }
        var unused: [String] = []
        if let overrides {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides, isDirectory: &isFolder), isFolder.boolValue else {
                throw Problem(file: overrides, message: "no such folder of templates")
            }
            for (name, template) in try read(folder: overrides, texts: &texts) {
                if templates[name] == nil { unused.append(name) }
                templates[name] = template
            }
        }
        if let cycle = unconditionalCycle(texts) {
            throw Problem(
                file: "\(cycle[0]).mustache",
                message: "the templates include each other without end: "
                    + cycle.map { "\($0).mustache" }.joined(separator: " → ")
                    + "; put the inclusion inside a section ({{#parts}}…{{/parts}}) or remove it")
        }
        return TemplateSet(
            library: MustacheLibrary(templates: templates), names: templates.keys.sorted(), unusedOverrides: unused.sorted())
    }

    /// Renders the template `name` with `context`.
    public func render(_ name: String, _ context: [String: Any]) throws(Problem) -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw Problem(file: "\(name).mustache", message: "no such template")
        }
        return text
    }

    /// A chain of templates that include one another outside any section, so rendering would
    /// never end (`{{> handout.md}}` at the top of `handout.md.mustache`), or nil. An inclusion
    /// inside a section recurses over smaller data (a section's parts) and ends.
    static func unconditionalCycle(_ texts: [String: String]) -> [String]? {
        var edges: [String: [String]] = [:]
        for (name, text) in texts {
            var depth = 0
            for match in text.matches(of: /\{\{\s*([#^\/>])\s*([^}\s]+)\s*\}\}/) {
                switch match.output.1 {
                case "#", "^": depth += 1
                case "/": depth = max(0, depth - 1)
                default: if depth == 0 { edges[name, default: []].append(String(match.output.2)) }
                }
            }
        }
        var visiting: [String] = []
        var done = Set<String>()
        func visit(_ name: String) -> [String]? {
            if let start = visiting.firstIndex(of: name) { return Array(visiting[start...]) + [name] }
            guard !done.contains(name) else { return nil }
            visiting.append(name)
            defer { visiting.removeLast(); done.insert(name) }
            for next in edges[name] ?? [] {
                if let cycle = visit(next) { return cycle }
            }
            return nil
        }
        for name in texts.keys.sorted() {
            if let cycle = visit(name) { return cycle }
        }
        return nil
    }

    private static func read(folder: String, texts: inout [String: String]) throws(Problem) -> [String: MustacheTemplate] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var templates: [String: MustacheTemplate] = [:]
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let path = (folder as NSString).appendingPathComponent(file)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw Problem(file: path, message: "cannot be read as UTF-8 text")
            }
            templates[String(file.dropLast(".mustache".count))] = try parse(text, name: String(file.dropLast(".mustache".count)), file: path)
            texts[String(file.dropLast(".mustache".count))] = text
        }
        return templates
    }

    /// Parses a template. An HTML template (`NAME.html`) that sets no content type of its own is
    /// escaped with Trellis's HTML escaping, which works per Unicode scalar: the library's own
    /// works per Character, and a quote followed by a combining mark would close an attribute.
    private static func parse(_ text: String, name: String, file: String) throws(Problem) -> MustacheTemplate {
        let pragma = name.hasSuffix(".html") && !text.hasPrefix("{{%") ? "{{% CONTENT_TYPE: HTML }}\n" : ""
        do {
            return try MustacheTemplate(string: pragma + text)
        } catch let error as MustacheTemplate.ParserError {
            throw Problem(
                file: file,
                message: "line \(error.context.lineNumber - (pragma.isEmpty ? 0 : 1)), column \(error.context.columnNumber): "
                    + "\(error.error) in \"\(error.context.line.trimmingCharacters(in: .whitespaces))\"")
        } catch {
            throw Problem(file: file, message: "\(error)")
        }
    }

    /// Registers the `MARKDOWN` content type once (values escaped for Markdown), and replaces
    /// `HTML` with escaping per scalar.
    private static let markdownContentType: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(HTMLContentType(), named: "HTML")
    }()

    struct HTMLContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLTextFormat.escape(text) }
    }

    struct MarkdownContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { Markdown.escape(text) }
    }
}
