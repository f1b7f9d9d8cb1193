import Foundation

/// How inline text becomes a fragment of one output format, with the format's escaping.
/// Templates insert fragments with triple mustaches, so they must be safe as they are.
public protocol TextFormat: Sendable {
    /// Inline text (with emphasis) as a fragment.
    func fragment(_ text: InlineText) -> String
}

/// HTML fragments: text escaped, emphasis as `<em>` and `<strong>`.
public struct HTMLTextFormat: TextFormat {
    public init() {}

    public func fragment(_ text: InlineText) -> String {
        if let plain = text.plainRun { return Self.escape(plain) }
        return render(text.runs)
    }

    private func render(_ runs: [InlineRun]) -> String {
        runs.map { run in
            switch run {
            case .text(let string): Self.escape(string)
            case .emphasis(let inner): "<em>\(render(inner))</em>"
            case .strong(let inner): "<strong>\(render(inner))</strong>"
            case .contact(let contact): Self.escape(contact.text)
            }
        }.joined()
    }

    /// Escapes `& < > " '`, so text can never become markup. Scalar by scalar: as Characters,
    /// a quote followed by a combining mark (`"\u{301}`) is one character that is not `"`, and
    /// would close an attribute value unescaped.
    public static func escape(_ text: String) -> String {
        text.replacingScalars(entity)
    }

    /// The character reference for a scalar that markup reserves, in HTML and XML alike.
    static func entity(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        default: nil
        }
    }
}

/// Markdown fragments: text escaped, emphasis as `*…*` and `**…**`, whitespace folded to
/// single spaces (XML indentation is not meaningful).
public struct MarkdownTextFormat: TextFormat {
    public init() {}

    public func fragment(_ text: InlineText) -> String {
        if let plain = text.plainRun { return Markdown.escape(Self.fold(plain)).trimmingCharacters() }
        return render(text.runs).trimmingCharacters()
    }

    private func render(_ runs: [InlineRun]) -> String {
        runs.map { run in
            switch run {
            case .text(let string): Markdown.escape(Self.fold(string))
            case .emphasis(let inner): "*\(render(inner).trimmingCharacters())*"
            case .strong(let inner): "**\(render(inner).trimmingCharacters())**"
            case .contact(let contact): Markdown.escape(contact.text)
            }
        }.joined()
    }

    /// Runs of whitespace (line breaks included) as one space, kept at either end.
    static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if String.isWhitespace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        if pendingSpace { result.append(" ") }
        return String(result)
    }
}

extension Substring {
    func trimmingCharacters() -> String { String(self).trimmingCharacters() }
}
