@testable import BilatStore
import Testing

/// A row's values come back out of the buffer as they went in, in order, however many and however long.
@Suite("Row values")
struct RowValuesTests {
    enum Put: Equatable { case text(String), none, number(Int) }

    static func read(_ values: RowValues) -> [Put] {
        values.withValues { iterator in
            var out: [Put] = []
            while let value = iterator.next() {
                switch value {
                case .text(let bytes): out.append(.text(String(decoding: bytes, as: UTF8.self)))
                case .integer(let n): out.append(.number(Int(n)))
                case .null: out.append(.none)
                }
            }
            return out
        }
    }

    static func write(_ puts: [Put], into values: inout RowValues) {
        for put in puts {
            switch put {
            case .text(let t): values.put(t)
            case .none: values.put(nil as String?)
            case .number(let n): values.put(n)
            }
        }
    }

    @Test("texts, empty texts, no value and integers round-trip", arguments: [
        [Put.text("synthetic"), .text(""), .none, .number(0), .number(-1), .number(Int.max), .number(Int.min)],
        [.text("Azərbaycan – €5 million"), .text(String(repeating: "x", count: 10_000)), .text("after the long one")],
        [],
    ])
    func roundTrip(_ puts: [Put]) {
        var values = RowValues()
        Self.write(puts, into: &values)
        #expect(Self.read(values) == puts)
        #expect(values.count == puts.count)
    }

    @Test("a flag is stored as 0 or 1")
    func flags() {
        var values = RowValues()
        values.put(true); values.put(false)
        #expect(Self.read(values) == [.number(1), .number(0)])
    }

    @Test("after removeAll the buffer holds only what is put next, even past its first size")
    func reuse() {
        var values = RowValues()
        for round in 0..<3 {
            values.removeAll()
            let puts = (0..<2_000).map { Put.text("row \(round) value \($0)") }
            Self.write(puts, into: &values)
            #expect(Self.read(values) == puts)
        }
    }
}
