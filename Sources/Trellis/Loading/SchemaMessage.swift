import Foundation

/// Turns libxml2's schema-validity messages into sentences a clinical lead can act on:
/// the element in angle brackets, what is allowed there, and what a value must look like.
///
/// libxml2 words its messages one way (`Element '{urn:…}sesion': This element is not
/// expected. Expected is one of ( {urn:…}summary, {urn:…}session ).`); anything not
/// recognised is passed through with the namespace noise removed.
enum SchemaMessage {
    /// The attribute a message is about, if it names one (`Element 'x', attribute 'y': …`).
    static func attribute(in raw: String) -> String? {
        raw.firstMatch(of: /^Element '[^']+', attribute '([^']+)'/).map { String($0.1) }
    }

    static func humanize(_ raw: String) -> String {
        let message = raw.replacingOccurrences(of: "{\(XMLNamespace.curriculum)}", with: "")
        guard let head = message.firstMatch(of: /^Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$/) else {
            return message
        }
        let element = String(head.1)
        let attribute = head.2.map(String.init)
        let detail = String(head.3)

        if let attribute {
            if detail.contains("is not allowed") && detail.hasPrefix("The attribute") {
                return "<\(element)> does not take the attribute \(attribute); remove it or check its spelling."
            }
            let value = detail.firstMatch(of: /The value '([^']*)'/)?.1 ?? detail.firstMatch(of: /^'([^']*)'/)?.1
            let shown = value.map { "\(attribute)=\"\($0)\"" } ?? attribute
            return "\(shown) on <\(element)> is not valid: \(attribute) must be \(explanation(element: element, attribute: attribute))."
        }
        if let missing = detail.firstMatch(of: /The attribute '([^']+)' is required but missing/) {
            return "<\(element)> needs the attribute \(missing.1)."
        }
        if detail.hasPrefix("This element is not expected") {
            var sentence = "<\(element)> is not allowed here."
            let expected = expectedElements(in: detail)
            if !expected.isEmpty {
                sentence += " Expected here: \(list(expected))."
                if let guess = expected.first(where: { isTypo($0, of: element) }) {
                    sentence += " Did you mean <\(guess)>?"
                }
            }
            if let order = orderHint[element] { sentence += " \(order)" }
            return sentence
        }
        if detail.hasPrefix("Missing child element") {
            return "<\(element)> is missing a child element: expected \(list(expectedElements(in: detail)))."
        }
        if detail.hasPrefix("Character content other than whitespace is not allowed") {
            return "<\(element)> cannot hold text directly; put the text inside a child element"
                + (blockParents.contains(element) ? " such as <p>." : ".")
        }
        if detail.hasPrefix("Element content is not allowed") {
            return "<\(element)> holds plain text only; remove the elements inside it."
        }
        if detail.contains("minimum length of '1'") || detail.hasPrefix("'' is not a valid value") {
            return "<\(element)> must not be empty."
        }
        if detail.hasPrefix("No matching global declaration") {
            return notTrellisDocument(root: element)
        }
        return "<\(element)>: \(detail)"
    }

    /// The message for a root element that is neither a pack nor a track in the Trellis namespace.
    static func notTrellisDocument(root: String) -> String {
        "this is not a Trellis document: the root element is <\(root)>, but it must be <pack>, <track>, <program> or <translation> "
            + "with xmlns=\"\(XMLNamespace.curriculum)\"."
    }

    private static func expectedElements(in detail: String) -> [String] {
        guard let group = detail.firstMatch(of: /Expected is (?:one of )?\( ([^)]*) \)/) else { return [] }
        return group.1.split(separator: ",").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
    }

    private static func list(_ names: [String]) -> String {
        let tags = names.map { "<\($0)>" }
        guard tags.count > 1 else { return tags.first ?? "nothing" }
        return tags.dropLast().joined(separator: ", ") + " or " + tags.last!
    }

    /// True when `candidate` is one or two edits from `word`: close enough to be a typo.
    static func isTypo(_ candidate: String, of word: String) -> Bool {
        let a = Array(candidate)
        let b = Array(word)
        guard a != b, abs(a.count - b.count) <= 2 else { return false }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count] <= 2
    }

    private static let blockParents: Set<String> = ["script", "section", "handout"]

    /// For elements that belong to one parent only: the order that parent requires.
    private static let orderHint: [String: String] = {
        let session = "Inside <session> the order is objective, requires, material, caution, activity, homework."
        let pack =
            "Inside <pack> the order is title, summary, audience, approach, reference, author, review, module, handout."
        let track = "Inside <track> the order is summary, calendar, day, stream."
        let calendar = "Inside <calendar> the order is meets, then closed."
        return [
            "objective": session, "requires": session, "material": session, "caution": session,
            "activity": session, "homework": session,
            "audience": pack, "approach": pack, "reference": pack, "author": pack, "review": pack,
            "handout": pack, "module": pack,
            "calendar": track, "day": track, "stream": track,
            "meets": calendar, "closed": calendar,
        ]
    }()

    private static func explanation(element: String, attribute: String) -> String {
        explanations["\(element)/\(attribute)"] ?? explanations[attribute] ?? "a valid value (see Documentation/Reference/Formats.md)"
    }

    /// What each attribute's value must look like, in plain words.
    private static let explanations: [String: String] = [
        "session/minutes": "a whole number of minutes from 15 to 240",
        "minutes": "a whole number of minutes, 1 or more",
        "reading-grade": "a school grade from 1 to 18, such as 8",
        "track/weeks": "a whole number of weeks from 1 to 104",
        "stream/weeks": "a week such as 3, or a range of weeks such as 1-4",
        "admission": "closed or rolling",
        "level-of-care": "1, 2.1 or 2.5",
        "population": "adult or adolescent",
        "group-size": "a whole number from 1 to 200",
        "day": "one of mon, tue, wed, thu, fri, sat, sun",
        "days": "meeting days separated by spaces, such as \"mon wed\" (mon, tue, wed, thu, fri, sat, sun)",
        "at": "a 24-hour time with two-digit hours, such as 09:00",
        "start": "a date written YYYY-MM-DD between 1900 and 2199, with no time zone, such as 2027-01-04",
        "date": "a date written YYYY-MM-DD between 1900 and 2199, with no time zone, such as 2027-01-04",
        "order": "as-listed or prerequisites",
        "stay": "a week of a member's stay such as 1, or a range such as 1-2",
        "setting/name": "review-months or reading-grade",
        "severity": "off, note, warning or error",
        "code": "a diagnostic code such as TR108",
        "phone": "not empty",
        "text": "not empty",
        "lines": "a whole number of lines from 1 to 40",
        "min": "a whole number from -100 to 100",
        "max": "a whole number from -100 to 100",
        "id": "not empty",
        "title": "not empty",
        "label": "not empty",
        "ref": "not empty",
        "kind": "not empty",
        "version": "not empty",
    ]
}
