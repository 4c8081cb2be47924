/// Spans of the year that business and state-agency copy names in shorthand or in words: "9M of this year",
/// "7MFY23", "the first three quarters of 2023", "the first half of the current fiscal". Each is read against
/// the publication date and, for a fiscal form, the pair's fiscal year.
extension PeriodSpotter {
    /// The year words after a span give, from `k`: "2023", "of 2023", "of this year", "of the current year", "last
    /// year" (``yearWords``). Returns the year and the last token used.
    static func yearAfterSpan(_ s: SentenceTokens, at k: Int, reference: Period) -> (year: Int, last: Int)? {
        if s.word(k) == "of", let y = isYear(s.tokens.dropFirst(k + 1).first) { return (y, k + 1) }
        if let y = isYear(s.tokens.dropFirst(k).first) { return (y, k) }
        for (words, y) in yearWords(reference.end.year) where s.has(words, at: k) { return (y, k + words.count - 1) }
        return nil
    }

    /// January to the last day of month `n` of `year`.
    static func firstMonths(_ n: Int, of year: Int) -> Period? {
        guard let start = CalendarDate.firstDay(year: year), let end = CalendarDate.lastDay(year: year, month: n) else { return nil }
        return Period(start: start, end: end, granularity: .month)
    }

    /// The first `n` months of the fiscal year `fy`.
    static func firstMonths(_ n: Int, ofFiscal fy: Period) -> Period? {
        let endIndex = fy.start.monthIndex + n - 1
        guard endIndex <= fy.end.monthIndex, let end = CalendarDate.lastDay(year: endIndex / 12, month: endIndex % 12 + 1) else { return nil }
        return Period(start: fy.start, end: end, granularity: .month)
    }

    /// "9M of this year", "9M of 2023", "6M of last year": the first N months of that year; "7MFY23", "9MFY2024",
    /// "7M FY24": the first N months of that fiscal year (one year names the fiscal year ending in it). `i` is the
    /// digit. "9M 2023" is read in ``relative``; "AZN 5m" (a scale) is not a span, as no year words follow it.
    static func monthsShorthand(_ s: SentenceTokens, at i: Int, reference: Period?, fiscalYear: FiscalYear?) -> SpottedPeriod? {
        guard let reference, let d = s.tokens[i].digits, let n = Int(d), (1...12).contains(n), let m = s.word(i + 1) else { return nil }
        guard i == 0 || !s.tokens[i - 1].isSymbol("$", "€", "£", "₼", ".", ","), !QuantitySpotter.currencyCodes.contains(s.word(i - 1) ?? "") else { return nil }
        guard s.touching(i, i + 1) else { return nil }
        // "7MFY23": the word "mfy" touching the fiscal year's digits; "7M FY24": "m", then the label ("fy24" or "fy" "24").
        var label: (digits: String, last: Int)? = nil
        if m == "mfy", i + 2 < s.count, s.touching(i + 1, i + 2), let d = s.tokens[i + 2].digits { label = (d, i + 2) }
        else if m == "m", let w = s.word(i + 2), w.hasPrefix("fy") {
            if w == "fy", let d = s.tokens.dropFirst(i + 3).first?.digits { label = (d, i + 3) }
            else if w.count > 2, w.dropFirst(2).allSatisfy(\.isASCIIDigit) { label = (String(w.dropFirst(2)), i + 2) }
        }
        if let label {
            guard let fy = fiscalYear, !fy.start.isCalendarYear, let named = Int(label.digits), label.digits.count == 2 || label.digits.count == 4 else { return nil }
            let year = label.digits.count == 2 ? 2000 + named : named
            guard let whole = fy.start.year(endingIn: year), let p = firstMonths(n, ofFiscal: whole) else { return nil }
            return SpottedPeriod(first: i, last: label.last, text: s.text(i, label.last), period: p)
        }
        guard m == "m", s.word(i + 2) == "of", let (year, last) = yearAfterSpan(s, at: i + 2, reference: reference),
              let p = firstMonths(n, of: year) else { return nil }
        return SpottedPeriod(first: i, last: last, text: s.text(i, last), period: p)
    }

