import Foundation
import TrellisXML

/// The XSD for packs and tracks, shipped as a resource (`trellis schema` prints it).
public enum TrellisSchema {
    /// The schema's text, or nil when the resource bundle is missing (a broken install).
    public static let text: String? = {
        Bundle.module.url(forResource: "trellis", withExtension: "xsd")
            .flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    }()

    /// The compiled schema; compiled once, shared by every load.
    static let compiled: Result<XMLSchema, SchemaUnavailable> = {
        guard let text else { return .failure(SchemaUnavailable(reason: "the schema resource is missing")) }
        do {
            return .success(try XMLSchema(bytes: Array(text.utf8)))
        } catch {
            return .failure(SchemaUnavailable(reason: String(describing: error)))
        }
    }()

    struct SchemaUnavailable: Error {
        var reason: String
    }
}
