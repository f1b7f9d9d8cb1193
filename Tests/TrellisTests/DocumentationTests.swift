import Foundation
import Testing
import Trellis

/// The reference in `Documentation/` is what users read: it must mention every element and
/// attribute the XSD declares, every diagnostic code, and every command; and its links must work.
@Suite
struct DocumentationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func read(_ path: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
    }

    /// The names the XSD declares for elements and for attributes.
    static func declaredNames() throws -> (elements: Set<String>, attributes: Set<String>) {
        let xsd = try #require(TrellisSchema.text)
        func names(_ kind: String) -> Set<String> {
            Set(xsd.matches(of: try! Regex("<xs:\(kind) name=\"([a-z-]+)\"")).compactMap { $0.output[1].substring.map(String.init) })
        }
        return (names("element"), names("attribute").union(["xml:lang"]))
    }

    @Test func theFormatReferenceMentionsEveryElementAndAttributeOfTheSchema() throws {
        let reference = try Self.read("Documentation/Reference/Formats.md")
        let (elements, attributes) = try Self.declaredNames()
        #expect(elements.count > 30)
        for element in elements.sorted() {
            #expect(reference.contains("`<\(element)>`"), "Formats.md never mentions <\(element)>")
        }
        for attribute in attributes.sorted() {
            #expect(reference.contains("`\(attribute)`"), "Formats.md never mentions the attribute \(attribute)")
        }
    }

    @Test func theDiagnosticsReferenceHasASectionForEveryCode() throws {
        let reference = try Self.read("Documentation/Reference/Diagnostics.md")
        for code in DiagnosticCode.builtInSummaries.keys.sorted() {
            #expect(reference.contains("### \(code.rawValue)"), "Diagnostics.md has no section for \(code)")
        }
    }

    @Test func theCommandReferenceMentionsEveryCommand() throws {
        let reference = try Self.read("Documentation/Reference/CommandLine.md")
        for command in ["validate", "list", "plan", "coverage", "render", "preview", "new pack", "new track", "schema", "plugins", "diff"] {
            #expect(reference.contains("trellis \(command)"), "CommandLine.md never shows trellis \(command)")
        }
    }

    @Test func everyRelativeLinkInTheDocumentationPointsAtAFile() throws {
        let manager = FileManager.default
        let documentation = Self.repository.appendingPathComponent("Documentation")
        let pages = ["README.md"] + (manager.enumerator(atPath: documentation.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") }.map { "Documentation/\($0)" } ?? [])
        #expect(pages.count > 3)
        for page in pages {
            let folder = Self.repository.appendingPathComponent(page).deletingLastPathComponent()
            for match in try Self.read(page).matches(of: /\]\(([^)#\s]+)/) {
                let target = String(match.output.1)
                guard !target.contains("://"), !target.hasPrefix("mailto:") else { continue }
                #expect(manager.fileExists(atPath: folder.appendingPathComponent(target).path), "\(page) links to \(target)")
            }
        }
    }
}
