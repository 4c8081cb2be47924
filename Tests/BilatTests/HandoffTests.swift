@testable import Bilat
import Testing

/// The reading thread and the writing thread of an ingest: order kept, failures on either side handled.
@Suite struct HandoffTests {
    struct Boom: Error, Equatable { var at: Int }

    @Test(arguments: [1, 3, 256])
    func valuesArriveInOrder(batchSize: Int) throws {
        var received: [Int] = []
        try Handoff<Int>.run(capacity: 2, batchSize: batchSize, produce: { emit in for i in 0..<1000 { try emit(i) } }) { received.append($0) }
        #expect(received == Array(0..<1000))
    }

    @Test func aProducerErrorReachesTheConsumerAfterWhatCameBefore() {
        var received: [Int] = []
        #expect(throws: Boom(at: 10)) {
            try Handoff<Int>.run(capacity: 2, batchSize: 4, produce: { emit in
                for i in 0..<10 { try emit(i) }
                throw Boom(at: 10)
            }) { received.append($0) }
        }
        #expect(received == Array(0..<8), "the last partial batch is dropped with the error")
    }

    @Test func aConsumerErrorStopsTheProducer() {
        let produced = Counter()
        #expect(throws: Boom(at: 5)) {
            try Handoff<Int>.run(capacity: 1, batchSize: 1, produce: { emit in
                for i in 0..<1_000_000 { produced.add(); try emit(i) }
            }) { if $0 == 5 { throw Boom(at: 5) } }
        }
        #expect(produced.value < 100)
    }

    @Test(arguments: [1, 3, 256])
    func pulledValuesArriveInOrderThenNil(batchSize: Int) throws {
        var received: [Int] = []
        var afterEnd: Int?? = .none
        try Handoff<Int>.pull(capacity: 2, batchSize: batchSize, produce: { emit in for i in 0..<1000 { try emit(i) } }) { next in
            while let value = try next() { received.append(value) }
            afterEnd = try next()
        }
        #expect(received == Array(0..<1000))
        #expect(afterEnd == .some(nil), "nil again after the end")
    }

    @Test func aPulledProducerErrorComesAfterWhatCameBefore() {
        var received: [Int] = []
        #expect(throws: Boom(at: 10)) {
            try Handoff<Int>.pull(capacity: 2, batchSize: 1, produce: { emit in
                for i in 0..<10 { try emit(i) }
                throw Boom(at: 10)
            }) { next in while let value = try next() { received.append(value) } }
        }
        #expect(received == Array(0..<10))
    }

    @Test func aPullerThatStopsEarlyStopsTheProducer() throws {
        let produced = Counter()
        var received: [Int] = []
        try Handoff<Int>.pull(capacity: 1, batchSize: 1, produce: { emit in
            for i in 0..<1_000_000 { produced.add(); try emit(i) }
        }) { next in for _ in 0..<5 { if let value = try next() { received.append(value) } } }
        #expect(received == Array(0..<5))
        #expect(produced.value < 100)
    }

    final class Counter: @unchecked Sendable {
        private var count = 0
        func add() { count += 1 }
        var value: Int { count }
    }
}
