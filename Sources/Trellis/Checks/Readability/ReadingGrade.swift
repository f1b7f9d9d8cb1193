/// The Flesch–Kincaid grade level of a text, from its words, sentences and syllables.
///
/// grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
///
/// The text comes as units (each paragraph, list item, label and title on its own), because a
/// handout's labels and list items carry no full stops: each unit is at least one sentence, and
/// is split further at `.`, `!` and `?`. Nothing is rounded along the way.
public struct ReadingGrade: Hashable, Sendable {
    public let words: Int
    public let sentences: Int
    public let syllables: Int

    public init(units: [String]) {
        var words = 0
        var sentences = 0
        var syllables = 0
        for unit in units {
            let tokens = unit.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
            guard !tokens.isEmpty else { continue }
            words += tokens.count
            // A hyphenated word is one word whose parts each have their syllables.
            syllables += tokens.reduce(0) { total, token in
                total + token.split(separator: "-").reduce(0) { $0 + SyllableCounter.count(String($1)) }
            }
            let pieces = unit.split(whereSeparator: { ".!?".contains($0) }).filter { $0.contains(where: \.isLetter) }
            sentences += max(1, pieces.count)
        }
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
    }

    public init(text: String) {
        self.init(units: [text])
    }

    /// The grade, or nil for a text with no words.
    public var grade: Double? {
        guard words > 0, sentences > 0 else { return nil }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }
}
