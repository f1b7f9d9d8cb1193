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
        return syllables(letters: letters.count, isVowel: isVowel) { start in
            clusters.contains(String(letters[(start - 2)..<start]))
        }
    }

    /// One syllable, and one more for each break between vowel runs that leaves two letters or
    /// more on each side: one consonant goes with the next syllable; of two or more, the last
    /// goes with it, or the last two when they are a cluster (`clusterBefore(start)`).
    private static func syllables(letters: Int, isVowel: (Int) -> Bool, clusterBefore: (Int) -> Bool) -> Int {
        var syllables = 1
        SyllableCounter.forEachGap(letters: letters, isVowel: isVowel) { end, start in
            let breakAt = start - end <= 1 ? end : clusterBefore(start) ? start - 2 : start - 1
            if breakAt >= 2 && letters - breakAt >= 2 { syllables += 1 }
        }
        return syllables
    }

    /// The same count read over a word's UTF-8 bytes, for a word whose every character is one
    /// code point: ASCII, the Spanish letters `á é í ó ú ü ñ` (either case), and the marks
    /// `¿ ¡ ‘ ’ “ ” – — …`, which are not letters. Nil for any other word, which the `String`
    /// method counts. Most words of a Spanish handout qualify, and this costs a small fraction of
    /// the `Character` method. `SyllableCounterTests` holds the two to the same counts.
    static func count(utf8 word: UnsafeBufferPointer<UInt8>.SubSequence) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { letters -> Int? in
            // Letters as Latin-1 codes, lower-cased: ASCII as is, `á` as 0xE1, `ñ` as 0xF1.
            var count = 0
            var hasDigit = false
            var index = word.startIndex
            while index < word.endIndex {
                let byte = word[index]
                let remaining = word.endIndex - index
                switch byte {
                case 0..<0x80:
                    if let letter = TextScan.lowercasedASCIILetter(byte) {
                        letters[count] = letter
                        count += 1
                    } else if TextScan.isDigit(byte) {
                        hasDigit = true
                    }
                case 0xC3:
                    guard remaining >= 2 else { return nil }
                    let latin = (word[index + 1] &+ 0x40) | 0x20
                    guard word[index + 1] & 0xC0 == 0x80, isVowel(latin) || latin == 0xF1 else { return nil }
                    letters[count] = latin
                    count += 1
                    index += 1
                case 0xC2:
                    // `¡` and `¿`.
                    guard remaining >= 2, word[index + 1] == 0xA1 || word[index + 1] == 0xBF else { return nil }
                    index += 1
                case 0xE2:
                    // Quotes, dashes and the ellipsis: U+2013, U+2014, U+2018, U+2019, U+201C, U+201D, U+2026.
                    guard remaining >= 3, word[index + 1] == 0x80 else { return nil }
                    switch word[index + 2] {
                    case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: break
                    default: return nil
                    }
                    index += 2
                default:
                    return nil
                }
                index += 1
            }
            if count == 0 { return hasDigit ? 1 : 0 }
            if count <= 3 { return 1 }
            return syllables(letters: count) { index in
                isVowel(letters[index]) || (letters[index] == UInt8(ascii: "y") && index == count - 1)
            } clusterBefore: { start in
                isCluster(letters[start - 2], letters[start - 1])
            }
        }
    }

    /// `a e i o u á é í ó ú ü` as lower-cased Latin-1 codes.
    private static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            0xE1, 0xE9, 0xED, 0xF3, 0xFA, 0xFC:
            true
        default:
            false
        }
    }

    /// `pr`, `bl`, `ch`, `ll`, `rr` and the other pairs in `clusters`.
    private static func isCluster(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: "p"), UInt8(ascii: "l")), (UInt8(ascii: "p"), UInt8(ascii: "r")),
            (UInt8(ascii: "b"), UInt8(ascii: "l")), (UInt8(ascii: "b"), UInt8(ascii: "r")),
            (UInt8(ascii: "c"), UInt8(ascii: "l")), (UInt8(ascii: "c"), UInt8(ascii: "r")),
            (UInt8(ascii: "d"), UInt8(ascii: "r")), (UInt8(ascii: "f"), UInt8(ascii: "l")),
            (UInt8(ascii: "f"), UInt8(ascii: "r")), (UInt8(ascii: "g"), UInt8(ascii: "l")),
            (UInt8(ascii: "g"), UInt8(ascii: "r")), (UInt8(ascii: "t"), UInt8(ascii: "r")),
            (UInt8(ascii: "k"), UInt8(ascii: "l")), (UInt8(ascii: "k"), UInt8(ascii: "r")),
            (UInt8(ascii: "c"), UInt8(ascii: "h")), (UInt8(ascii: "l"), UInt8(ascii: "l")),
            (UInt8(ascii: "r"), UInt8(ascii: "r")):
            true
        default:
            false
        }
    }
}
