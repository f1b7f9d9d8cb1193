/// Text made safe to place in Markdown: characters Markdown would read as markup are escaped.
public enum Markdown {
    /// Escapes `\ ` * _ [ ] < > | #` and leading list markers, and folds line breaks, so a title
    /// or sentence shows exactly as written.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~": result += "\\\(character)"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
