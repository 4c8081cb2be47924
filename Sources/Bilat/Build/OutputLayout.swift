import BilatCore

/// Where each relationship's outputs go under Output/.
///
/// ```
/// Output/index.html                 every relationship, its reports and charts
/// Output/csv/*.csv                  every dataset and relationship, one row each, with both named
/// Output/aze-pak/reports/2021.html  one report a year with data, plus overview.html (from Notebooks/)
/// Output/aze-pak/charts/*.svg       the relationship's charts
/// ```
/// A relationship's folder is its id in lower case; names come from `OutputNaming`, so no two collide.
public struct OutputLayout: Sendable {
    /// Names bilat uses at the top of Output/ itself, which no relationship folder may take.
    public static let reserved: Set<String> = ["csv", "charts", "reports", "index", "manifest", "readme", "bilat"]

    private let folders: [Relationship: String]

    public init(_ relationships: [Relationship]) {
        let unique = Array(Set(relationships)).sorted()
        let names = OutputNaming.names(unique.map { .init(preferred: $0.id.lowercased(), identity: $0.id) }, reserved: Self.reserved)
        folders = Dictionary(zip(unique, names), uniquingKeysWith: { first, _ in first })
    }

    public func folder(_ r: Relationship) -> String { folders[r] ?? r.id.lowercased() }
}
