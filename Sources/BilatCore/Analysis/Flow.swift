/// One flow of a measure between two parties, whichever party's statistics report it.
///
/// AZE–PAK and PAK–AZE turnover are one flow, and so are AZE's exports to PAK and PAK's imports from AZE:
/// the same goods seen from the two sides (mirror statistics). The unit stays part of it, so USD and AZN
/// figures are never one flow.
struct Flow: Hashable {
    var dataset: String
    /// The indicator as the sending side names it: an import is the partner's export seen from the other side.
    var indicator: String
    /// Where the flow goes from and to; for flows both ways (`both`), the two parties in sorted order.
    var origin: String
    var destination: String
    var subject: String
    var unit: String

    /// Indicators that measure, from the receiving side, what another indicator measures from the sending side.
    static let mirrored = ["imports": "exports", "re_imports": "re_exports"]

    init(_ key: SeriesKey) {
        dataset = key.dataset
        indicator = Self.mirrored[key.indicator] ?? key.indicator
        switch key.direction {
        case .toPartner: (origin, destination) = (key.reporter, key.partner)
        case .fromPartner: (origin, destination) = (key.partner, key.reporter)
        case .both: (origin, destination) = key.reporter <= key.partner ? (key.reporter, key.partner) : (key.partner, key.reporter)
        }
        subject = key.subject
        unit = key.unit
    }
}
