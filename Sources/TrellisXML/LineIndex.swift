/// Turns byte offsets in a UTF-8 document into 1-based lines and columns.
struct LineIndex {
    private let bytes: [UInt8]
    /// Offset of the first byte of each line.
    private let lineStarts: [Int]

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
        return SourcePosition(line: low + 1, column: column(of: clamped, from: lineStart(low, before: clamped), at: 1))
    }

    /// The positions of `offsets`, which must ascend (as tags and attributes do in a document),
    /// in one pass: each line is found by stepping on from the last, and each column by counting
    /// on from the last offset on the same line, so a file is counted once however its lines
    /// are laid out (a 1.4 MB pack on one line once took 50 s when counted per offset).
    func positions(ofAscending offsets: [Int]) -> [SourcePosition] {
        var positions: [SourcePosition] = []
        positions.reserveCapacity(offsets.count)
        var line = 0
        var last = (offset: -1, column: 0)
        for offset in offsets {
            let clamped = max(0, min(offset, bytes.count))
            guard clamped >= last.offset else {
                positions.append(position(ofOffset: clamped))
                continue
            }
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= clamped {
                line += 1
                last = (-1, 0)
            }
            let start = lineStart(line, before: clamped)
            let column = last.offset >= start ? column(of: clamped, from: last.offset, at: last.column) : column(of: clamped, from: start, at: 1)
            last = (clamped, column)
            positions.append(SourcePosition(line: line + 1, column: column))
        }
        return positions
    }

    /// Where line `line` (0-based) starts counting: after the byte order mark on the first line.
    private func lineStart(_ line: Int, before offset: Int) -> Int {
        line == 0 && bytes.starts(with: SourceScanner.byteOrderMark) ? min(3, offset) : lineStarts[line]
    }

    /// The column of `offset`, counting scalars on from `start`, which is at column `column`.
    /// A continuation byte (10xxxxxx) never starts a character.
    private func column(of offset: Int, from start: Int, at column: Int) -> Int {
        var column = column
        bytes.withUnsafeBytes { buffer in
            var index = start
            // Eight bytes at a time: each byte's top two bits, 10, mark a continuation byte;
            // every other byte starts a character. Counting lines is a share of loading.
            let high: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= offset {
                let word = buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let continuations = word & high & ~(word << 1)
                column += 8 - continuations.nonzeroBitCount
                index += 8
            }
            while index < offset {
                if buffer[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        return column
    }
}
