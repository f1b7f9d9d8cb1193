/// The reading grade of a text, from its words, sentences and syllables, by its language's
/// formula:
///
/// - English (`en`), Flesch–Kincaid: 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
/// - Spanish (`es`), Crawford (1984): −0.205 × (sentences per 100 words) + 0.049 × (syllables per
///   100 words) − 3.407
///
/// A language with no formula here has no grade.
///
/// The text comes as units (each paragraph, list item, label and title on its own), because a
/// handout's labels and list items carry no full stops: each unit is at least one sentence, and
/// is split further at `.`, `!` and `?`. Nothing is rounded along the way.
public struct ReadingGrade: Hashable, Sendable {
    public let words: Int
    public let sentences: Int
    public let syllables: Int
    /// The language whose syllable rules and formula apply (its primary subtag).
    public let language: String

    /// The languages a formula exists for.
    public static let languages: Set<String> = ["en", "es"]

    public init(units: [String], language: String = Language.standard) {
        let language = Language.primary(language)
        self.language = language
        var words = 0
        var sentences = 0
        var syllables = 0
        for unit in units {
            let tokens = unit.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
            guard !tokens.isEmpty else { continue }
            words += tokens.count
            // A hyphenated word is one word whose parts each have their syllables.
            syllables += tokens.reduce(0) { total, token in
                total + token.split(separator: "-").reduce(0) { $0 + Self.syllables(String($1), language) }
            }
            let pieces = unit.split(whereSeparator: { ".!?".contains($0) }).filter { $0.contains(where: \.isLetter) }
            sentences += max(1, pieces.count)
        }
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
    }

    public init(text: String, language: String = Language.standard) {
        self.init(units: [text], language: language)
    }

    private static func syllables(_ word: String, _ language: String) -> Int {
        language == "es" ? SpanishSyllableCounter.count(word) : SyllableCounter.count(word)
    }

    /// The formula's name, for messages.
    public var formula: String { language == "es" ? "Crawford" : "Flesch–Kincaid" }

    /// The grade, or nil for a text with no words or a language with no formula.
    public var grade: Double? {
        guard words > 0, sentences > 0 else { return nil }
        switch language {
        case "en":
            return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
        case "es":
            let perHundred = 100 / Double(words)
            return -0.205 * Double(sentences) * perHundred + 0.049 * Double(syllables) * perHundred - 3.407
        default:
            return nil
        }
    }
}
