import Foundation

/// One observation compared with its comparable predecessor in the same series, or why it cannot be.
public struct GrowthRow: Sendable, Hashable, Encodable {
    public enum Comparison: String, Sendable, Codable {
        /// With the same period one year earlier.
        case yearOnYear = "year_on_year"
        /// With the latest comparable period more than a year earlier: compound annual growth.
        case compound
        /// No comparable earlier period (see `reason`).
        case none
    }

    public var observation: Observation
    public var previous: Observation?
    public var comparison: Comparison
    /// Whole years between the two periods.
    public var years: Int?
    /// Exact: later − earlier.
    public var absoluteChange: Decimal?
    /// (later − earlier) / earlier × 100, unrounded.
    public var percentChange: Decimal?
    /// Compound annual growth rate in percent a year; only when the periods are more than a year apart.
    public var cagr: Decimal?
    /// When either value is a range ("$17–25 million"), the changes are intervals: `absoluteChange`,
    /// `percentChange` and `cagr` are their low ends, and these their high ends. Nil otherwise.
    public var absoluteChangeHigh: Decimal? = nil
    public var percentChangeHigh: Decimal? = nil
    public var cagrHigh: Decimal? = nil
    /// Digits the changes can be shown with, from the inputs' precision.
    public var significantDigits: Int
    /// How the change relates to the truth; nil when bounds on both ends leave nothing to say.
    public var qualifier: Qualifier?
    /// estimated, derived, partial, bound, approximate.
    public var flags: [String]
    public var reason: String?
}

