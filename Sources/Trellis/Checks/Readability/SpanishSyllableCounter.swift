/// Counts the syllables of a Spanish word from its spelling, with no dictionary.
///
/// Spanish spelling is regular: each run of vowels is one nucleus, and the consonants between
/// two nuclei split as Spanish divides words (one consonant goes with the next syllable; of two,
/// one each side unless they are a cluster that starts a syllable, such as `pr`, `bl`, `ch`,
/// `ll`, `rr`). As with English, a break counts only where it leaves at least two letters on
/// each side of it, the way printed hyphenation breaks words: this follows the hyphenation-based
/// counts of `textstat`'s Crawford grade, which Trellis is measured against (`ReadabilityTests`).
/// Vowels in hiatus (`po-e-ta`) are not split, as hyphenation does not split them either.
public enum SpanishSyllableCounter {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "ü"]
    private static let clusters: Set<String> = [
        "pl", "pr", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "tr", "kl", "kr", "ch", "ll", "rr",
    ]

    public static func count(_ word: String) -> Int {
        let letters = Array(word.lowercased().filter(\.isLetter))
        if letters.isEmpty { return word.contains { $0.isNumber } ? 1 : 0 }
        if letters.count <= 3 { return 1 }
        func isVowel(_ index: Int) -> Bool {
            // `y` is a vowel only at the end of a word (`hay`, `muy`); elsewhere a consonant (`ayuda`).
            vowels.contains(letters[index]) || (letters[index] == "y" && index == letters.count - 1)
        }
        var nuclei: [(start: Int, end: Int)] = []
        var index = 0
        while index < letters.count {
            guard isVowel(index) else {
                index += 1
                continue
            }
            var end = index
            while end < letters.count, isVowel(end) { end += 1 }
            nuclei.append((index, end))
            index = end
        }
        guard !nuclei.isEmpty else { return 1 }
        var syllables = 1
        for (first, second) in zip(nuclei, nuclei.dropFirst()) {
            let consonants = second.start - first.end
            let breakAt: Int
            switch consonants {
            case 0, 1:
                breakAt = first.end
            default:
                let lastTwo = String(letters[(second.start - 2)..<second.start])
                breakAt = clusters.contains(lastTwo) ? second.start - 2 : second.start - 1
            }
            if breakAt >= 2 && letters.count - breakAt >= 2 { syllables += 1 }
        }
        return syllables
    }
}