    /// "the first three quarters of 2023", "the first two quarters of this year", "first three quarters of FY2022-23":
    /// January (or the fiscal year's first month) to the end of that quarter.
    static func firstQuarters(_ s: SentenceTokens, at i: Int, reference: Period?, fiscalYear: FiscalYear?) -> SpottedPeriod? {
        guard let reference else { return nil }
        var j = i
        if s.word(j) == "the" { j += 1 }
        guard s.word(j) == "first", let w = s.word(j + 1), let n = NumberWords.units[w] ?? Int(s.tokens[j + 1].digits ?? ""), (2...3).contains(n),
              s.word(j + 2) == "quarters", s.word(j + 3) == "of" else { return nil }
        if let fiscal = fiscalMonths(s, at: j + 4, count: 3 * n, from: i, reference: reference, fiscalYear: fiscalYear) { return fiscal }
        guard let (year, last) = yearAfterSpan(s, at: j + 3, reference: reference), let p = firstMonths(3 * n, of: year) else { return nil }
        return SpottedPeriod(first: i, last: last, text: s.text(i, last), period: p)
    }

    /// "the current fiscal", "this fiscal", "the last fiscal", "the previous fiscal" with no "year" after it, as
    /// Indian and Pakistani papers write it after "the first half of": that fiscal year. Only after "half of",
    /// "quarter of" and "months of": alone, "the current fiscal" may be an adjective ("the current fiscal deficit").
    static func bareFiscalYear(_ s: SentenceTokens, at i: Int, reference: Period?, fiscalYear: FiscalYear?) -> SpottedPeriod? {
        guard let reference, let fy = fiscalYear, !fy.start.isCalendarYear else { return nil }
        var j = i
        if s.word(j) == "the" { j += 1 }
        guard let which = s.word(j), ["last", "previous", "current", "this"].contains(which),
              s.word(j + 1) == "fiscal", s.word(j + 2) != "year" else { return nil }
        if let next = s.word(j + 2), !["and", "or", "to", "from", "as", "against", "compared", "driven", "while", "when", "which"].contains(next) { return nil }
        let today = reference.end
        let startsThisYear = (today.month, today.day) >= (fy.start.month, fy.start.day)
        let current = today.year - (startsThisYear ? 0 : 1)
        let before = which == "last" || which == "previous"
        guard let period = fy.start.year(startingIn: before ? current - 1 : current) else { return nil }
        return SpottedPeriod(first: i, last: j + 1, text: s.text(i, j + 1), period: period)
    }

    /// "(July-January)" at `k`: a bracketed month range that restates a span's months, skipped to reach "of FY24".
    /// Returns the index after the closing bracket.
    static func afterBracketedMonths(_ s: SentenceTokens, at k: Int) -> Int? {
        guard s.tokens.dropFirst(k).first?.isSymbol("(") == true else { return nil }
        for close in (k + 2)...min(k + 6, s.count - 1) where s.tokens[close].isSymbol(")") {
            guard (k + 1..<close).allSatisfy({ monthNames[s.word($0) ?? ""] != nil || s.tokens[$0].isDash }) else { return nil }
            return close + 1
        }
        return nil
    }

    /// "Jan-Sep last year", "January-March of this year", "April-June of the previous year": the months of that year.
    /// (With a year in digits, "Jan-Sep 2022" is ``PeriodReader``'s.)
    static func monthRangeOfYear(_ s: SentenceTokens, at i: Int, reference: Period?) -> SpottedPeriod? {
        guard let reference, let m1 = s.word(i).flatMap({ monthNames[$0] }), m1 > 0, s.tokens.dropFirst(i + 1).first?.isDash == true,
              let m2 = s.word(i + 2).flatMap({ monthNames[$0] }), m2 > m1, s.word(i + 3) != nil,
              isYear(s.tokens.dropFirst(i + 3).first) == nil,
              let (year, last) = yearAfterSpan(s, at: i + 3, reference: reference),
              let start = CalendarDate.firstDay(year: year, month: m1), let end = CalendarDate.lastDay(year: year, month: m2) else { return nil }
        return SpottedPeriod(first: i, last: last, text: s.text(i, last), period: Period(start: start, end: end, granularity: .month))
    }
}