/// Period-aware growth over every series: never a partial year against a full one, nor a fiscal year against
/// a calendar one (their shapes differ); a fiscal year against the one before it is year-on-year; gaps as CAGR.
public enum Growth {
    /// - Parameter slices: how many slices of series to work on at once (default: one per core for large inputs).
    public static func rows(_ observations: [Observation], slices: Int? = nil) -> [GrowthRow] {
        // A total with an open start has no span to compare: never a point of a growth series.
        let bySeries = Dictionary(grouping: observations.filter { !$0.period.isOpenStart }, by: \.key)
        let keys = bySeries.keys.sorted()
        // Series are independent: large inputs are split into one slice of series per core, and the
        // slices joined in key order, so the result is the same as one pass.
        let slices = max(1, slices ?? (observations.count < 4096 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)))
        return concurrentMap((0..<slices).map { slice in
            { @Sendable in
                keys[(keys.count * slice / slices)..<(keys.count * (slice + 1) / slices)].flatMap { rows(series: bySeries[$0] ?? []) }
            }
        }).flatMap { $0 }
    }

    static func rows(series unsorted: [Observation]) -> [GrowthRow] {
        let series = unsorted.sorted { ($0.period.start, $0.period.end, $0.isDerived ? 1 : 0, $0.id) < ($1.period.start, $1.period.end, $1.isDerived ? 1 : 0, $1.id) }
        // Comparable periods cover the same part of the calendar: group by that shape once, so each
        // figure looks only at its own group instead of shifting every period of the series.
        let byShape = Dictionary(grouping: series.filter { !$0.period.isWindow }, by: { Shape($0.period) })
        return series.map { o in
            row(for: o, in: series, comparable: o.period.isWindow ? [] : byShape[Shape(o.period)] ?? [])
        }
    }

    /// The part of the calendar a period covers, whatever its year: periods of one shape are whole years apart.
    struct Shape: Hashable {
        var startMonth, startDay, endMonth, endDay, years: Int
        var granularity: Period.Granularity
        init(_ p: Period) {
            // Month-based periods end on the month's last day, which moves with leap years: compare months only.
            // A fiscal year may start on any day (6 April), so its first day counts; its last is the day before
            // the next one starts, which moves with leap years too (one starting 1 March ends 28 or 29 February).
            let days = p.granularity == .day
            startMonth = p.start.month; startDay = days || p.isFiscalYear ? p.start.day : 1
            endMonth = p.end.month; endDay = days ? p.end.day : 0
            years = p.end.year - p.start.year
            granularity = p.granularity
        }
    }

    static func row(for o: Observation, in series: [Observation], comparable: [Observation]) -> GrowthRow {
        // The latest comparable earlier period; at equal distance a reported figure beats a derived one.
        var best: (Observation, Int)?
        for p in comparable {
            let years = o.period.start.year - p.period.start.year
            guard years >= 1 else { continue }
            if let current = best {
                let better = (years, p.isDerived ? 1 : 0, p.id) < (current.1, current.0.isDerived ? 1 : 0, current.0.id)
                if better { best = (p, years) }
            } else {
                best = (p, years)
            }
        }
        let candidates = best.map { [$0] } ?? []

        var flags: [String] = []
        // Only a flow over part of a year is `partial`: a level at a date, a deal's date and a window are not.
        if o.period.coverage(indicator: o.key.indicator, isLevelAtDate: o.key.isLevelAtDate).isPartOfYear { flags.append("partial") }
        guard let (previous, years) = candidates.first else {
            if o.isDerived { flags.append("derived") }
            if o.isEstimated { flags.append("estimated") }
            return GrowthRow(observation: o, previous: nil, comparison: .none, years: nil, absoluteChange: nil, percentChange: nil,
                             cagr: nil, significantDigits: o.significantDigits, qualifier: o.qualifier, flags: flags,
                             reason: reasonForNoComparison(o, series: series))
        }
        if o.isDerived || previous.isDerived { flags.append("derived") }
        if o.isEstimated || previous.isEstimated { flags.append("estimated") }
        let qualifier = QualifierAlgebra.combine((o.qualifier, 1), (previous.qualifier, -1))
        switch qualifier {
        case .lowerBound?, .upperBound?: flags.append("bound")
        case .approximately?, .nearly?: flags.append("approximate")
        case nil: flags.append("bound")
        default: break
        }
        let digits = min(o.significantDigits, previous.significantDigits)
        // A range is an interval: the change is least from the earlier high end to the later low end, and most
        // from the earlier low end to the later high end.
        let ranged = o.high != nil || previous.high != nil
        if ranged { flags.append("range") }
        let absolute = o.value - previous.highOrValue
        var row = GrowthRow(observation: o, previous: previous, comparison: years == 1 ? .yearOnYear : .compound, years: years,
                            absoluteChange: absolute, percentChange: nil, cagr: nil, significantDigits: digits,
                            qualifier: qualifier, flags: flags, reason: nil)
        if ranged { row.absoluteChangeHigh = o.highOrValue - previous.value }
        guard previous.value > 0 else {
            row.reason = previous.value == 0 ? "the earlier value is zero, so a percentage change is undefined"
                : "the earlier value is negative, so a percentage change has no meaning"
            return row
        }
        let percent = absolute / previous.highOrValue * 100
        // Decimal ends near 10^165: a tiny earlier value and a huge later one give NaN, never a number to print.
        guard !percent.isNaN, !absolute.isNaN else {
            row.reason = "the change is too large to compute (beyond about 10^165 %)"
            return row
        }
        row.percentChange = percent
        if ranged {
            let most = (o.highOrValue - previous.value) / previous.value * 100
            if !most.isNaN { row.percentChangeHigh = most }
        }
        if years > 1 {
            if o.value > 0 {
                row.cagr = compoundRate(from: previous.highOrValue, to: o.value, years: years)
                if ranged { row.cagrHigh = compoundRate(from: previous.value, to: o.highOrValue, years: years) }
            } else {
                row.reason = "the later value is not positive, so there is no compound annual rate"
            }
        }
        if qualifier == nil {
            row.reason = "both values are bounds that pull the change in opposite directions: its size is unknown"
        }
        return row
    }

    /// (later / earlier)^(1/years) − 1, in percent. The root is irrational in general, so it is taken in
    /// double precision from the exact ratio and kept to 12 significant digits; display rounds further.
    public static func compoundRate(from earlier: Decimal, to later: Decimal, years: Int) -> Decimal {
        let ratio = (later / earlier).double
        let rate = (pow(ratio, 1 / Double(years)) - 1) * 100
        return Decimal(rate, significantDigits: 12) ?? 0
    }

    static func reasonForNoComparison(_ o: Observation, series: [Observation]) -> String {
        if o.period.isWindow { return "\(o.period.label) is a window counted back from a date; windows are not compared" }
        let earlier = series.filter { $0.period.start < o.period.start }
        // A window is no partial or full year: it is named as a window, never as the nearest span.
        guard let nearest = earlier.filter({ !$0.period.isWindow }).max(by: { $0.period.start < $1.period.start }) else {
            return earlier.isEmpty ? "no earlier figure in this series"
                : "the earlier figures in this series are windows counted back from a date; windows are not compared"
        }
        let wanted = o.period.shifted(years: -1)?.shortName ?? "the same period a year earlier"
        if o.period.isPartialYear != nearest.period.isPartialYear {
            let (partial, full) = o.period.isPartialYear ? (o, nearest) : (nearest, o)
            return "no figure for \(wanted); \(partial.period.shortName) is a partial year and \(full.period.shortName) a full one, so they are not compared"
        }
        return "no figure for \(wanted) or any earlier period of the same span; \(nearest.period.shortName) covers a different part of the calendar"
    }
}
