import CLibXML2
import CXMLArena

/// Process-wide libxml2 set-up, done once before the first parse.
enum LibXML2 {
    /// Installs the arena allocator, initialises the parser for use from several threads and
    /// installs a loader that refuses every external entity or DTD, as a second wall behind the
    /// DOCTYPE check. The allocator is malloc's own outside an arena, so blocks libxml2 took
    /// before it was installed are freed as usual.
    static let ready: Void = {
        xmlGcMemSetup(trellis_arena_free, trellis_arena_malloc, trellis_arena_malloc, trellis_arena_realloc, trellis_arena_strdup)
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// From here to `endArena` on this thread, libxml2's blocks come from the thread's arena
    /// and are all let go at the end: a document is hundreds of small blocks that die together,
    /// and from malloc they were a tenth of loading a large library, scattered among its model.
    /// Nothing libxml2 allocates in between may outlive `endArena`.
    static func beginArena() {
        _ = ready
        // The thread's libxml2 state (its last error) is made outside the arena, and the last
        // error is cleared before the arena ends, so nothing of libxml2's points into it after.
        _ = xmlGetLastError()
        trellis_arena_begin()
    }

    static func endArena() {
        xmlResetLastError()
        trellis_arena_end()
    }

    /// libxml2's errors as they arrive, collected while one call runs.
    final class ErrorSink {
        struct Entry {
            var domain: Int32
            var code: Int32
            var level: xmlErrorLevel
            var message: String
            var line: Int
            var column: Int
            var node: UnsafeMutableRawPointer?
        }

        private(set) var entries: [Entry] = []

        func record(_ error: xmlError) {
            let message = error.message.map { String(cString: $0) } ?? "unknown error"
            entries.append(
                Entry(
                    domain: error.domain, code: error.code, level: error.level,
                    message: message.trimmingWhitespace(), line: Int(error.line),
                    column: Int(error.int2), node: error.node))
        }

        var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

        static let handler: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
    }

    /// Runs `body` with libxml2's structured errors (thread-local in this build) going to `sink`
    /// instead of stderr, and puts the old handler back afterwards.
    static func collectingErrors<Result>(into sink: ErrorSink, _ body: () -> Result) -> Result {
        _ = ready
        xmlSetStructuredErrorFunc(sink.opaque, ErrorSink.handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(sink) { body() }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
