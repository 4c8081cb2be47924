import Foundation

/// The largest series first, for reports and charts that show a bounded number of them: a relationship at a
/// million figures has thousands of series, and a page or a chart folder of all of them is read by no one.
///
/// A series' size is the largest magnitude any of its values reaches (a range by its high end). Money is
/// compared as written, in its own currency, and counts by their number: the rank says which series to show
/// first, not that one outweighs another. Equal sizes keep the keys' own order, so the choice is the same
/// on every run.
public enum TopSeries {
    /// Series a report's table shows by default: the bundled dataset's largest tables have fewer.
    public static let tableLimit = 20
    /// Series charted per relationship and indicator (and mirror flows per direction) by default.
    public static let chartLimit = 5

    /// The keys of `items`, largest series first.
    public static func ranked<Item, Key: Hashable & Comparable>(_ items: [Item], key: (Item) -> Key,
                                                                 size: (Item) -> Decimal) -> [Key] {
        var largest: [Key: Decimal] = [:]
        for item in items {
            let k = key(item), s = size(item).magnitude
            if let known = largest[k], known >= s { continue }
            largest[k] = s
        }
        return largest.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }.map(\.key)
    }

    /// The `limit` largest series' keys (all of them when `limit` is nil), and how many series there are.
    public static func top<Item, Key: Hashable & Comparable>(_ items: [Item], limit: Int?, key: (Item) -> Key,
                                                              size: (Item) -> Decimal) -> (keys: Set<Key>, total: Int) {
        let keys = ranked(items, key: key, size: size)
        guard let limit, keys.count > limit else { return (Set(keys), keys.count) }
        return (Set(keys.prefix(max(0, limit))), keys.count)
    }
}
