import Foundation

/// Runs a producer on a second thread and hands what it makes to a consumer on this one, in batches through
/// a bounded buffer. On a two-core machine, reading and validating a file then overlaps with SQLite writing it.
///
/// Either side may fail: a producer's error reaches the consumer after the batches before it; a consumer's
/// error stops the producer at its next batch. `run` returns only after the producer's thread has finished,
/// so whatever the producer touched is the caller's again.
final class Handoff<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Value]] = []
    /// Set as the producer's thread's last act: its batches are all in, and it touches nothing more.
    private var producerDone = false
    private var consumerStopped = false
    private var failure: (any Error)?
    private let capacity: Int
    private let batchSize: Int

    private init(capacity: Int, batchSize: Int) {
        self.capacity = capacity
        self.batchSize = batchSize
    }

    struct Stopped: Error {}

    /// - Parameters:
    ///   - capacity: batches the buffer holds. 32, because SQLite's writes to the file come in bursts and the
    ///     reading side keeps going through them (with 8, a million-figure ingest's overlapped part was about
    ///     0.1 s longer).
    ///   - produce: called on a new thread with an `emit` function; must not touch the caller's state meanwhile
    ///     except through what it was given.
    ///   - consume: called on this thread for each value, in order.
    static func run(capacity: Int = 32, batchSize: Int = 256,
                    produce: @escaping @Sendable (_ emit: (Value) throws -> Void) throws -> Void,
                    consume: (Value) throws -> Void) throws {
        let handoff = Handoff(capacity: capacity, batchSize: batchSize)
        handoff.start(produce)
        do {
            while let batch = try handoff.take() { for value in batch { try consume(value) } }
        } catch {
            handoff.stop()
            handoff.waitForProducer()
            throw error
        }
        handoff.waitForProducer()
    }

    /// ``run(capacity:batchSize:produce:consume:)`` for a consumer that asks for each value in turn: `next`
    /// gives the values in order, then nil (or throws the producer's error). The consumer may stop early; the
    /// producer is then stopped at its next batch, and `run` still returns only after its thread has finished.
    static func pull(capacity: Int = 32, batchSize: Int = 256,
                     produce: @escaping @Sendable (_ emit: (Value) throws -> Void) throws -> Void,
                     _ body: (_ next: () throws -> Value?) throws -> Void) throws {
        let handoff = Handoff(capacity: capacity, batchSize: batchSize)
        handoff.start(produce)
        var batch: [Value] = [], index = 0, ended = false
        func next() throws -> Value? {
            while index == batch.count {
                if ended { return nil }
                guard let more = try handoff.take() else { ended = true; return nil }
                (batch, index) = (more, 0)
            }
            index += 1
            return batch[index - 1]
        }
        defer {
            handoff.stop()
            handoff.waitForProducer()
        }
        try body(next)
    }

    private func start(_ produce: @escaping @Sendable (_ emit: (Value) throws -> Void) throws -> Void) {
        let handoff = self
        let batchSize = self.batchSize
        let thread = Thread {
            var batch: [Value] = []
            batch.reserveCapacity(batchSize)
            var error: (any Error)?
            do {
                try produce { value in
                    batch.append(value)
                    if batch.count >= batchSize { try handoff.put(batch); batch.removeAll(keepingCapacity: true) }
                }
                if !batch.isEmpty { try handoff.put(batch) }
            } catch is Stopped {
            } catch let e {
                error = e
            }
            handoff.finish(error)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func put(_ batch: [Value]) throws {
        condition.lock(); defer { condition.unlock() }
        while batches.count >= capacity && !consumerStopped { condition.wait() }
        if consumerStopped { throw Stopped() }
        batches.append(batch)
        condition.broadcast()
    }

    private func take() throws -> [Value]? {
        condition.lock(); defer { condition.unlock() }
        while batches.isEmpty && !producerDone { condition.wait() }
        if !batches.isEmpty {
            let batch = batches.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    private func finish(_ error: (any Error)?) {
        condition.lock(); defer { condition.unlock() }
        failure = error
        producerDone = true
        condition.broadcast()
    }

    private func stop() {
        condition.lock(); defer { condition.unlock() }
        consumerStopped = true
        condition.broadcast()
    }

    private func waitForProducer() {
        condition.lock(); defer { condition.unlock() }
        while !producerDone { condition.wait() }
    }
}
