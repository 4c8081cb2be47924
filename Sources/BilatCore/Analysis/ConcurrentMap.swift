import Foundation

/// Runs independent pieces of work at once, one per core, and returns their results in order.
public func concurrentMap<Value: Sendable>(_ work: [@Sendable () -> Value]) -> [Value] {
    let results = Slots<Value>(count: work.count)
    DispatchQueue.concurrentPerform(iterations: work.count) { results.set($0, work[$0]()) }
    return results.values
}

/// One place per piece of work, each written by its own piece only, read when all are done.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
    }

    var values: [Value] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }
}
