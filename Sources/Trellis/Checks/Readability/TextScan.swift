#if canImport(Glibc)
import Glibc
#endif

/// Fast scans of text over its UTF-8 bytes, for the rules that read every word of every pack:
/// no `Character` (grapheme) breaking, no intermediate strings. Bytes of 0x80 and above belong
/// to non-ASCII letters (or marks) and count as letters, which is what the rules need: their
/// markers and separators are all ASCII.
enum TextScan {
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }

    @inline(__always) static func isLetterByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }

    /// An ASCII letter in lower case; nil for any other byte.
    @inline(__always) static func lowercasedASCIILetter(_ byte: UInt8) -> UInt8? {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) ? byte | 0x20 : nil
    }

    /// True when `text` holds the byte (memchr: many bytes at a time).
    static func containsByte(_ text: String, _ byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Calls `body` with each maximal run of letters and digits, as bytes.
    static func words(_ text: String, _ body: (UnsafeBufferPointer<UInt8>.SubSequence) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = -1
            for index in 0...bytes.count {
                let inWord = index < bytes.count && isWordByte(bytes[index])
                if inWord {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    if body(bytes[start..<index]) { return true }
                    start = -1
                }
            }
            return false
        }
    }

    /// True when `text` holds `first`, then one or more whitespace bytes, then `second`,
    /// ignoring ASCII case (`Lorem\n ipsum`). Both words must be lower-case ASCII letters.
    static func containsPhrase(_ text: String, _ first: StaticString, _ second: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            first.withUTF8Buffer { a in
                second.withUTF8Buffer { b in
                    guard let base = bytes.baseAddress, let lead = a.first else { return a.isEmpty }
                    func matches(_ word: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
                        guard offset + word.count <= bytes.count else { return false }
                        var index = 0
                        while index < word.count {
                            if bytes[offset + index] | 0x20 != word[index] { return false }
                            index += 1
                        }
                        return true
                    }
                    // Only where the first letter is, in either case, can the phrase start:
                    // memchr finds those places many bytes at a time.
                    func search(from letter: UInt8) -> Bool {
                        var from = 0
                        while from < bytes.count, let found = memchr(base + from, Int32(letter), bytes.count - from) {
                            let index = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                            if matches(a, at: index) {
                                var after = index + a.count
                                let spaces = after
                                while after < bytes.count, isSpace(bytes[after]) { after += 1 }
                                if after > spaces, matches(b, at: after) { return true }
                            }
                            from = index + 1
                        }
                        return false
                    }
                    return search(from: lead) || search(from: lead & ~0x20)
                }
            }
        }
    }
}
