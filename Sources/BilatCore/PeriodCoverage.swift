/// What a figure's period says about the figure: the whole years it sums, part of one year, one month, the
/// date of a one-off amount, or a window counted back from a date. Reports mark a figure by this, so that
/// "part of a year" is said only of figures that cover part of a year.
public enum PeriodCoverage: String, CaseIterable, Sendable, Hashable {
    /// One or more whole calendar years ("2017", "1992–2022").
    case wholeYears
    /// A party's fiscal year: a whole year of its own calendar.
    case fiscalYear
    /// Months or days within one calendar year, more than one month ("Jan–Sep 2018", "Q1 2021").
    case partOfYear
    /// One calendar month of a flow ("trade in March 2021").
    case oneMonth
    /// One day of a flow.
    case oneDay
    /// Months of two or more calendar years that are not whole years ("Oct 2017–Mar 2018").
    case partsOfYears
    /// A one-off amount (a deal, a pledge): its period says when it happened, not what it sums.
    case aDate
    /// A level that holds at a date ("current trade of $30 million").
    case levelAtDate
    /// A window of a year or less counted back from a date ("in the past six months").
    case window
    /// A window of more than a year counted back from a date ("over the past ten years").
    case multiYearWindow
    /// A cumulative total up to a date, with no start named ("so far", "to date", "as of June 2023").
    case toDate

    /// The mark a report shows, or nil when the period needs none (whole years say so themselves).
    public var word: String? {
        switch self {
        case .wholeYears, .fiscalYear: return nil
        case .partOfYear: return "part of a year"
        case .oneMonth: return "one month"
        case .oneDay: return "one day"
        case .partsOfYears: return "parts of years"
        case .aDate: return "a date"
        case .levelAtDate: return "level at a date"
        case .window: return "window"
        case .multiYearWindow: return "multi-year window"
        case .toDate: return "total to a date"
        }
    }

    /// A span shorter than a year that sums a flow: what growth flags `partial` and never compares with a year.
    public var isPartOfYear: Bool {
        switch self {
        case .partOfYear, .oneMonth, .oneDay: return true
        default: return false
        }
    }
}

extension Period {
    /// What this period says about a figure of it.
    /// - Parameters:
    ///   - isOneOff: the figure is a one-off amount (``DealIdentity/dealIndicators``), not a sum over the period.
    ///   - isLevelAtDate: the figure is a level at a date.
    public func coverage(isOneOff: Bool = false, isLevelAtDate: Bool = false) -> PeriodCoverage {
        if isOpenStart { return .toDate }
        if isWindow { return monthCount > 12 ? .multiYearWindow : .window }
        if isLevelAtDate { return .levelAtDate }
        if isFiscalYear { return .fiscalYear }
        if isWholeYears { return .wholeYears }
        if isOneOff { return .aDate }
        if start.year != end.year { return .partsOfYears }
        if granularity == .day && start == end { return .oneDay }
        if start.month == end.month && start.day == 1 && CalendarDate.lastDay(year: end.year, month: end.month) == end {
            return .oneMonth
        }
        return .partOfYear
    }

    /// The coverage of a figure of `indicator` over this period.
    public func coverage(indicator: String, isLevelAtDate: Bool) -> PeriodCoverage {
        coverage(isOneOff: DealIdentity.dealIndicators.contains(indicator), isLevelAtDate: isLevelAtDate)
    }
}
