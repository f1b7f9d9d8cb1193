import TrellisXML

/// A place in a file: the path as the user gave it, a 1-based line and column.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public init(file: String, position: SourcePosition) {
        self.init(file: file, line: position.line, column: max(position.column, 1))
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// Where a model value was written: its element, and each of its attributes.
///
/// Diagnostics point at the attribute at fault when there is one (`minutes="55"`), else at the
/// element. Values built in code (plugin modules) have a synthetic origin.
public struct Origin: Hashable, Sendable {
    public var element: SourceLocation
    /// Attribute positions in document order. An element has a few attributes, and there is an
    /// origin for every element of every pack: a short array (one allocation, no hashing) keeps
    /// a thousand packs' model small where a dictionary each would not.
    private var positions: [AttributePosition]
    /// True for values built in code (a plugin's module), which have no file of their own:
    /// diagnostics about them are placed at the plugin that registered them.
    public var isFromCode: Bool

    struct AttributePosition: Hashable, Sendable {
        let name: String
        let line: Int32
        let column: Int32
    }

    public init(element: SourceLocation, attributes: [String: SourceLocation] = [:]) {
        self.init(
            element: element,
            positions: attributes.keys.sorted().compactMap { name in
                attributes[name].map { AttributePosition(name: name, line: Int32(clamping: $0.line), column: Int32(clamping: $0.column)) }
            })
    }

    init(element: SourceLocation, positions: [AttributePosition]) {
        self.element = element
        self.positions = positions
        self.isFromCode = false
    }

    /// An origin for values that come from code, not from a file.
    public static func code(_ name: String) -> Origin {
        var origin = Origin(element: SourceLocation(file: name, line: 1, column: 1))
        origin.isFromCode = true
        return origin
    }

    /// Where each attribute was written.
    public var attributes: [String: SourceLocation] {
        Dictionary(positions.map { ($0.name, location($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The location of an attribute, or of the element when the attribute was not written.
    public subscript(attribute: String) -> SourceLocation {
        positions.first { $0.name == attribute }.map(location) ?? element
    }

    private func location(_ position: AttributePosition) -> SourceLocation {
        SourceLocation(file: element.file, line: Int(position.line), column: Int(position.column))
    }

    public var file: String { element.file }
}
