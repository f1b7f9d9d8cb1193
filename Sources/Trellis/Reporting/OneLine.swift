/// Text from files made safe for one line of terminal or log output: every control character
/// (C0, DEL, C1, and the Unicode line and paragraph separators) is written as a visible `\u{…}`,
/// scalar by scalar. Swift's `Character` treats CR+LF as one character, so replacing `"\n"` in a
/// `String` misses it: a pack id with `&#13;&#10;` could otherwise forge a whole diagnostic line,
/// a GitHub workflow command, or an escape sequence on the reader's terminal.
enum OneLine {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// `text` with each control character as `\u{XX}`; a tab stays a tab.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return text.replacingScalars { scalar in
            isControl(scalar) && scalar != "\t" ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : nil
        }
    }
}
