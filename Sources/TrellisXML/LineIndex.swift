/// Turns byte offsets in a UTF-8 document into 1-based lines and columns.
struct LineIndex {
    private let bytes: [UInt8]
    /// Offset of the first byte of each line.
    private let lineStarts: [Int]
    /// The last position asked for: tags and attributes are asked for in document order, so
    /// counting on from there keeps a long line from being counted again for every element
    /// (a 1.4 MB pack on one line took 50 s; it now takes as long as with line breaks).
    private let last = Last()

    private final class Last {
        var offset = -1
        var line = 0
        var column = 0
    }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        // Line feeds are found many bytes at a time; only a file with a carriage return (saved
        // on Windows or old Mac OS) takes the byte-by-byte way.
        if bytes.index(ofByte: 0x0D, from: 0) == nil {
            var from = 0
            while let found = bytes.index(ofByte: 0x0A, from: from) {
                starts.append(found + 1)
                from = found + 1
            }
        } else {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // XML treats CR LF, and a lone CR, as one line break (XML 1.0 §2.11).
                if byte == UInt8(ascii: "\n") {
                    starts.append(index + 1)
                } else if byte == UInt8(ascii: "\r") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        lineStarts = starts
    }

    func position(ofOffset offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        // The last line start that is not after the offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var start = lineStarts[low]
        if low == 0, bytes.starts(with: SourceScanner.byteOrderMark) { start = min(3, clamped) }
        // Count scalars, not bytes: a continuation byte (10xxxxxx) never starts a character.
        var column = 1
        var index = start
        if last.line == low + 1, last.offset >= start, last.offset <= clamped {
            column = last.column
            index = last.offset
        }
        defer {
            last.offset = clamped
            last.line = low + 1
            last.column = column
        }
        bytes.withUnsafeBufferPointer { buffer in
            while index < clamped {
                if buffer[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        return SourcePosition(line: low + 1, column: column)
    }
}
