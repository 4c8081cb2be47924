import BilatCore
import Foundation
import Testing

/// Which series a bounded table or chart folder shows: the largest by the largest magnitude each reaches,
/// equal sizes in key order, the same on every run.
@Suite struct TopSeriesTests {
    struct Point { var key: String; var value: Decimal }

    @Test(arguments: [
        // (points, limit, expected order / chosen keys)
        ([("a", 1), ("b", 3), ("c", 2)], 2, ["b", "c"]),
        // A series' size is its largest value, whatever its other values are.
        ([("a", 1), ("a", 9), ("b", 5)], 1, ["a"]),
        // Negative values count by their magnitude.
        ([("a", -10), ("b", 5)], 1, ["a"]),
        // Equal sizes: the keys' own order decides.
        ([("z", 4), ("m", 4), ("a", 4)], 2, ["a", "m"]),
        ([("a", 1)], 20, ["a"]),
    ] as [([(String, Decimal)], Int, [String])])
    func theLargestSeriesAreChosen(points: [(String, Decimal)], limit: Int, expected: [String]) {
        let items = points.map { Point(key: $0.0, value: $0.1) }
        let (keys, total) = TopSeries.top(items, limit: limit, key: \.key, size: \.value)
        #expect(keys == Set(expected))
        #expect(total == Set(points.map(\.0)).count)
        #expect(Array(TopSeries.ranked(items, key: \.key, size: \.value).prefix(limit)) == expected)
    }

    @Test func noLimitKeepsEverySeries() {
        let items = (0..<50).map { Point(key: "s\($0)", value: Decimal($0)) }
        #expect(TopSeries.top(items, limit: nil, key: \.key, size: \.value).keys.count == 50)
    }

    /// The order does not depend on the order the points arrive in.
    @Test func theChoiceIsTheSameWhateverTheInputOrder() {
        var items = (0..<200).map { Point(key: "s\($0 % 37)", value: Decimal($0 % 11)) }
        let first = TopSeries.ranked(items, key: \.key, size: \.value)
        items.reverse()
        #expect(TopSeries.ranked(items, key: \.key, size: \.value) == first)
    }
}
