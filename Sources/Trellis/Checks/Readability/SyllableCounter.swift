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

        var nuclei: [(start: Int, end: Int)] = []
        var index = 0
        while index < letters.count {
            guard isVowel(letters, at: index) else {
                index += 1
                continue
            }
            var end = index
            while end < letters.count, isVowel(letters, at: end) { end += 1 }
            nuclei.append((index, end))
            index = end
        }
        var syllables = 1
        for (first, second) in zip(nuclei, nuclei.dropFirst()) {
            // A single consonant goes with the next syllable (ta-ken); of two or more, the
            // break falls after the first (win-dow).
            let gap = second.start - first.end
            let split = gap <= 1 ? first.end : first.end + 1
            if split >= 2 && fullLength - split >= 2 { syllables += 1 }
        }
        return syllables
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
