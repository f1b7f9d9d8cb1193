/// Text made safe to place in Markdown: characters Markdown would read as markup are escaped.
public enum Markdown {
    /// Escapes `\ ` * _ [ ] < > | #` and leading list markers, and folds line breaks, so a title
    /// or sentence shows exactly as written.
    public static func escape(_ text: String) -> String {
        // Scalar by scalar: as Characters, CR+LF is one character that matches neither "\n" nor
        // "\r", and a line break in a title would split a heading or a table row.
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~":
                result.append("\\")
                result.append(scalar)
            case _ where OneLine.isControl(scalar):
                result.append(" ")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
