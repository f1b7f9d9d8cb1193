/// Language tags as `xml:lang` writes them (`en`, `es`, `es-MX`).
public enum Language {
    /// The language of a pack or track that does not say.
    public static let standard = "en"

    /// The primary subtag, lower-cased: `es-MX` → `es`.
    public static func primary(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? "").lowercased()
    }

    /// True when two tags name the same language (`es` and `es-MX` do).
    public static func matches(_ first: String, _ second: String) -> Bool {
        !first.isEmpty && primary(first) == primary(second)
    }
}
