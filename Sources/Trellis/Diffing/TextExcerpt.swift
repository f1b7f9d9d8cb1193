/// Short quotes of changed text for a reviewer: the words that differ between two versions of
/// a sentence with a few words around them, or the start of a long text.
///
/// Works on words split at single spaces (the text is already folded, as `plainText` is), per
/// Unicode scalar, and in time linear in the text.
public enum TextExcerpt {
    /// Words of context kept on each side of a change.
    public static let context = 4
    /// Most words quoted from one side of a change, or from an added or removed text.
    public static let maximumWords = 30
    /// Texts up to this many words are quoted whole when they change.
    public static let wholeWords = 12

    /// The changed stretch of `old` and of `new`, each with up to `context` words around it and
    /// `…` where words were left out. Texts of up to `wholeWords` words are quoted whole.
    public static func pair(_ old: String, _ new: String) -> (before: String, after: String) {
        let oldWords = words(old)
        let newWords = words(new)
        if oldWords.count <= wholeWords, newWords.count <= wholeWords { return (old, new) }
        var prefix = 0
        while prefix < oldWords.count, prefix < newWords.count, oldWords[prefix] == newWords[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < oldWords.count - prefix, suffix < newWords.count - prefix,
            oldWords[oldWords.count - 1 - suffix] == newWords[newWords.count - 1 - suffix]
        {
            suffix += 1
        }
        func quote(_ words: [String]) -> String {
            let start = max(0, prefix - context)
            let end = min(words.count, words.count - suffix + context)
            return clipped(Array(words[start..<max(start, end)]), leading: start > 0, trailing: end < words.count)
        }
        return (quote(oldWords), quote(newWords))
    }

    /// `text`, or its first `maximumWords` words and `…`.
    public static func short(_ text: String) -> String {
        let all = words(text)
        return all.count <= maximumWords ? text : clipped(Array(all.prefix(maximumWords)), leading: false, trailing: true)
    }

    /// `words` joined, at most `maximumWords` of them (the middle left out), with `…` marking
    /// what was cut at either end.
    private static func clipped(_ words: [String], leading: Bool, trailing: Bool) -> String {
        var text: String
        if words.count > maximumWords {
            let half = maximumWords / 2
            text = words.prefix(half).joined(separator: " ") + " … " + words.suffix(half).joined(separator: " ")
        } else {
            text = words.joined(separator: " ")
        }
        if leading { text = "…" + text }
        if trailing { text += "…" }
        return text
    }

    static func words(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: " ").map { String(String.UnicodeScalarView($0)) }
    }
}
