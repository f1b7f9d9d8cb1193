#if canImport(Glibc)
import Glibc
#endif

extension Array where Element == UInt8 {
    /// The index of the first `byte` at or after `start`, or nil. memchr looks at many bytes at
    /// a time, which is what scanning every byte of a thousand packs for `<` and line feeds needs.
    func index(ofByte byte: UInt8, from start: Int) -> Int? {
        guard start >= 0, start < count else { return nil }
        return withUnsafeBufferPointer { buffer in
            memchr(buffer.baseAddress! + start, Int32(byte), buffer.count - start).map {
                UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - buffer.baseAddress!
            }
        }
    }
}
