import Foundation
import Testing

@testable import Trellis

/// English words of ASCII letters are counted on their bytes, in place; every other word by the
/// `String` method. Both must give the same count for every word, or reading grades would move.
struct SyllableCounterTests {
    /// Every word of the bundled library (its packs, translations and tracks), and words made to
    /// reach each rule: silent endings, `-le`, `-es` and `-ed` stems, `y` as a vowel, digits only,
    /// apostrophes, capitals, and words too short to split.
    @Test func asciiWordsCountTheSameOnBytesAsByString() throws {
        var words: Set<String> = [
            "make", "table", "whole", "free", "tie", "toe", "eye", "boxes", "places", "wanted", "hundred",
            "kindled", "judges", "catches", "wishes", "jumped", "named", "cued", "dyed", "myth", "city", "rhythm",
            "about", "open", "ago", "10", "2027", "Don't", "CBT", "DBT-informed", "eee", "ses", "ed", "bled", "cycles",
            "a", "I", "strengths", "queue", "beautiful", "mindfulness", "x", "o'clock", "re-entry", "sometimes",
            "yes", "yoyo", "played", "obeyed", "cries", "tries", "agreed", "issue", "argues", "pursued", "tuned",
        ]
        let library = URL(fileURLWithPath: Fixtures.bundledLibrary)
        let files = FileManager.default.enumerator(at: library, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "xml" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for token in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }) { words.insert(String(token)) }
        }
        let ascii = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        #expect(ascii.count > 1_000)
        for word in ascii {
            var bytes = Array(word.utf8)
            let counted = bytes.withUnsafeMutableBufferPointer { buffer in
                SyllableCounter.count(ascii: UnsafeBufferPointer(buffer)[...])
            }
            #expect(counted == SyllableCounter.count(word), "\(word)")
        }
    }

    /// Every word of the bundled Spanish translations, and words made to reach each rule and each
    /// byte the fast path reads: capitals with accents, `ñ`, `ü`, final `y`, clusters, `¿¡`,
    /// quotes and dashes; and words it must leave to the `String` method (combining accents,
    /// other scripts), which must come back nil rather than a different count.
    @Test func spanishWordsCountTheSameOnBytesAsByString() throws {
        var words: Set<String> = [
            "¿Qué", "¡Hola!", "ÁRBOL", "Ñandú", "pingüino", "muy", "hay", "ayuda", "hablar", "escribir", "cómplices",
            "otro", "“siempre”", "—dijo", "años…", "2027", "¿10?", "perro", "calle", "chico", "poeta", "aéreo",
            "construcción", "transporte", "e\u{301}xito", "niño", "NIÑO", "€uro", "mañana’", "día", "a", "ÚLTIMO",
            "instrucciones", "abstracto", "x", "y", "ley", "reyes", "Über", "caña",
        ]
        let library = URL(fileURLWithPath: Fixtures.bundledLibrary)
        let files = FileManager.default.enumerator(at: library, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "xml", file.path.contains("translations") || file.lastPathComponent.contains(".es") else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for token in text.split(whereSeparator: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "-" }) { words.insert(String(token)) }
        }
        #expect(words.count > 1_000)
        var fast = 0
        for word in words {
            var bytes = Array(word.utf8)
            let counted = bytes.withUnsafeMutableBufferPointer { SpanishSyllableCounter.count(utf8: UnsafeBufferPointer($0)[...]) }
            guard let counted else { continue }
            fast += 1
            #expect(counted == SpanishSyllableCounter.count(word), "\(word)")
        }
        #expect(fast > words.count * 9 / 10)
        let decomposed = Array("e\u{301}xito".utf8).withUnsafeBufferPointer { SpanishSyllableCounter.count(utf8: $0[...]) }
        #expect(decomposed == nil)
    }

    @Test func aTextScoresTheSameAsItsWordsCountedByString() {
        let text = "Notice the urge. Name it, and let it pass like a wave: re-entry takes time, café or not!"
        let grade = ReadingGrade(text: text)
        let parts = text.split(separator: " ").flatMap { $0.split(separator: "-") }.map(String.init)
        #expect(grade.words == 18)
        #expect(grade.sentences == 2)
        #expect(grade.syllables == parts.map(SyllableCounter.count).reduce(0, +))
        #expect(grade.syllables == 21)
    }
}
