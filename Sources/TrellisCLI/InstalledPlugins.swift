import Foundation
import Trellis

/// The plugins the host passed to `TrellisCommand.main(plugins:)`, for every command of this run.
///
/// argument-parser builds commands from their types, so the plugins cannot travel as a value;
/// they are set once, before parsing, and only read after.
enum InstalledPlugins {
    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var plugins: [any Plugin] = []
    }

    private static let store = Store()

    static var current: [any Plugin] {
        get { store.lock.withLock { store.plugins } }
        set { store.lock.withLock { store.plugins = newValue } }
    }
}
