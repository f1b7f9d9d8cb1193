/// Text made safe to place in Markdown: characters Markdown would read as markup are escaped.
public enum Markdown {
    /// Escapes `\ ` * _ [ ] < > | #` and leading list markers, and folds line breaks, so a title
    /// or sentence shows exactly as written.
    public static func escape(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~": "\\" + String(scalar)
            case _ where OneLine.isControl(scalar): " "
            default: nil
            }
        }
    }
}
