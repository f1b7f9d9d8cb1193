/// Counts the syllables of an English word from its spelling, with no dictionary.
///
/// The method, in order:
/// 1. Keep the word's letters, lower-cased (`Don't` → `dont`). A word with no letters but a
///    digit (`10`) is one syllable; a word of three letters or fewer is one syllable.
/// 2. Drop endings that are not pronounced: a silent final `e` (`make`, but not `-le` after a
///    consonant as in `table`, nor `-ee`, `-ie`, `-oe`, `-ye`); a final `-es` or `-ed` unless it
///    follows a sound that keeps it a syllable (`boxes`, `places`, `wanted`, `hundred`).
/// 3. Each run of vowels is a syllable nucleus; `y` is a vowel after a consonant (`myth`, `city`).
/// 4. A break between two nuclei counts only where it leaves at least two letters on each side
///    of the word, the way printed hyphenation breaks words (so `about`, `open` and `ago` count
///    as one). This follows the hyphenation-based counts of `textstat`, which Trellis is
///    measured against (`ReadabilityTests`), and keeps short everyday words from inflating grades.
public enum SyllableCounter {
    public static func count(_ word: String) -> Int {
        var letters = word.lowercased().unicodeScalars
            .filter { ("a"..."z").contains($0) || $0.properties.isAlphabetic }
            .map(Character.init)
        if letters.isEmpty {
            return word.unicodeScalars.contains { ("0"..."9").contains($0) } ? 1 : 0
        }
        if letters.count <= 3 { return 1 }
        let fullLength = letters.count
        letters = droppingSilentEnding(letters)

        return syllables(letters: letters.count, fullLength: fullLength) { isVowel(letters, at: $0) }
    }

