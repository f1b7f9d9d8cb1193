/// A JSON value whose objects keep their keys in the order written, so output reads the way
/// CLI.md shows it and is byte-for-byte stable.
public indirect enum JSONValue: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByNilLiteral
{
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.compact == rhs.compact }
    public func hash(into hasher: inout Hasher) { hasher.combine(compact) }

    /// The value on one line.
    public var compact: String {
        var output = ""
        write(into: &output, indent: nil, level: 0)
        return output
    }

    /// The value indented by two spaces per level, ending without a newline.
    public var pretty: String {
        var output = ""
        write(into: &output, indent: "  ", level: 0)
        return output
    }

    private func write(into output: inout String, indent: String?, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += Self.format(value)
        case .string(let value): Self.quote(value, into: &output)
        case .array(let values):
            writeContainer(values.map { (nil as String?, $0) }, open: "[", close: "]", into: &output, indent: indent, level: level)
        case .object(let members):
            writeContainer(members.map { ($0.0 as String?, $0.1) }, open: "{", close: "}", into: &output, indent: indent, level: level)
        }
    }

    private func writeContainer(
        _ members: [(String?, JSONValue)], open: String, close: String, into output: inout String, indent: String?,
        level: Int
    ) {
        output += open
        guard !members.isEmpty else {
            output += close
            return
        }
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { output += "," }
            if let indent { output += "\n" + String(repeating: indent, count: level + 1) }
            if let key {
                Self.quote(key, into: &output)
                output += indent == nil ? ":" : ": "
            }
            value.write(into: &output, indent: indent, level: level + 1)
        }
        if let indent { output += "\n" + String(repeating: indent, count: level) }
        output += close
    }

    /// Numbers as JSON wants them: whole values keep one decimal (12.0), no exponent for
    /// everyday sizes.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) + ".0" }
        return String(value)
    }

    static func quote(_ string: String, into output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
