import Foundation

/// Results of work split into slices that run at once, each slice writing only its own place.
public final class SliceResults<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ value: Value) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
    }

    /// In slice order; every slice must have been set.
    public var values: [Value] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }
}

/// Runs independent pieces of work at once, one per core, and returns their results in order.
public func concurrentMap<Value: Sendable>(_ work: [@Sendable () -> Value]) -> [Value] {
    let results = SliceResults<Value>(count: work.count)
    DispatchQueue.concurrentPerform(iterations: work.count) { results.set($0, work[$0]()) }
    return results.values
}
