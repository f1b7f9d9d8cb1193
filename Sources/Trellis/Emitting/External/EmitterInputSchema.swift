import Foundation

/// The JSON Schema of `EmitterInput.json`, shipped as a resource (`trellis schema --emitter-input`).
public enum EmitterInputSchema {
    public static let text: String? = {
        Bundle.module.url(forResource: "emitter-input.schema", withExtension: "json")
            .flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    }()
}
