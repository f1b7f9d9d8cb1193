/// What language a render prints in, and the translations that give packs' text in it.
///
/// Guides are in `language`; handouts in each of `handoutLanguages` (the first is `language`).
/// A session or handout with no translation into a language stays in its pack's own language,
/// and the guide says so where it prints it.
public struct Localization: Sendable {
    /// The language of guides, the index and the calendar, and of the first set of handouts.
    public let language: String
    /// Every language handouts are printed in, `language` first.
    public let handoutLanguages: [String]
    /// The interface strings of each language in `handoutLanguages`.
    public let strings: [String: InterfaceStrings]
    private let translated: [String: Pack]

    /// English, with no translations: what a render without `--language` uses for an English track.
    public static let standard = Localization(language: Language.standard)

    /// A localization for `language` and `handoutLanguages`, with the translations in
    /// `translations` applied to `packs`. A language with no interface table prints English
    /// interface text (the CLI refuses such a language before it gets here).
    public init(language: String, handoutLanguages: [String] = [], packs: [Pack] = [], translations: [Translation] = []) {
        let language = Language.primary(language)
        self.language = language
        var languages = [language]
        for other in handoutLanguages.map(Language.primary) where !languages.contains(other) { languages.append(other) }
        self.handoutLanguages = languages
        strings = Dictionary(uniqueKeysWithValues: languages.map { ($0, InterfaceStrings.load($0) ?? .english) })
        var translated: [String: Pack] = [:]
        for pack in packs {
            for other in languages where !Language.matches(pack.language ?? Language.standard, other) {
                let key = "\(pack.id)/\(other)"
                if translated[key] == nil, let translation = translations.first(where: {
                    $0.pack == pack.id && Language.matches($0.language, other)
                }) {
                    translated[key] = pack.translated(by: translation)
                }
            }
        }
        self.translated = translated
    }

    /// The interface strings of guides (and of the first handouts).
    public var interface: InterfaceStrings { strings[language] ?? .english }

    /// The strings of `language`.
    public func interface(_ language: String) -> InterfaceStrings { strings[Language.primary(language)] ?? .english }

    /// `session` of pack `namespace` in `language`, and the language it is actually in when
    /// that is another (no translation gives it).
    public func session(_ session: Session, of namespace: String, in language: String, source: String?)
        -> (session: Session, fallback: String?)
    {
        localized(session, of: namespace, in: language, source: source) { $0.session(id: session.id) }
    }

    /// `handout` of pack `namespace` in `language`, and the language it is actually in when
    /// that is another.
    public func handout(_ handout: Handout, of namespace: String, in language: String, source: String?)
        -> (handout: Handout, fallback: String?)
    {
        localized(handout, of: namespace, in: language, source: source) { $0.handout(id: handout.id) }
    }

    /// The translated pack's version of `item` when it differs from the source's (a translation
    /// gave its words), else `item` and the source language.
    private func localized<Item: Equatable>(
        _ item: Item, of namespace: String, in language: String, source: String?, find: (Pack) -> Item?
    ) -> (Item, String?) {
        let source = source ?? Language.standard
        guard !Language.matches(source, language) else { return (item, nil) }
        if let pack = translated["\(namespace)/\(Language.primary(language))"], let words = find(pack), words != item {
            return (words, nil)
        }
        return (item, source)
    }
}