    /// The same count for a word of ASCII bytes, read in place: most words of most handouts
    /// are ASCII, and counting them this way costs less than looking them up by `String`.
    /// `SyllableCounterTests` holds it to the `String` method word for word.
    static func count(ascii word: UnsafeBufferPointer<UInt8>.SubSequence) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { letters in
            var count = 0
            var hasDigit = false
            for byte in word {
                if let letter = TextScan.lowercasedASCIILetter(byte) {
                    letters[count] = letter
                    count += 1
                } else if TextScan.isDigit(byte) {
                    hasDigit = true
                }
            }
            if count == 0 { return hasDigit ? 1 : 0 }
            if count <= 3 { return 1 }
            let kept = UnsafeBufferPointer(rebasing: letters[..<count])
            return syllables(letters: keptLength(kept), fullLength: count) { index in
                let letter = kept[index]
                if isPlainVowel(letter) { return true }
                return letter == UInt8(ascii: "y") && index > 0 && !isPlainVowel(kept[index - 1])
            }
        }
    }

    /// One syllable, and one more for each break between neighbouring vowel runs (of the first
    /// `letters`) that leaves two letters or more of the whole word (`fullLength`) on each side.
    private static func syllables(letters: Int, fullLength: Int, isVowel: (Int) -> Bool) -> Int {
        var syllables = 1
        forEachGap(letters: letters, isVowel: isVowel) { end, start in
            // A single consonant goes with the next syllable (ta-ken); of two or more, the
            // break falls after the first (win-dow).
            let split = start - end <= 1 ? end : end + 1
            if split >= 2 && fullLength - split >= 2 { syllables += 1 }
        }
        return syllables
    }

    /// Calls `body` with the end of each run of vowels and the start of the next, in order: the
    /// consonants between them are where a word may break.
    static func forEachGap(letters: Int, isVowel: (Int) -> Bool, _ body: (_ end: Int, _ nextStart: Int) -> Void) {
        var previousEnd = -1
        var index = 0
        while index < letters {
            guard isVowel(index) else {
                index += 1
                continue
            }
            var end = index
            while end < letters, isVowel(end) { end += 1 }
            if previousEnd >= 0 { body(previousEnd, index) }
            previousEnd = end
            index = end
        }
    }

    /// How many of the lower-cased ASCII letters are left once a silent ending is dropped: the
    /// rules of `droppingSilentEnding`, on bytes.
    private static func keptLength(_ letters: UnsafeBufferPointer<UInt8>) -> Int {
        let count = letters.count
        func last(_ offset: Int) -> UInt8 { offset < count ? letters[count - 1 - offset] : 0 }
        if last(0) == UInt8(ascii: "e") {
            let before = last(1)
            if isOneOf(before, "leioy") {
                if before == UInt8(ascii: "l"), count > 2, isVowelOrY(letters[count - 3]) { return count - 1 }
                return count
            }
            return count - 1
        }
        let ending = (last(1), last(0))
        let isES = ending == (UInt8(ascii: "e"), UInt8(ascii: "s"))
        guard isES || ending == (UInt8(ascii: "e"), UInt8(ascii: "d")), count > 4 else { return count }
        // The stem is all but the last two letters.
        let stemLast = last(2)
        let stemBefore = last(3)
        var keeps =
            isES
            ? isOneOf(stemLast, "sxzcg") || (stemLast == UInt8(ascii: "h") && isOneOf(stemBefore, "cs"))
            : isOneOf(stemLast, "td")
        if isOneOf(stemLast, "rl"), !isVowelOrY(stemBefore) { keeps = true }
        if keeps || stemLast == UInt8(ascii: "e") || stemLast == UInt8(ascii: "u") { return count }
        return count - 2
    }

    private static func isPlainVowel(_ letter: UInt8) -> Bool {
        isOneOf(letter, "aeiou")
    }

    private static func isVowelOrY(_ letter: UInt8) -> Bool {
        isOneOf(letter, "aeiouy")
    }

    /// Whether `letter` is one of the ASCII `letters`, read from the literal's bytes directly
    /// (a `String`'s `utf8.contains` costs a hundred-odd instructions a call here).
    @inline(__always) private static func isOneOf(_ letter: UInt8, _ letters: StaticString) -> Bool {
        let bytes = letters.utf8Start
        for index in 0..<letters.utf8CodeUnitCount where bytes[index] == letter { return true }
        return false
    }

    private static func droppingSilentEnding(_ letters: [Character]) -> [Character] {
        let word = String(letters)
        if word.hasSuffix("e") {
            if ["le", "ee", "ie", "oe", "ye"].contains(where: word.hasSuffix) {
                // `-le` is its own syllable after a consonant (ta-ble), silent after a vowel (whole).
                if word.hasSuffix("le"), letters.count > 2, isVowelOrY(letters[letters.count - 3]) {
                    return Array(letters.dropLast())
                }
                return letters
            }
            return Array(letters.dropLast())
        }
        guard word.hasSuffix("es") || word.hasSuffix("ed"), letters.count > 4 else { return letters }
        let stem = Array(letters.dropLast(2))
        let stemText = String(stem)
        var keeps =
            word.hasSuffix("es")
            ? ["s", "x", "z", "ch", "sh", "c", "g"].contains(where: stemText.hasSuffix)
            : ["t", "d"].contains(where: stemText.hasSuffix)
        // After a consonant and r or l the ending is a syllable of its own (hun-dred, kin-dled).
        if let last = stem.last, "rl".contains(last), !isVowelOrY(stem[stem.count - 2]) {
            keeps = true
        }
        if keeps || stemText.hasSuffix("e") || stemText.hasSuffix("u") { return letters }
        return stem
    }

    private static func isVowel(_ letters: [Character], at index: Int) -> Bool {
        let letter = letters[index]
        if isPlainVowel(letter) { return true }
        return letter == "y" && index > 0 && !isPlainVowel(letters[index - 1])
    }

    private static func isPlainVowel(_ letter: Character) -> Bool {
        "aeiou".contains(letter)
    }

    private static func isVowelOrY(_ letter: Character) -> Bool {
        "aeiouy".contains(letter)
    }
}
