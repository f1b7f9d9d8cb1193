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
///
/// There is an origin in every element of every pack, so it is small: a reference to the table
/// of its document's places, shared by all of them, and its row there. A thousand packs' model
/// once held a file name, a line, a column and an array of its own in each.
public struct Origin: Hashable, Sendable {
    private let table: OriginTable
    private let row: Int32
    /// True for values built in code (a plugin's module), which have no file of their own:
    /// diagnostics about them are placed at the plugin that registered them.
    public var isFromCode: Bool

    struct AttributePosition: Hashable, Sendable {
        let name: String
        let line: Int32
        let column: Int32
    }

    public init(element: SourceLocation, attributes: [String: SourceLocation] = [:]) {
        let positions = attributes.keys.sorted().compactMap { name in
            attributes[name].map { AttributePosition(name: name, line: Int32(clamping: $0.line), column: Int32(clamping: $0.column)) }
        }
        let table = OriginTable(file: element.file)
        self.init(table: table, row: table.append(element, positions))
    }

    /// The origin in `row` of `table`.
    init(table: OriginTable, row: Int32) {
        self.table = table
        self.row = row
        self.isFromCode = false
    }

    /// An origin for values that come from code, not from a file.
    public static func code(_ name: String) -> Origin {
        var origin = Origin(element: SourceLocation(file: name, line: 1, column: 1))
        origin.isFromCode = true
        return origin
    }

    /// Where the element was written.
    public var element: SourceLocation {
        get { table.element(row) }
        set {
            let fromCode = isFromCode
            self = Origin(element: newValue, attributes: attributes)
            isFromCode = fromCode
        }
    }

    /// Where each attribute was written.
    public var attributes: [String: SourceLocation] {
        Dictionary(table.attributes(row).map { ($0.name, location($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The location of an attribute, or of the element when the attribute was not written.
    public subscript(attribute: String) -> SourceLocation {
        table.attributes(row).first { $0.name == attribute }.map(location) ?? element
    }

    private func location(_ position: AttributePosition) -> SourceLocation {
        SourceLocation(file: table.file, line: Int(position.line), column: Int(position.column))
    }

    public var file: String { table.file }

    /// Equal when written at the same places, whichever table holds them.
    public static func == (lhs: Origin, rhs: Origin) -> Bool {
        lhs.isFromCode == rhs.isFromCode && lhs.element == rhs.element && lhs.table.attributes(lhs.row) == rhs.table.attributes(rhs.row)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(element)
        hasher.combine(isFromCode)
    }
}

/// The places of a document's elements and attributes, one row per element read, in one pair
/// of arrays for the whole document. Filled by the one thread reading the document, then only
/// read: that is what makes sharing it safe.
final class OriginTable: @unchecked Sendable {
    let file: String
    // Written by one thread, never overlapping: the run-time exclusivity checks, a share of
    // reading every element, are left out.
    @exclusivity(unchecked) private var rows: [Row] = []
    @exclusivity(unchecked) private var positions: [Origin.AttributePosition] = []

    private struct Row {
        let line: Int32
        let column: Int32
        let firstAttribute: Int32
        let attributeCount: Int32
    }

    init(file: String, elements: Int = 1, attributes: Int = 0) {
        self.file = file
        rows.reserveCapacity(elements)
        positions.reserveCapacity(attributes)
    }

    /// Adds an element's row; its number.
    func append(_ element: SourceLocation, _ attributes: [Origin.AttributePosition]) -> Int32 {
        let first = attributeCount
        attributes.forEach(appendAttribute)
        return appendRow(line: element.line, column: element.column, firstAttribute: first)
    }

    /// How many attributes the table holds: where the next row's first attribute goes.
    var attributeCount: Int { positions.count }

    /// Adds an attribute of the row about to be appended.
    func appendAttribute(_ position: Origin.AttributePosition) {
        positions.append(position)
    }

    /// Adds an element's row, whose attributes are those appended since `firstAttribute`; its number.
    func appendRow(line: Int, column: Int, firstAttribute: Int) -> Int32 {
        rows.append(
            Row(
                line: Int32(clamping: line), column: Int32(clamping: column), firstAttribute: Int32(firstAttribute),
                attributeCount: Int32(positions.count - firstAttribute)))
        return Int32(rows.count - 1)
    }

    func element(_ row: Int32) -> SourceLocation {
        let entry = rows[Int(row)]
        return SourceLocation(file: file, line: Int(entry.line), column: Int(entry.column))
    }

    func attributes(_ row: Int32) -> ArraySlice<Origin.AttributePosition> {
        let entry = rows[Int(row)]
        return positions[Int(entry.firstAttribute)..<Int(entry.firstAttribute + entry.attributeCount)]
    }
}
