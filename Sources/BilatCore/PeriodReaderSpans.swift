/// Spans named by their words rather than their bounds: "last year", "since 2012", "the first five months of
/// 2018", "12–20 September 2021".
extension PeriodReader.Reader {
    /// The first of these forms the text starts with, or nil (the cursor untouched).
    mutating func namedSpan() throws(PeriodReader.PeriodFailure) -> Period? {
        if let year = try relativeYear() { return year }
        if let span = try since() { return span }
        if let fiscal = try fiscalYearPeriod() { return fiscal }
        return try firstMonths()
    }

    /// "last year", "this year", "next year": calendar years counted from the reference date's year. (With "the",
    /// "the last year" is the twelve months to the reference date: a window, read by ``window()``.)
    mutating func relativeYear() throws(PeriodReader.PeriodFailure) -> Period? {
        guard let word = cursor.current?.word, cursor.peek(1)?.isWord("year") == true else { return nil }
        let offsets = ["last": -1, "this": 0, "next": 1]
        guard let offset = offsets[word] else { return nil }
        guard let reference else { throw .needsReference }
        cursor.advance(2)
        guard let year = Period.year(reference.end.year + offset) else { throw .invalidDate("year \(reference.end.year + offset)") }
        return year
    }

    /// "since 2012", "since March 2019": from the period named to the reference date, in the unit it names.
    mutating func since() throws(PeriodReader.PeriodFailure) -> Period? {
        guard cursor.take(word: "since") else { return nil }
        let start = try piece().resolve(defaultYear: nil)
        guard let reference else { throw .needsReference }
        guard let period = PeriodReader.since(start, until: reference) else {
            throw .refused("starts after the date it counts to (\(reference.label))")
        }
        return period
    }

    /// "the first five months of 2018", "first 6 months of 2017": January to the Nth month.
    mutating func firstMonths() throws(PeriodReader.PeriodFailure) -> Period? {
        let saved = cursor
        _ = cursor.take(word: "the")
        guard cursor.take(word: "first") else { cursor = saved; return nil }
        var count: Int?
        if let d = cursor.current?.digits, d.count <= 3 { count = Int(d) }
        else if let w = cursor.current?.word { count = NumberWords.units[w] ?? NumberWords.tens[w] }
        guard let n = count, let unit = cursor.peek(1), unit.isWord("months") || (n == 1 && unit.isWord("month")) else {
            cursor = saved
            return nil
        }
        cursor.advance(2)
        guard (1...12).contains(n) else { throw .refused("names the first \(n) months of a year, which has twelve") }
        _ = cursor.take(word: "of")
        guard let y = year() else { throw cursor.current.map { .unexpected($0) } ?? .incomplete }
        guard let start = CalendarDate.firstDay(year: y), let end = CalendarDate.lastDay(year: y, month: n) else {
            throw .invalidDate("year \(y)")
        }
        return Period(start: start, end: end, granularity: .month)
    }

    /// Days of one month: "12–20 September 2021", "12 to 20 Sep 2021", "September 12–20, 2021".
    mutating func dayRange(between: Bool) throws(PeriodReader.PeriodFailure) -> Period? {
        let saved = cursor
        func day(_ token: Token?) -> Int? {
            guard let d = token?.digits, d.count <= 2 else { return nil }
            return Int(d)
        }
        var first: Int?, last: Int?, month: Int?
        if let d1 = day(cursor.current) {
            // 12–20 September 2021
            cursor.advance()
            guard takeRangeSeparator(between: between), let d2 = day(cursor.current),
                  let m = cursor.peek(1)?.word.flatMap({ PeriodReader.months[$0] }) else { cursor = saved; return nil }
            cursor.advance(2)
            _ = cursor.takeSymbol(".")
            (first, last, month) = (d1, d2, m)
        } else if let m = cursor.current?.word.flatMap({ PeriodReader.months[$0] }) {
            // September 12–20, 2021
            cursor.advance()
            _ = cursor.takeSymbol(".")
            guard let d1 = day(cursor.current) else { cursor = saved; return nil }
            cursor.advance()
            guard takeRangeSeparator(between: between), let d2 = day(cursor.current),
                  cursor.peek(1)?.word.flatMap({ PeriodReader.months[$0] }) == nil else { cursor = saved; return nil }
            cursor.advance()
            (first, last, month) = (d1, d2, m)
        }
        guard let first, let last, let month else { cursor = saved; return nil }
        _ = cursor.takeSymbol(",")
        guard let y = year() else { throw cursor.current.map { .unexpected($0) } ?? .incomplete }
        guard let start = CalendarDate(year: y, month: month, day: first) else {
            throw .invalidDate("day \(first) of month \(month) in \(y)")
        }
        guard let end = CalendarDate(year: y, month: month, day: last) else {
            throw .invalidDate("day \(last) of month \(month) in \(y)")
        }
        guard start <= end else {
            throw .refused("runs from day \(first) back to day \(last): the first day of a range comes first")
        }
        return Period(start: start, end: end, granularity: .day)
    }
}

extension PeriodReader {
    /// "since 2012" against a reference date: from the start of what is named to the reference, rounded out to
    /// the unit named (2012 to the reference's year, March 2019 to its month, a day to its day). Nil when the
    /// named period starts after the reference. The extractor reads "since" with it too.
    static func since(_ start: Period, until reference: Period) -> Period? {
        let end: CalendarDate?
        let granularity: Period.Granularity
        switch start.granularity {
        case .year:
            end = CalendarDate.lastDay(year: reference.end.year); granularity = .year
        case .quarter, .month:
            end = CalendarDate.lastDay(year: reference.end.year, month: reference.end.month); granularity = .month
        case .day:
            end = reference.end; granularity = .day
        }
        guard let end, start.start <= end else { return nil }
        return Period(start: start.start, end: max(end, start.end), granularity: granularity, isApproximate: start.isApproximate)
    }
}
