import Foundation

/// A request to stop, set from a signal handler (Ctrl-C, SIGTERM) and read between files, so a
/// render that is stopped leaves every file whole and recorded in the manifest.
public final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var sources: [any DispatchSourceSignal] = []

    public init() {}

    public var isRequested: Bool { lock.withLock { requested } }

    public func request() { lock.withLock { requested = true } }

    /// Routes SIGINT and SIGTERM to this request instead of ending the process at once.
    public func listen() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.request() }
            source.resume()
            sources.append(source)
        }
    }
}
