import BilatCore

/// One aggregation level per series, decided over a stream: the levels nest (HS 9020 holds 902000), so two of
/// them would count the same trade twice. Every candidate is noted as it is read, compactly (its series number
/// and level, eight bytes), and decided once the whole file has been read.
public struct ComtradeSeriesLevels: Sendable {
    /// Keep this level only; nil keeps, in each series, the most aggregated level it has.
    let fixed: Int?
    private var seriesByKey: [ComtradeSeriesFilter.SeriesKey: Int32] = [:]
    private var chosen: [Int] = []
    private var candidateSeries: [Int32] = []
    private var candidateLevels: [Int32] = []

    public init(aggregateLevel: Int? = nil) { fixed = aggregateLevel }

    /// How many candidates and series have been noted.
    public var count: Int { candidateSeries.count }
    public var seriesCount: Int { chosen.count }

    /// Notes a candidate record; returns its series' number (numbered from 0 in the order series are first seen).
    public mutating func add(_ record: ComtradeRecord) -> Int {
        add(ComtradeSeriesFilter.SeriesKey(record), level: record.aggregateLevel)
    }

    /// ``add(_:)`` of a record by its series key and level, which another thread may have made.
    public mutating func add(_ key: ComtradeSeriesFilter.SeriesKey, level: Int) -> Int {
        let series: Int
        if let known = seriesByKey[key] {
            series = Int(known)
            chosen[series] = fixed ?? min(chosen[series], level)
        } else {
            series = chosen.count
            seriesByKey[key] = Int32(series)
            chosen.append(fixed ?? level)
        }
        candidateSeries.append(Int32(series))
        candidateLevels.append(Int32(clamping: level))
        return series
    }

    /// Whether candidate `index` is at its series' level, that level, and the series.
    public func decision(_ index: Int) -> (kept: Bool, level: Int, series: Int) {
        guard index >= 0, index < candidateSeries.count else { return (false, 0, -1) }
        let series = Int(candidateSeries[index])
        let level = series < chosen.count ? chosen[series] : Int(candidateLevels[index])
        return (Int(candidateLevels[index]) == level, level, series)
    }
}

extension ComtradeSeriesLevels {
    /// The level candidate `index` was read at.
    public func level(of index: Int) -> Int? {
        index >= 0 && index < candidateLevels.count ? Int(candidateLevels[index]) : nil
    }
}
