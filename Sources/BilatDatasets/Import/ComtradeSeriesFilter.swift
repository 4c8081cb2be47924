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

    /// The guards that look at one record alone: its flow, and whether it is a breakdown.
    public func candidate(_ record: ComtradeRecord) -> Result<Kept, SkipReason> {
        guard let indicator = ComtradeCodes.indicator(flowCode: record.flowCode) else {
            return .failure(SkipReason(ComtradeSkip(location: record.location,
                reason: "flow \(record.flowCode) is a part of X or M; bilat reads X, M, RX (re_exports) and RM (re_imports)")))
        }
        if !includeBreakdowns && !ComtradeCodes.isTotal(partner2ISO: record.partner2ISO, partner2Code: record.partner2Code,
                                                        customs: record.customsCode, transport: record.transportCode) {
            return .failure(SkipReason(ComtradeSkip(location: record.location,
                reason: "a breakdown (partner2 \(record.partner2ISO.isEmpty ? record.partner2Code : record.partner2ISO), customs \(record.customsCode), transport \(record.transportCode)); only totals (partner2 World, customs C00, transport 0) are read")))
        }
        return .success(Kept(record: record, indicator: indicator))
    }

    /// A skip as an error value, for ``candidate(_:)``'s result.
    public struct SkipReason: Error, Hashable, Sendable {
        public var skip: ComtradeSkip
        init(_ skip: ComtradeSkip) { self.skip = skip }
    }

    /// The skip note of a record whose series is read at another level.
    public static func levelSkip(at location: SourceLocation, level: Int, seriesLevel: Int) -> ComtradeSkip {
        ComtradeSkip(location: location,
            reason: "aggregation level \(level) of a series read at level \(seriesLevel); levels nest, so only one is kept")
    }

    public func apply(_ records: [ComtradeRecord]) -> (kept: [Kept], skipped: [ComtradeSkip]) {
        var skipped: [ComtradeSkip] = []
        var candidates: [Kept] = []
        var levels = ComtradeSeriesLevels(aggregateLevel: aggregateLevel)
        for record in records {
            switch candidate(record) {
            case .success(let kept): candidates.append(kept); _ = levels.add(record)
            case .failure(let reason): skipped.append(reason.skip)
            }
        }
        var kept: [Kept] = []
        for (index, candidate) in candidates.enumerated() {
            let decision = levels.decision(index)
            if decision.kept {
                kept.append(candidate)
            } else {
                skipped.append(Self.levelSkip(at: candidate.record.location, level: candidate.record.aggregateLevel, seriesLevel: decision.level))
            }
        }
        return (kept, skipped)
    }

    /// A series: one reporter, partner, flow and period under one breakdown. Its hash is worked out where the key
    /// is made (an import's reading thread), so the thread that looks it up only compares: `Hasher`'s seed is
    /// the process's, so a hash made on one thread is the one any other would make.
    public struct SeriesKey: Hashable, Sendable {
        var reporter, partner, flow, partner2ISO, partner2Code, customs, transport: String
        var period: ComtradeRecord.Period
        private var hash = 0

        public init(_ r: ComtradeRecord) {
            (reporter, partner, flow, partner2ISO, partner2Code, customs, transport) =
                (r.reporterISO, r.partnerISO, r.flowCode, r.partner2ISO, r.partner2Code, r.customsCode, r.transportCode)
            period = r.period
            var hasher = Hasher()
            hasher.combine(reporter); hasher.combine(partner); hasher.combine(flow); hasher.combine(partner2ISO)
            hasher.combine(partner2Code); hasher.combine(customs); hasher.combine(transport); hasher.combine(period)
            hash = hasher.finalize()
        }

        public static func == (a: SeriesKey, b: SeriesKey) -> Bool {
            a.hash == b.hash && a.reporter == b.reporter && a.partner == b.partner && a.flow == b.flow
                && a.partner2ISO == b.partner2ISO && a.partner2Code == b.partner2Code && a.customs == b.customs
                && a.transport == b.transport && a.period == b.period
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }
}
