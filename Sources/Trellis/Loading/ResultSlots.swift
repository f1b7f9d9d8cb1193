import Foundation

/// One slot per index, filled from several threads at once (each index by one thread only), read
/// once they are all done: how parallel work keeps its results in a deterministic order.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every slot's value, in order; every slot must have been filled.
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
