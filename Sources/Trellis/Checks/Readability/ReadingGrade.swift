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
        self.init(units: units, language: language, syllables: SyllableCache())
    }

    /// Counts remembered between texts: words repeat across handouts, so a check that scores
    /// many handouts counts each distinct word once.
    final class SyllableCache {
        var counts: [String: Int] = [:]
    }

    init(units: [String], language: String, syllables cache: SyllableCache) {
        let language = Language.primary(language)
        self.language = language
        var words = 0
        var sentences = 0
        var syllables = 0
        for unit in units {
            let counted = Self.count(unit, language: language, cache: cache)
            guard counted.words > 0 else { continue }
            words += counted.words
            syllables += counted.syllables
            sentences += max(1, counted.sentences)
        }
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
    }

    public init(text: String, language: String = Language.standard) {
        self.init(units: [text], language: language)
    }

    /// Words (whitespace-separated tokens with a letter or digit), their syllables (a hyphenated
    /// word's parts each counted), and sentences (pieces between `.`, `!` and `?` with a letter)
    /// of one unit, read over its bytes; only tokens with non-ASCII letters take the slow path.
    private static func count(_ unit: String, language: String, cache: SyllableCache) -> (words: Int, sentences: Int, syllables: Int) {
        var text = unit
        return text.withUTF8 { bytes in
            var tally = Tally(bytes: bytes, spanish: language == "es", language: language, cache: cache)
            tally.run()
            return (tally.words, tally.sentences, tally.syllables)
        }
    }

    /// The counts of one unit, kept in a value rather than captured by nested functions, whose
    /// every step would go through run-time exclusivity checks.
    private struct Tally {
        let bytes: UnsafeBufferPointer<UInt8>
        let spanish: Bool
        let language: String
        let cache: SyllableCache
        var words = 0
        var sentences = 0
        var syllables = 0

        mutating func run() {
            var tokenStart = -1
            var tokenHasWord = false
            var tokenIsASCII = true
            var pieceHasLetter = false
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                    if pieceHasLetter { sentences += 1 }
                    pieceHasLetter = false
                } else if TextScan.isLetterByte(byte) {
                    pieceHasLetter = true
                }
                if TextScan.isSpace(byte) {
                    if tokenStart >= 0 { token(tokenStart..<index, hasWord: tokenHasWord, isASCII: tokenIsASCII) }
                    tokenStart = -1
                    continue
                }
                if tokenStart < 0 {
                    tokenStart = index
                    tokenHasWord = false
                    tokenIsASCII = true
                }
                if byte >= 0x80 { tokenIsASCII = false } else if TextScan.isWordByte(byte) { tokenHasWord = true }
            }
            if tokenStart >= 0 { token(tokenStart..<bytes.count, hasWord: tokenHasWord, isASCII: tokenIsASCII) }
            if pieceHasLetter { sentences += 1 }
        }

        private mutating func token(_ range: Range<Int>, hasWord: Bool, isASCII: Bool) {
            let isWord =
                isASCII
                ? hasWord
                : String(decoding: bytes[range], as: UTF8.self).unicodeScalars.contains {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }
            guard isWord else { return }
            words += 1
            var partStart = range.lowerBound
            for index in range.lowerBound...range.upperBound where index == range.upperBound || bytes[index] == UInt8(ascii: "-") {
                if index > partStart { syllables += count(bytes[partStart..<index], isASCII: isASCII) }
                partStart = index + 1
            }
        }

        /// Most words are counted in place, on their bytes: in English those of ASCII letters, in
        /// Spanish those of ASCII and Spanish letters. Any other is counted once per run, by string.
        private func count(_ part: UnsafeBufferPointer<UInt8>.SubSequence, isASCII: Bool) -> Int {
            if spanish {
                if let counted = SpanishSyllableCounter.count(utf8: part) { return counted }
            } else if isASCII || !part.contains(where: { $0 >= 0x80 }) {
                return SyllableCounter.count(ascii: part)
            }
            let word = String(decoding: part, as: UTF8.self)
            if let known = cache.counts[word] { return known }
            let counted = ReadingGrade.syllables(word, language)
            cache.counts[word] = counted
            return counted
        }
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
