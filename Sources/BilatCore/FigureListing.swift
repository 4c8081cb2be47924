import Foundation

/// A stored figure as listings show it: the normalised reading beside the as-reported text and its source.
public struct FigureListing: Sendable, Equatable, Codable {
    public var dataset: String
    public var id: String
    public var indicator: String
    public var reporter: String
    public var partner: String
    public var direction: String
    public var subject: String
    public var period: String
    public var periodStart: String
    public var periodEnd: String
    public var periodGranularity: String
    public var periodApproximate: Bool
    public var comparedWith: String?
    public var asReported: String
    /// Exact decimal text.
    public var value: String
    public var unit: String
    public var unitKind: String
    public var currency: String?
    public var scale: Int
    public var qualifier: String
    public var isChange: Bool
    public var status: String?
    public var sourceId: String
    public var sourceTitle: String
    public var sourcePublisher: String
    public var sourcePublished: String?
    public var note: String
    /// A range's high end, exact decimal text; `value` is then its low end.
    public var high: String?
    /// A level that holds at its source's date ("current trade of $30 million"), not over a calendar period.
    public var isLevelAtDate: Bool
    /// The indicator a share is of ("90% of the trade": trade_turnover).
    public var shareOf: String?

    public init(dataset: String, id: String, indicator: String, reporter: String, partner: String, direction: String,
                subject: String, period: String, periodStart: String, periodEnd: String, periodGranularity: String,
                periodApproximate: Bool, comparedWith: String?, asReported: String, value: String, unit: String,
                unitKind: String, currency: String?, scale: Int, qualifier: String, isChange: Bool, status: String?,
                sourceId: String, sourceTitle: String, sourcePublisher: String, sourcePublished: String?, note: String,
                high: String? = nil, isLevelAtDate: Bool = false, shareOf: String? = nil) {
        self.dataset = dataset; self.id = id; self.indicator = indicator; self.reporter = reporter
        self.partner = partner; self.direction = direction; self.subject = subject; self.period = period
        self.periodStart = periodStart; self.periodEnd = periodEnd; self.periodGranularity = periodGranularity
        self.periodApproximate = periodApproximate; self.comparedWith = comparedWith; self.asReported = asReported
        self.value = value; self.unit = unit; self.unitKind = unitKind; self.currency = currency; self.scale = scale
        self.qualifier = qualifier; self.isChange = isChange; self.status = status; self.sourceId = sourceId
        self.sourceTitle = sourceTitle; self.sourcePublisher = sourcePublisher; self.sourcePublished = sourcePublished
        self.note = note
        self.high = high; self.isLevelAtDate = isLevelAtDate; self.shareOf = shareOf
    }
}

extension FigureListing {
    /// "AZE-PAK": the relationship of the figure's reporter and partner.
    public var relationship: String { Relationship(reporter, partner).id }

    enum CodingKeys: String, CodingKey {
        case dataset, id, indicator, reporter, partner, direction, subject, period, periodStart, periodEnd, periodGranularity,
             periodApproximate, comparedWith, asReported, value, unit, unitKind, currency, scale, qualifier, isChange, status,
             sourceId, sourceTitle, sourcePublisher, sourcePublished, note, high, isLevelAtDate, shareOf
    }

    /// What JSON listings carry: the stored columns and the relationship, which is derived.
    enum EncodingKeys: String, CodingKey {
        case dataset, relationship, id, indicator, reporter, partner, direction, subject, period, periodStart, periodEnd, periodGranularity,
             periodApproximate, comparedWith, asReported, value, unit, unitKind, currency, scale, qualifier, isChange, status,
             sourceId, sourceTitle, sourcePublisher, sourcePublished, note, valueHigh, levelAtDate, shareOf
    }

    /// `value` goes out as a JSON number with exactly the stored digits, not as text and never through a Double.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: EncodingKeys.self)
        try c.encode(dataset, forKey: .dataset); try c.encode(relationship, forKey: .relationship); try c.encode(id, forKey: .id); try c.encode(indicator, forKey: .indicator)
        try c.encode(reporter, forKey: .reporter); try c.encode(partner, forKey: .partner); try c.encode(direction, forKey: .direction)
        try c.encode(subject, forKey: .subject); try c.encode(period, forKey: .period); try c.encode(periodStart, forKey: .periodStart)
        try c.encode(periodEnd, forKey: .periodEnd); try c.encode(periodGranularity, forKey: .periodGranularity)
        try c.encode(periodApproximate, forKey: .periodApproximate); try c.encodeIfPresent(comparedWith, forKey: .comparedWith)
        try c.encode(asReported, forKey: .asReported)
        if let exact = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) {
            try c.encode(exact, forKey: .value)
        } else {
            try c.encode(value, forKey: .value)
        }
        try c.encode(unit, forKey: .unit); try c.encode(unitKind, forKey: .unitKind); try c.encodeIfPresent(currency, forKey: .currency)
        try c.encode(scale, forKey: .scale); try c.encode(qualifier, forKey: .qualifier); try c.encode(isChange, forKey: .isChange)
        try c.encodeIfPresent(status, forKey: .status); try c.encode(sourceId, forKey: .sourceId)
        try c.encode(sourceTitle, forKey: .sourceTitle); try c.encode(sourcePublisher, forKey: .sourcePublisher)
        try c.encodeIfPresent(sourcePublished, forKey: .sourcePublished); try c.encode(note, forKey: .note)
        // Only where set, so a listing of figures without them reads as before.
        if let high, let exact = Decimal(string: high, locale: Locale(identifier: "en_US_POSIX")) { try c.encode(exact, forKey: .valueHigh) }
        if isLevelAtDate { try c.encode(true, forKey: .levelAtDate) }
        try c.encodeIfPresent(shareOf, forKey: .shareOf)
    }
}
