/// An unordered pair of parties: what growth series, checks, charts and reports belong to.
///
/// AZE→PAK exports and PAK→AZE exports are one relationship (two series in it): the pair is sorted,
/// so the reporter and partner of a figure give the same relationship whichever way round they are.
public struct Relationship: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The party id that sorts first.
    public let first: String
    public let second: String

    public init(_ a: String, _ b: String) {
        (first, second) = a <= b ? (a, b) : (b, a)
    }

    public init(of figure: Figure) { self.init(figure.reporter, figure.partner) }

    /// "AZE-PAK": what `--relationship` takes and the CSV exports' `relationship` column holds.
    public var id: String { "\(first)-\(second)" }

    public var description: String { id }

    public func contains(_ party: String) -> Bool { party == first || party == second }

    public static func < (a: Relationship, b: Relationship) -> Bool {
        a.first != b.first ? a.first < b.first : a.second < b.second
    }

    /// Reads "AZE-PAK", "pak-aze" or "AZE–PAK": the two ids in either order, any case.
    public init?(id text: String) {
        let parts = text.uppercased().split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "/" || $0 == " " })
        guard parts.count == 2, parts[0] != parts[1] else { return nil }
        self.init(String(parts[0]), String(parts[1]))
    }
}
