import BilatCore

/// The double-counting guards, as a filter over read records: what remains can be stored side by side.
///
/// Comtrade repeats one flow under several rows: breakdowns by second partner, customs procedure and mode of
/// transport; nested commodity levels (HS 9020 holds 902000); RX inside X and RM inside M; World as the sum of
/// partners. Each kept record is a figure of its own; none of them is ever added to another.
public struct ComtradeSeriesFilter: Sendable {
    /// Keep rows broken down by partner2 / customs procedure / mode of transport, not only their totals.
    public var includeBreakdowns: Bool
    /// Keep this aggregation level only; nil keeps, in each series, the most aggregated level it has.
    public var aggregateLevel: Int?

    public init(includeBreakdowns: Bool = false, aggregateLevel: Int? = nil) {
        self.includeBreakdowns = includeBreakdowns
        self.aggregateLevel = aggregateLevel
    }

    /// A kept record with the bilat indicator its flow is stored as.
    public struct Kept: Hashable, Sendable {
        public var record: ComtradeRecord
        public var indicator: String
    }

    public func apply(_ records: [ComtradeRecord]) -> (kept: [Kept], skipped: [ComtradeSkip]) {
        var skipped: [ComtradeSkip] = []
        var candidates: [Kept] = []
        for record in records {
            guard let indicator = ComtradeCodes.indicator(flowCode: record.flowCode) else {
                skipped.append(ComtradeSkip(location: record.location,
                    reason: "flow \(record.flowCode) is a part of X or M; bilat reads X, M, RX (re_exports) and RM (re_imports)"))
                continue
            }
            if !includeBreakdowns && !ComtradeCodes.isTotal(partner2ISO: record.partner2ISO, partner2Code: record.partner2Code,
                                                            customs: record.customsCode, transport: record.transportCode) {
                skipped.append(ComtradeSkip(location: record.location,
                    reason: "a breakdown (partner2 \(record.partner2ISO.isEmpty ? record.partner2Code : record.partner2ISO), customs \(record.customsCode), transport \(record.transportCode)); only totals (partner2 World, customs C00, transport 0) are read"))
                continue
            }
            candidates.append(Kept(record: record, indicator: indicator))
        }
        // One aggregation level per series: the levels nest, so two of them would count the same trade twice.
        var chosen: [SeriesKey: Int] = [:]
        for candidate in candidates {
            let key = SeriesKey(candidate.record)
            let level = candidate.record.aggregateLevel
            chosen[key] = aggregateLevel ?? min(chosen[key] ?? level, level)
        }
        var kept: [Kept] = []
        for candidate in candidates {
            let level = chosen[SeriesKey(candidate.record)] ?? candidate.record.aggregateLevel
            if candidate.record.aggregateLevel == level {
                kept.append(candidate)
            } else {
                skipped.append(ComtradeSkip(location: candidate.record.location,
                    reason: "aggregation level \(candidate.record.aggregateLevel) of a series read at level \(level); levels nest, so only one is kept"))
            }
        }
        return (kept, skipped)
    }

    /// A series: one reporter, partner, flow and period under one breakdown.
    struct SeriesKey: Hashable {
        var reporter, partner, flow, partner2, customs, transport: String
        var period: ComtradeRecord.Period

        init(_ r: ComtradeRecord) {
            (reporter, partner, flow, partner2, customs, transport) =
                (r.reporterISO, r.partnerISO, r.flowCode, r.partner2ISO + "/" + r.partner2Code, r.customsCode, r.transportCode)
            period = r.period
        }
    }
}
