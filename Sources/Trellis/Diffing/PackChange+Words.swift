extension PackChange {
    /// How a change quotes its text: on the headline's line, or before and after on lines of their own.
    public enum Quotation: Hashable, Sendable {
        case none
        case inline(String)
        case beforeAfter(before: String, after: String)
    }

    /// What changed, in words: "objective added", "minutes changed",
    /// "activity 2 “A slip is not the whole road” (teach), script paragraph changed". Unescaped:
    /// each output format escapes it.
    public var headline: String {
        let subject: String? =
            switch aspect {
            case .activity: nil
            case .text: part ?? aspect.words  // "paragraph changed": a handout is all text
            default: aspect.words + (part.map { " \($0)" } ?? "")
            }
        let who = [activity?.description, subject].compactMap { $0 }.joined(separator: ", ")
        return "\(who) \(kind.rawValue)"
    }

    /// The text of the change, short: the added or removed text, or the old and new words around
    /// the change; on one line when both sides are a few words.
    public var quotation: Quotation {
        switch kind {
        case .added: return after.map { .inline(quote(TextExcerpt.short($0))) } ?? .none
        case .removed: return before.map { .inline(quote(TextExcerpt.short($0))) } ?? .none
        case .moved:
            if aspect == .activity, let before, let after { return .inline("\(before) → \(after)") }
            return after.map { .inline(quote(TextExcerpt.short($0))) } ?? .none
        case .changed:
            guard let before, let after else { return .none }
            let (old, new) = TextExcerpt.pair(before, after)
            if TextExcerpt.words(old).count + TextExcerpt.words(new).count <= Self.inlineWords {
                return .inline("\(quote(old)) → \(quote(new))")
            }
            return .beforeAfter(before: quote(old), after: quote(new))
        }
    }

    /// Most words, both sides together, quoted on one line.
    static let inlineWords = 12

    /// Text the pack's authors wrote is quoted; numbers, ids and lists of ids are not.
    private func quote(_ text: String) -> String {
        switch aspect {
        case .minutes, .module, .kind, .handout, .readingGrade, .sessionOrder, .language, .review, .prerequisite,
            .suppression:
            text
        default:
            "“\(text)”"
        }
    }
}
