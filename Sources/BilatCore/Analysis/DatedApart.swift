/// Rows that date one thing (a deal, an event, a stage reached), and the pairs of their dates that cannot both
/// be right because they have no day in common.
///
/// Rows with the same dates form one group. Each group is paired with the nearest groups dated apart from it:
/// the first that starts after it ends, and the last to end before it starts. Every group dated apart from some
/// other is so named at least once, and each group gives at most two pairs, so a deal with many rows costs a
/// sort, not a comparison of every pair.
enum DatedApart {
    private struct Span: Hashable, Comparable {
        var start, end: CalendarDate
        static func < (a: Span, b: Span) -> Bool { a.start != b.start ? a.start < b.start : a.end < b.end }
    }

    private struct Pair: Hashable, Comparable {
        var earlier, later: Int
        static func < (a: Pair, b: Pair) -> Bool { a.earlier != b.earlier ? a.earlier < b.earlier : a.later < b.later }
    }

    /// Pairs of groups (rows in their given order), the earlier-dated group first, in date order.
    static func pairs<Row>(_ rows: [Row], period: (Row) -> Period) -> [(earlier: [Row], later: [Row])] {
        let groups = Dictionary(grouping: rows) { Span(start: period($0).start, end: period($0).end) }
        guard groups.count > 1 else { return [] }
        let spans = groups.keys.sorted()
        let byEnd = spans.indices.sorted { (spans[$0].end, $0) < (spans[$1].end, $1) }
        var found = Set<Pair>()
        for (i, span) in spans.enumerated() {
            // Sorted by start: the first span to start after this one ends.
            let next = firstIndex(spans.count) { spans[$0].start > span.end }
            if next < spans.count { found.insert(Pair(earlier: i, later: next)) }
            // Sorted by end: the last span to end before this one starts.
            let before = firstIndex(byEnd.count) { spans[byEnd[$0]].end >= span.start } - 1
            if before >= 0 { found.insert(Pair(earlier: byEnd[before], later: i)) }
        }
        return found.sorted().map { (groups[spans[$0.earlier]] ?? [], groups[spans[$0.later]] ?? []) }
    }

    /// The first of `0..<count` where `isPast` holds, for a predicate false then true along the range; `count` if never.
    private static func firstIndex(_ count: Int, where isPast: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = low + (high - low) / 2
            if isPast(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
