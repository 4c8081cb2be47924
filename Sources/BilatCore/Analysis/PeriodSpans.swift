/// Periods as spans of days, for the checks that compare figures across periods: the label, granularity and
/// flags do not matter here, only the first and last day. A total with an open start (``Period/isOpenStart``)
/// has no first day, so it has the same span as, contains and overlaps no other period.
extension Period {
    /// The same first and last day: "2017" and "January–December 2017".
    public func hasSameSpan(as other: Period) -> Bool { !isOpenStart && !other.isOpenStart && start == other.start && end == other.end }

    /// Every day of `other` is in this period (a period contains itself).
    public func contains(_ other: Period) -> Bool { !isOpenStart && !other.isOpenStart && start <= other.start && other.end <= end }

    /// Some day is in both.
    public func overlaps(_ other: Period) -> Bool { !isOpenStart && !other.isOpenStart && start <= other.end && other.start <= end }
}
