/// When two periods may be compared for growth: the same span of the calendar, whole years apart.
///
/// Jan–Sep 2018 compares with Jan–Sep 2017, a quarter with the same quarter, a year with a year, a fiscal
/// year with the fiscal year before it. A partial year never compares with a full one, a fiscal year never
/// with a calendar year, and windows counted back from a date and totals with an open start compare with nothing.
extension Period {
    /// The same months (or days) `years` later; nil for day periods that would land on a missing 29 February.
    public func shifted(years: Int) -> Period? {
        if isFiscalYear { return shiftedFiscalYear(years: years) }
        func shift(_ d: CalendarDate, end: Bool) -> CalendarDate? {
            if granularity == .day { return CalendarDate(year: d.year + years, month: d.month, day: d.day) }
            return end ? CalendarDate.lastDay(year: d.year + years, month: d.month)
                : CalendarDate.firstDay(year: d.year + years, month: d.month)
        }
        guard let s = shift(start, end: false), let e = shift(end, end: true) else { return nil }
        return Period(start: s, end: e, granularity: granularity, isApproximate: isApproximate, isWindow: isWindow, isOpenStart: isOpenStart)
    }

    /// Whole years from `earlier` to this period when they cover the same part of the calendar, else nil.
    public func yearsAfter(_ earlier: Period) -> Int? {
        // A fiscal year covers the same months as a July–June range, but is compared only with a fiscal year.
        guard !isWindow, !earlier.isWindow, !isOpenStart, !earlier.isOpenStart, isFiscalYear == earlier.isFiscalYear else { return nil }
        let years = start.year - earlier.start.year
        guard years >= 1, let moved = earlier.shifted(years: years) else { return nil }
        return moved.start == start && moved.end == end ? years : nil
    }

    /// Covers less than a whole calendar year, e.g. "January–September 2018" or a single month. A fiscal year
    /// is a whole year of its own calendar, never a partial one.
    public var isPartialYear: Bool { !isWholeYears && !isFiscalYear }

    /// A short human name of the span: "2017", "Jan–Sep 2018", "2018-Q3", "FY2020-21".
    public var shortName: String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        if isWholeYears || isOpenStart { return label }
        if isFiscalYear { return (isApproximate ? "~" : "") + fiscalName }
        if granularity == .month || granularity == .quarter, start.year == end.year {
            let first = months[start.month - 1], last = months[end.month - 1]
            return first == last ? "\(first) \(start.year)" : "\(first)–\(last) \(start.year)"
        }
        return label
    }
}
