/// The program that runs the tracks: its name, the numbers its packs point members to, its
/// standing protocols, its settings, and the pack versions its clinical lead approved.
public struct Program: Hashable, Sendable {
    public var id: String
    public var version: String
    public var name: String
    public var language: String?
    public var contacts: [Contact]
    public var protocols: [StandingProtocol]
    public var settings: [ProgramSetting]
    public var approvals: [Approval]
    public var origin: Origin

    public init(
        id: String, version: String, name: String, language: String? = nil, contacts: [Contact] = [],
        protocols: [StandingProtocol] = [], settings: [ProgramSetting] = [], approvals: [Approval] = [],
        origin: Origin = .code("program")
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.language = language
        self.contacts = contacts
        self.protocols = protocols
        self.settings = settings
        self.approvals = approvals
        self.origin = origin
    }

    public var file: String { origin.file }

    public func contact(id: String) -> Contact? { contacts.first { $0.id == id } }

    /// The protocols a guide in `language` prints: for each protocol id, in first-written order,
    /// the version in that language when there is one, else the one without a language of its own.
    public func protocols(in language: String) -> [StandingProtocol] {
        var ids: [String] = []
        for standing in protocols where !ids.contains(standing.id) { ids.append(standing.id) }
        return ids.compactMap { id in
            let versions = protocols.filter { $0.id == id }
            return versions.first { $0.language.map { Language.matches($0, language) } ?? false }
                ?? versions.first { $0.language == nil || $0.language.map { Language.matches($0, self.language ?? Language.standard) } == true }
                ?? versions.first
        }
    }

    /// The approval of exactly this pack version, if the program gave one.
    public func approval(pack: String, version: String) -> Approval? {
        approvals.first { $0.pack == pack && $0.version == version }
    }
}

/// A number or place a pack's text points members to; printed wherever `<contact ref>` stands.
public struct Contact: Hashable, Sendable {
    public var id: String
    public var label: String
    public var phone: String?
    /// An address or web page, when there is no phone (or as well as one).
    public var text: String?
    public var origin: Origin
    /// The label in other languages, by language (`<label xml:lang="es">`).
    public var labels: [String: String] = [:]
    /// The text in other languages, by language.
    public var texts: [String: String] = [:]

    public init(
        id: String, label: String, phone: String? = nil, text: String? = nil, origin: Origin = .code("contact"),
        labels: [String: String] = [:], texts: [String: String] = [:]
    ) {
        self.labels = labels
        self.texts = texts
        self.id = id
        self.label = label
        self.phone = phone
        self.text = text
        self.origin = origin
    }

    /// `Label (phone)`, `Label: text` or `Label (phone; text)`: what guides and handouts print.
    public var display: String { display(in: nil) }

    /// The display in `language`, from its label and text in that language where given.
    public func display(in language: String?) -> String {
        let primary = language.map(Language.primary)
        let label = primary.flatMap { labels[$0] } ?? self.label
        let text = primary.flatMap { texts[$0] } ?? self.text
        return switch (phone.flatMap { $0.isEmpty ? nil : $0 }, text.flatMap { $0.isEmpty ? nil : $0 }) {
        case (let phone?, let text?): "\(label) (\(phone); \(text))"
        case (let phone?, nil): "\(label) (\(phone))"
        case (nil, let text?): "\(label): \(text)"
        case (nil, nil): label
        }
    }
}

/// A standing procedure (a member under the influence, a crisis, an overdose on site), printed at
/// the start of every facilitator guide.
public struct StandingProtocol: Hashable, Sendable {
    public var id: String
    public var title: String
    public var blocks: [TextBlock]
    public var origin: Origin
    /// The language of this version of the protocol (`xml:lang`); nil: the program's language.
    public var language: String?

    public init(id: String, title: String, blocks: [TextBlock], origin: Origin = .code("protocol"), language: String? = nil) {
        self.language = language
        self.id = id
        self.title = title
        self.blocks = blocks
        self.origin = origin
    }
}

/// A program setting: a code's severity, or a named value.
public struct ProgramSetting: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `code` + `severity`: nil severity means `off`.
        case severity(code: DiagnosticCode, level: Severity?)
        /// `name` + `value`.
        case value(name: String, value: String)
        /// Neither shape (or both): reported, never applied.
        case malformed
    }

    public var kind: Kind
    public var origin: Origin

    public init(kind: Kind, origin: Origin = .code("setting")) {
        self.kind = kind
        self.origin = origin
    }

    /// The settings a program may name.
    public static let names = ["review-months", "reading-grade"]
}

/// A clinical lead's approval of exactly one pack version.
public struct Approval: Hashable, Sendable {
    public var pack: String
    public var version: String
    public var by: String
    public var date: CalendarDate
    public var origin: Origin

    public init(pack: String, version: String, by: String, date: CalendarDate, origin: Origin = .code("approval")) {
        self.pack = pack
        self.version = version
        self.by = by
        self.date = date
        self.origin = origin
    }
}
