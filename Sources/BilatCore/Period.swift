/// A span of calendar time a figure or event refers to: a year, a month, a quarter,
/// "January–September 2018", a date range, a party's fiscal year, or a window such as "the past ten years".
///
/// Closed: `start` is the first day in it and `end` the last, so two periods compare without knowing how they
/// were written. The one exception is a cumulative total with no start ("so far", "to date", "as of June 2023"):
/// ``isOpenStart`` is set, `end` is the last day counted and `start` the first day of the end's unit, which keeps
/// the bounds valid but is not where the total began. Growth, series and span checks skip such periods.
public struct Period: Hashable, Sendable, CustomStringConvertible, Encodable {
    /// How precisely the endpoints are known, from the finest unit the text named.
    public enum Granularity: String, Sendable, Hashable, CaseIterable, Codable {
        case day, month, quarter, year
    }

    public var start: CalendarDate
    public var end: CalendarDate
    public var granularity: Granularity
    /// "about 2024", "early 20th century", seasons and windows: the bounds are a reading, not a fact.
    public var isApproximate: Bool
    /// Resolved from relative words ("the past ten years") against a reference date.
    public var isWindow: Bool
    /// A cumulative total "to `end`" whose start is not named: it covers everything counted up to `end`.
    public var isOpenStart: Bool

    public init(start: CalendarDate, end: CalendarDate, granularity: Granularity,
                isApproximate: Bool = false, isWindow: Bool = false, isOpenStart: Bool = false) {
        self.start = start
        self.end = end
        self.granularity = granularity
        self.isApproximate = isApproximate
        self.isWindow = isWindow
        self.isOpenStart = isOpenStart
    }

    /// Everything counted up to the end of `period`, in its unit: `../2024-03` from March 2024.
    public static func toEnd(of period: Period) -> Period {
        let unit = period.endUnit
        return Period(start: unit.start, end: unit.end, granularity: unit.granularity,
                      isApproximate: period.isApproximate, isOpenStart: true)
    }

    /// The last day, month, quarter or year of this period, in its granularity (a fiscal year stays whole).
    var endUnit: Period {
        switch granularity {
        case .day: return .day(end)
        case .month: return .month(end.year, end.month) ?? self
        case .quarter:
            let first = (end.month - 1) / 3 * 3 + 1
            guard let s = CalendarDate.firstDay(year: end.year, month: first) else { return self }
            return Period(start: s, end: end, granularity: .quarter)
        case .year where isFiscalYear:
            return Period(start: start, end: end, granularity: .year)
        case .year: return .year(end.year) ?? self
        }
    }

    private enum CodingKeys: String, CodingKey { case start, end, granularity, isApproximate, isWindow, isOpenStart }

    /// As the synthesised form, with `isOpenStart` only when set, so closed periods encode as they always did.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(granularity, forKey: .granularity)
        try c.encode(isApproximate, forKey: .isApproximate)
        try c.encode(isWindow, forKey: .isWindow)
        if isOpenStart { try c.encode(true, forKey: .isOpenStart) }
    }

    public static func year(_ year: Int) -> Period? {
        guard let s = CalendarDate.firstDay(year: year), let e = CalendarDate.lastDay(year: year) else { return nil }
        return Period(start: s, end: e, granularity: .year)
    }

    public static func month(_ year: Int, _ month: Int) -> Period? {
        guard let s = CalendarDate.firstDay(year: year, month: month),
              let e = CalendarDate.lastDay(year: year, month: month) else { return nil }
        return Period(start: s, end: e, granularity: .month)
    }

    public static func day(_ date: CalendarDate) -> Period {
        Period(start: date, end: date, granularity: .day)
    }

    /// True when the period covers whole calendar years only.
    public var isWholeYears: Bool {
        !isOpenStart && start.month == 1 && start.day == 1 && end.month == 12 && end.day == 31
    }

    /// A stable, readable name: `2021`, `2022-02`, `2018-01/2018-09`, `2018-Q3`, `2017-02-28/2017-03-01`,
    /// `1992/2022`, `FY2020-07/2021-06` (a fiscal year); prefixed `~` when approximate. ISO 8601 interval style
    /// so it sorts and parses back. An open start is ISO 8601-2's (EDTF's) `..`: `../2024-03` is everything to
    /// March 2024; `.` sorts before digits, so open-start labels come before closed ones, in order of their ends.
    public var label: String {
        let body: String
        switch granularity {
        case .year where isFiscalYear:
            body = fiscalLabelBody
        case .year:
            body = start.year == end.year ? CalendarDate.pad(start.year, 4)
                : "\(CalendarDate.pad(start.year, 4))/\(CalendarDate.pad(end.year, 4))"
        case .quarter:
            let q = (start.month - 1) / 3 + 1
            let lastQ = (end.month - 1) / 3 + 1
            body = start.year == end.year && q == lastQ ? "\(CalendarDate.pad(start.year, 4))-Q\(q)"
                : "\(CalendarDate.pad(start.year, 4))-Q\(q)/\(CalendarDate.pad(end.year, 4))-Q\(lastQ)"
        case .month:
            let s = "\(CalendarDate.pad(start.year, 4))-\(CalendarDate.pad(start.month, 2))"
            let e = "\(CalendarDate.pad(end.year, 4))-\(CalendarDate.pad(end.month, 2))"
            body = s == e ? s : "\(s)/\(e)"
        case .day:
            body = start == end ? start.description : "\(start)/\(end)"
        }
        return (isApproximate ? "~" : "") + (isOpenStart ? "../" : "") + body
    }

    public var description: String { label }

    /// Whole months covered, counting partial months at either end as whole.
    public var monthCount: Int { end.monthIndex - start.monthIndex + 1 }
}
