/// Text made safe for XML content and attribute values, for every XML Trellis writes itself
/// (JUnit reports, Word parts): markup characters escaped, and scalars XML 1.0 cannot carry at
/// all (control characters, U+FFFE, U+FFFF) dropped, since a single one makes the whole
/// document unreadable to its client.
enum XMLText {
    /// What a line break or tab becomes.
    enum Whitespace {
        /// A space: Word runs, where a break would need its own element.
        case space
        /// Kept: a tab as is and a line feed as `&#10;` (survives in attributes too); CR dropped.
        case kept
    }

    static func escape(_ text: String, whitespace: Whitespace) -> String {
        text.replacingScalars { scalar in
            if let entity = HTMLTextFormat.entity(scalar) { return entity }
            return switch scalar {
            case "\t", "\n", "\r" where whitespace == .space: " "
            case "\t": nil
            case "\n": "&#10;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: ""
            default: nil
            }
        }
    }
}
