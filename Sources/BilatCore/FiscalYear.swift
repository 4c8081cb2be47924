/// The day a party's fiscal year starts, written month-day (`07-01` for Pakistan's 1 July).
///
/// Declared per party in parties.csv, so "FY2020-21" in a Pakistani figure reads as 2020-07-01 to 2021-06-30.
/// 29 February is refused: a year that starts on it would start on a day most years lack.
public struct FiscalYearStart: Hashable, Sendable, Codable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    public static let accepted = "a month and day as MM-DD, e.g. 07-01 for a fiscal year starting on 1 July, 04-01 for 1 April"

    public init?(month: Int, day: Int) {
        // 2001 is a common year: 29 February fails here, as it should.
        guard CalendarDate(year: 2001, month: month, day: day) != nil else { return nil }
        self.month = month
        self.day = day
    }

    /// Parses exactly `MM-DD`.
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let m = Int(parts[0]), let d = Int(parts[1]) else { return nil }
        self.init(month: m, day: d)
    }

    /// `MM-DD`.
    public var description: String { "\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))" }

    /// A fiscal year that starts on 1 January is the calendar year.
    public var isCalendarYear: Bool { month == 1 && day == 1 }

    /// The fiscal year that starts in `year`: from this day of `year` to the day before it a year later.
    public func year(startingIn year: Int) -> Period? {
        guard let start = CalendarDate(year: year, month: month, day: day),
              let next = CalendarDate(year: year + 1, month: month, day: day), let end = next.adding(days: -1) else { return nil }
        return Period(start: start, end: end, granularity: .year)
    }

    /// The fiscal year named by one year, "FY2021": the one that ends in it, as Pakistan, the United States and
    /// most of the countries that name a fiscal year by one year do (FY2021 of Pakistan is July 2020–June 2021).
    public func year(endingIn year: Int) -> Period? {
        self.year(startingIn: isCalendarYear ? year : year - 1)
    }
}

/// Whose fiscal year a figure's fiscal labels ("FY2020-21") name: a party and the day its fiscal year starts.
public struct FiscalYear: Hashable, Sendable {
    public var party: String
    public var start: FiscalYearStart

    public init(party: String, start: FiscalYearStart) {
        self.party = party
        self.start = start
    }

    /// The reporter's fiscal year when it declares one, else the partner's: a figure written in fiscal years
    /// between a party that keeps one and a party that declares none is in the one that does. Nil when neither
    /// declares one, so a fiscal label is refused rather than read as some guess.
    public static func of(reporter: String?, partner: String?, starts: [String: FiscalYearStart]) -> FiscalYear? {
        for party in [reporter, partner].compactMap({ $0 }) {
            if let start = starts[party] { return FiscalYear(party: party, start: start) }
        }
        return nil
    }

    /// For a text whose reporter is not yet known (an article): the one fiscal year the pair declares, or the
    /// same start both declare. Nil when both declare different ones: which applies depends on the reporter.
    public static func ofPair(_ parties: [String], starts: [String: FiscalYearStart]) -> FiscalYear? {
        let declared = parties.compactMap { party in starts[party].map { FiscalYear(party: party, start: $0) } }
        guard let first = declared.first, declared.allSatisfy({ $0.start == first.start }) else { return nil }
        return first
    }
}

extension Period {
    /// A twelve-month year that does not start on 1 January, e.g. Pakistan's FY2020-21 (July 2020–June 2021).
    /// A fiscal year is the only year-granular period whose bounds are not 1 January and 31 December.
    public var isFiscalYear: Bool {
        granularity == .year && !(start.month == 1 && start.day == 1)
    }

    /// "FY2020-21": the fiscal year by its two calendar years, as the countries that keep one write it.
    public var fiscalName: String {
        "FY\(CalendarDate.pad(start.year, 4))-\(CalendarDate.pad(end.year % 100, 2))"
    }

    /// The label's body for a fiscal year: `FY2020-07/2021-06`, or `FY2020-04-06/2021-04-05` for one that does
    /// not start on the first of a month. Its bounds in full, so it reads back without knowing whose it is.
    var fiscalLabelBody: String {
        let wholeMonths = start.day == 1 && CalendarDate.lastDay(year: end.year, month: end.month) == end
        func month(_ d: CalendarDate) -> String { "\(CalendarDate.pad(d.year, 4))-\(CalendarDate.pad(d.month, 2))" }
        return wholeMonths ? "FY\(month(start))/\(month(end))" : "FY\(start)/\(end)"
    }

    /// The same fiscal year `years` later: the same first day, and the day before the next one as its end.
    func shiftedFiscalYear(years: Int) -> Period? {
        guard let first = FiscalYearStart(month: start.month, day: start.day),
              var moved = first.year(startingIn: start.year + years) else { return nil }
        moved.isApproximate = isApproximate
        moved.isWindow = isWindow
        return moved
    }
}
