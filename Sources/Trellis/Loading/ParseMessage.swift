/// Turns libxml2's well-formedness messages into sentences that say what to change.
///
/// The common mistakes of hand-written XML come first: a bare `&`, an HTML entity such as
/// `&nbsp;`, an end tag that does not match, a file cut short, a file saved in another
/// encoding. Anything else keeps libxml2's wording.
enum ParseMessage {
    /// Follow-on messages libxml2 adds after the real one, at the same place: dropped.
    static let followOns: Set<String> = ["attributes construct error"]

    static func humanize(_ raw: String) -> String {
        let message = raw.split(separator: "\n").first.map(String.init) ?? raw
        if message.hasPrefix("xmlParseEntityRef: no name") || message.hasPrefix("EntityRef: expecting ';'") {
            return "a bare & in text: write it as &amp;"
        }
        if let match = message.firstMatch(of: /^Entity '([^']+)' not defined/) {
            return "&\(match.1); is not defined in XML: write the character itself, or &amp;\(match.1); for the text"
        }
        if let match = message.firstMatch(of: /^Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)/) {
            return "the end tag </\(match.3)> does not match the start tag <\(match.1)> on line \(match.2)"
        }
        if let match = message.firstMatch(of: /^Premature end of data in tag (\S+) line (\d+)/) {
            return "the file ends before <\(match.1)> (opened on line \(match.2)) is closed; it may be cut short"
        }
        if let match = message.firstMatch(of: /^Couldn't find end of Start Tag (\S+) line (\d+)/) {
            return "the start tag <\(match.1)> on line \(match.2) is not closed with >"
        }
        if message.hasPrefix("AttValue: \" or ' expected") {
            return "an attribute value must be in quotes, like minutes=\"60\""
        }
        if message.hasPrefix("Input is not proper UTF-8") || message.hasPrefix("Char 0x") {
            let bytes = raw.firstMatch(of: /Bytes: (0x[0-9A-F]{2})/).map { " (byte \($0.1))" } ?? ""
            return "the file is not UTF-8 text\(bytes): save it with UTF-8 encoding"
        }
        if message.hasPrefix("Document is empty") || message.hasPrefix("Start tag expected") {
            return "the file does not start with an XML element; is it a pack or track at all?"
        }
        if message.hasPrefix("Extra content at the end of the document") {
            return "there is more after the root element ends: a file holds one <pack> or one <track>"
        }
        if let match = message.firstMatch(of: /^Attribute (\S+) redefined/) {
            return "the attribute \(match.1) is written twice on one element; keep one"
        }
        return message
    }

    /// The message for a file nested deeper than `depth` levels.
    static func tooDeep(_ depth: Int) -> String {
        "elements are nested deeper than \(depth) levels"
    }
}
