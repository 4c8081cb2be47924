/// Fiscal labels: "FY2020-21", "FY2020/21", "FY 2020-2021", "2020-21", "2020/21", "fiscal year 2020-21",
/// "FY2021", "FY21", and bilat's own label "FY2020-07/2021-06".
extension PeriodReader.Reader {
    /// A fiscal year, or nil (the cursor untouched) when the text does not start with a fiscal label.
    mutating func fiscalYearPeriod() throws(PeriodReader.PeriodFailure) -> Period? {
        let saved = cursor
        let prefixed = takeFiscalPrefix()
        guard let firstToken = cursor.current, let firstDigits = firstToken.digits,
              firstDigits.count == 4 || (prefixed && firstDigits.count == 2), let written = Int(firstDigits) else {
            if prefixed { throw cursor.current.map { .unexpected($0) } ?? .incomplete }
            cursor = saved
            return nil
        }
        if prefixed, firstDigits.count == 4, let bounds = try labelBounds() { return bounds }
        let first = firstDigits.count == 2 ? Self.centuryOf(twoDigits: written) : written
        // Two years: "2020-21", "2020/21", "FY2020-2021".
        if let separator = cursor.peek(1), separator.isDash || separator.isSymbol("/"),
           let secondToken = cursor.peek(2), let secondDigits = secondToken.digits,
           secondDigits.count == 2 || (prefixed && secondDigits.count == 4), let second = Int(secondDigits) {
            let touching = separator.offset == firstToken.end && secondToken.offset == separator.end
            // "2021-12" is December 2021 (ISO 8601); only a fiscal prefix or a slash makes it FY2021-22's shape.
            if !prefixed, separator.isDash, touching, firstDigits.count == 4, (1...12).contains(second) {
                cursor = saved
                return nil
            }
            let follows = secondDigits.count == 4 ? second == first + 1 : second == (first + 1) % 100
            guard follows else {
                let next = secondDigits.count == 4 ? String(first + 1) : CalendarDate.pad((first + 1) % 100, 2)
                let fiscal = "a fiscal year (the year after \(first) is \(next), not \(secondDigits))"
                if !prefixed, separator.isDash, firstDigits.count == 4 {
                    throw .refused("names month \(second), which does not exist, and is not \(fiscal)")
                }
                throw .refused("is not \(fiscal)")
            }
            cursor.advance(3)
            guard let fiscalYear else { throw .noFiscalYear }
            guard !fiscalYear.start.isCalendarYear else {
                throw .refused("spans two years, but the fiscal year of \(fiscalYear.party) starts on 1 January: its "
                               + "fiscal years are calendar years, so write the one meant (\(first) or \(first + 1))")
            }
            guard let period = fiscalYear.start.year(startingIn: first) else { throw .invalidDate("year \(first)") }
            return period
        }
        guard prefixed else {
            cursor = saved
            return nil
        }
        // One year, "FY2021" or "FY21": the fiscal year that ends in it.
        cursor.advance()
        guard let fiscalYear else { throw .noFiscalYear }
        guard let period = fiscalYear.start.year(endingIn: first) else { throw .invalidDate("year \(first)") }
        return period
    }

    /// "FY", "fiscal year", "fiscal", "financial year", each perhaps after "the".
    mutating func takeFiscalPrefix() -> Bool {
        let saved = cursor
        _ = cursor.take(word: "the")
        if cursor.take(word: "fy") { return true }
        if cursor.take(word: "fiscal") { _ = cursor.take(word: "year"); return true }
        if cursor.take(words: ["financial", "year"]) { return true }
        cursor = saved
        return false
    }

    /// Two-digit years as POSIX `strptime` reads them: 69–99 are 1969–1999, 00–68 are 2000–2068.
    static func centuryOf(twoDigits year: Int) -> Int { year >= 69 ? 1900 + year : 2000 + year }

    /// bilat's label, "FY2020-07/2021-06" or "FY2020-04-06/2021-04-05": the bounds of one fiscal year, written out.
    /// Nil (the cursor untouched) when what follows "FY" is a year label such as "FY2020-21".
    mutating func labelBounds() throws(PeriodReader.PeriodFailure) -> Period? {
        guard cursor.peek(1)?.isDash == true, cursor.peek(2)?.digits?.count == 2,
              let after = cursor.peek(3), after.isDash || (after.isSymbol("/") && cursor.peek(4)?.digits?.count == 4) else { return nil }
        let left = try piece().resolve(defaultYear: nil)
        guard cursor.takeSymbol("/") else { throw cursor.current.map { .unexpected($0) } ?? .incomplete }
        let right = try piece().resolve(defaultYear: nil)
        guard left.granularity == right.granularity, left.granularity == .month || left.granularity == .day else {
            throw .refused("is not a fiscal year's bounds: write both as months (FY2020-07/2021-06) or both as days")
        }
        let start = left.start
        guard let first = FiscalYearStart(month: start.month, day: start.day), !first.isCalendarYear,
              let year = first.year(startingIn: start.year) else {
            throw .refused("is not a fiscal year: one starting \(start) is a calendar year or cannot start every year")
        }
        guard year.end == right.end else {
            throw .refused("is not one fiscal year: the one that starts on \(start) ends on \(year.end)")
        }
        return year
    }
}
