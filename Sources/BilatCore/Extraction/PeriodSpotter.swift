/// A period named in a sentence, and what it means there.
struct SpottedPeriod: Hashable {
    var first: Int
    var last: Int
    var text: String
    /// The period itself, when the words name one ("in 2019", "last March", "between January and June").
    var period: Period?
    /// For comparisons: how many years back from the figure's own period the words point
    /// ("a year earlier", "the same months of last year", "year-on-year").
    var yearsBack: Int?
    /// "the same months of 2019": the figure's own span of months, in that year.
    var sameSpanYear: Int?
    /// "the following year": one year after the period the text spoke of before.
    var yearsForward: Int? = nil
    /// "the previous quarter", "a month earlier": how many months back from the figure's own period.
    var monthsBack: Int? = nil
    /// "by 2025", "until 2030": a deadline for a goal, not the period of a figure.
    var isDeadline = false
    /// "FY2020-21" where no fiscal year is known to read it in: the figure's period, left empty, not guessed.
    var isUnreadFiscalYear = false

    /// Points back from the figure's own period ("a year earlier", "the previous quarter") and names no period itself.
    var pointsBack: Bool { period == nil && (yearsBack != nil || monthsBack != nil) }

    /// The period these words point back to from `figure`'s ("the previous quarter" of 2022-Q3 is 2022-Q2).
    func back(from figure: Period) -> Period? {
        if let n = yearsBack { return figure.shifted(years: -n) }
        if let m = monthsBack { return figure.shifted(months: -m) }
        return nil
    }
}

/// Finds the periods a sentence names: every form ``PeriodReader`` reads, plus the relative forms news
/// writes ("last year", "last March", "this year", "a year earlier", "the same months of 2019",
/// "recently"), resolved against the publication date.
///
/// A month, month range, quarter or half without a year is the latest one that ends by the publication
/// date ("between January and June" written in August 2022 is January–June 2022).
enum PeriodSpotter {
    static let monthNames = PeriodReader.months
    static let relativeStarts: Set<String> = ["the", "same", "corresponding", "a", "one", "year", "last", "so", "this", "next", "today", "yesterday", "first",
                                               "recently", "in", "recent", "quarter", "month",
                                               "second", "third", "fourth"]
    static let weekdays: [String: Int] = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    /// Month names that are also common English words; they count as months only next to a day,
    /// a year, or a word that introduces a date.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jan", "dec", "sep", "sept", "aug", "oct", "nov", "apr", "jun", "jul", "feb"]
    static let dateIntroducers: Set<String> = ["in", "since", "of", "between", "from", "last", "until", "till", "to", "through", "and", "by", "during", "early", "late", "mid", "end", "this", "next", "before", "after"]

    /// - Parameters:
    ///   - reference: the publication date; relative forms need it and are skipped without it.
    ///   - fiscalYear: whose fiscal year "FY2020-21" names; without one such a label is spotted but not read.
    ///   - isUnitNoun: says whether a word is a noun something is counted in, so "2000 officers" is not a year.
    static func spot(_ s: SentenceTokens, reference: Period?, fiscalYear: FiscalYear? = nil,
                     isUnitNoun: (String) -> Bool) -> [SpottedPeriod] {
        var found: [SpottedPeriod] = []
        var i = 0
        while i < s.count {
            if var relative = relative(s, at: i, reference: reference, fiscalYear: fiscalYear) {
                // "since August last year": from that month to the publication's, as "since August 2021" is.
                if let p = relative.period, let widened = sinceWidened(s, at: i, p, reference: reference) { relative.period = widened }
                found.append(relative)
                i = relative.last + 1
                continue
            }
            if startsExplicit(s, at: i, isUnitNoun: isUnitNoun),
               let explicit = explicit(s, at: i, reference: reference, fiscalYear: fiscalYear) {
                found.append(explicit)
                i = explicit.last + 1
                continue
            }
            i += 1
        }
        return joinRanges(found, in: s)
    }

    /// "between 2005 and last year": two spotted periods joined by between … and, into one range.
    static func joinRanges(_ spots: [SpottedPeriod], in s: SentenceTokens) -> [SpottedPeriod] {
        var out: [SpottedPeriod] = []
        var k = 0
        while k < spots.count {
            let a = spots[k]
            // "from July 2022 until the end of June", "from 1996 to the end of 2022": a range up to the later period's end.
            if k + 1 < spots.count, s.word(a.first - 1) == "from", let pa = a.period, let pb = spots[k + 1].period,
               let gap = untilWords(s, from: a.last + 1), a.last + gap + 1 == spots[k + 1].first, pa.start <= pb.end {
                let b = spots[k + 1]
                let joined = Period(start: pa.start, end: pb.end, granularity: pa.granularity == pb.granularity ? pa.granularity : .month,
                                    isApproximate: pa.isApproximate || pb.isApproximate)
                out.append(SpottedPeriod(first: a.first - 1, last: b.last, text: s.text(a.first - 1, b.last), period: joined))
                k += 2
                continue
            }
            if k + 1 < spots.count, s.word(a.first - 1) == "between" || s.word(a.first - 1) == "from",
               let b = Optional(spots[k + 1]), b.first == a.last + 2, s.word(a.last + 1) == "and" || s.word(a.last + 1) == "to",
               let pa = a.period, let pb = b.period, pa.start <= pb.end {
                let joined = Period(start: pa.start, end: pb.end, granularity: pa.granularity == pb.granularity ? pa.granularity : .month,
                                    isApproximate: pa.isApproximate || pb.isApproximate)
                out.append(SpottedPeriod(first: a.first - 1, last: b.last, text: s.text(a.first - 1, b.last), period: joined))
                k += 2
                continue
            }
            out.append(a)
            k += 1
        }
        return out
    }

    /// How many words at `k` join a range's start to its end with "until", "till", "through" or "to", with "the end
    /// of" or "end-" after it ("until the end of", "to end-"); nil when none do.
    static func untilWords(_ s: SentenceTokens, from k: Int) -> Int? {
        guard let w = s.word(k), ["until", "till", "through", "to", "up"].contains(w) else { return nil }
        var j = k + 1
        if w == "up" { guard s.word(j) == "to" || s.word(j) == "until" else { return nil }; j += 1 }
        if s.word(j) == "the", s.word(j + 1) == "end", s.word(j + 2) == "of" { j += 3 }
        else if s.word(j) == "end", s.word(j + 1) == "of" { j += 2 }
        else if s.word(j) == "end", s.tokens.dropFirst(j + 1).first?.isDash == true { j += 2 }
        return j - k
    }

    static func isYear(_ t: Token?) -> Int? {
        guard let d = t?.digits, d.count == 4, let y = Int(d), (1800...2200).contains(y) else { return nil }
        return y
    }

    static func isMonth(_ s: SentenceTokens, _ i: Int) -> Bool {
        guard let w = s.word(i), monthNames[w] != nil else { return false }
        if !ambiguousMonths.contains(w) && w.count > 3 { return true }
        // "March 2020", "May 9", "in May", "last March"; but not "may rise" or "march on".
        if let next = s.tokens.dropFirst(i + 1).first, next.digits != nil { return true }
        if i + 2 < s.count, s.tokens[i + 1].isSymbol("."), s.tokens[i + 2].digits != nil { return true }
        if let before = s.word(i - 1), dateIntroducers.contains(before) { return w.count > 3 || w == "may" }
        if i >= 1, s.tokens[i - 1].digits != nil, (s.tokens[i - 1].digits!.count <= 2) { return true }
        return false
    }

    static func startsExplicit(_ s: SentenceTokens, at i: Int, isUnitNoun: (String) -> Bool) -> Bool {
        let t = s.tokens[i]
        if isYear(t) != nil {
            // "2000 officers" counts officers; "2,000" is a number, not the year 2.
            // "2000 officers" counts officers; "the 2014 memorandum" is a year used as an adjective.
            if let next = s.word(i + 1), next.hasSuffix("s"), isUnitNoun(next), !s.touching(i, i + 1) { return false }
            if i > 0, s.tokens[i - 1].isSymbol(",", ".", "$", "€", "£", "₼"), s.touching(i - 1, i) { return false }
            // "2,022,100" is a number; "In 2022, 100 munitions" a year and a count.
            return !(i + 2 < s.count && s.tokens[i + 1].isSymbol(",") && s.touching(i, i + 1) && s.touching(i + 1, i + 2)
                     && s.tokens[i + 2].digits?.count == 3)
        }
        if t.digits != nil, t.digits!.count <= 2, isMonth(s, i + 1) { return true } // 12 December 1991
        // 12–20 September 2021
        if let d = t.digits, d.count <= 2, let separator = s.tokens.dropFirst(i + 1).first, separator.isDash || separator.isWord("to"),
           let d2 = s.tokens.dropFirst(i + 2).first?.digits, d2.count <= 2, isMonth(s, i + 3) { return true }
        guard let w = t.word else { return false }
        // FY2020-21, FY21, fiscal year 2021, financial year 2020-21
        if w == "fy", s.tokens.dropFirst(i + 1).first?.digits != nil { return true }
        if w == "fiscal" || w == "financial", s.word(i + 1) == "year" || s.tokens.dropFirst(i + 1).first?.digits != nil { return true }
        if isMonth(s, i) { return true }
        if (w == "q" || w == "h"), let d = s.tokens.dropFirst(i + 1).first?.digits, d.count == 1 { return true }
        if PeriodReader.ordinalWords[w] != nil, s.word(i + 1) == "quarter" || s.word(i + 1) == "half" { return true }
        if PeriodReader.seasons[w] != nil, isYear(s.tokens.dropFirst(i + 1).first) != nil || (s.word(i + 1) == "of" && isYear(s.tokens.dropFirst(i + 2).first) != nil) { return true }
        if ["early", "mid", "late"].contains(w) { return true }
        if w == "the", let n = s.word(i + 1), ["past", "last", "previous"].contains(n) { return true }
        if w == "the", isYear(s.tokens.dropFirst(i + 1).first) != nil, s.word(i + 2) == "s" { return true }
        if ["past", "previous"].contains(w) { return true }
        if w == "last", let n = s.tokens.dropFirst(i + 1).first, n.digits != nil || ["decade", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty"].contains(n.word ?? "") { return true }
        if w == "between" || w == "from", let n = s.tokens.dropFirst(i + 1).first, isYear(n) != nil || isMonth(s, i + 1) { return true }
        return false
    }

    /// The longest span from `i` that ``PeriodReader`` reads, or that it reads once the latest fitting year is added.
    static func explicit(_ s: SentenceTokens, at i: Int, reference: Period?, fiscalYear: FiscalYear? = nil) -> SpottedPeriod? {
        let maxLength = min(9, s.count - i)
        guard maxLength > 0 else { return nil }
        // Most periods read in one greedy pass over the tokens; only when that fails are shorter spans tried.
        var reader = PeriodReader.Reader(cursor: TokenCursor(Array(s.tokens[i..<(i + maxLength)])), reference: reference,
                                         fiscalYear: fiscalYear)
        do throws(PeriodReader.PeriodFailure) {
            let greedy = try reader.period()
            let last = i + reader.cursor.index - 1
            let endsOnJoiningWord = s.word(last).map { ["and", "to", "of", "the", "between", "from", "until", "through", "in"].contains($0) } ?? false
            if reader.cursor.index > 0, !endsOnJoiningWord { return spotted(s, i, last, greedy, reference: reference) }
        } catch {
            // A fiscal label with no fiscal year to read it in: its words are a period, but which is not known.
            if case .noFiscalYear = error {
                let last = i + reader.cursor.index - 1
                return SpottedPeriod(first: i, last: last, text: s.text(i, last), period: nil, isUnreadFiscalYear: true)
            }
        }
        for length in stride(from: maxLength, through: 1, by: -1) {
            let last = i + length - 1
            // A span never ends on a joining word or symbol.
            if let w = s.word(last), ["and", "to", "of", "the", "between", "from", "until", "through", "in"].contains(w) { continue }
            if s.tokens[last].symbol != nil && !s.tokens[last].isSymbol("s") { continue }
            // The span's own tokens are those its text would tokenize to: read them, not the text again.
            let span = Array(s.tokens[i...last])
            var period = PeriodReader.read(span, reference: reference, fiscalYear: fiscalYear)
            var end = last
            if period == nil, let reference, !(i...last).contains(where: { isYear(s.tokens[$0]) != nil }) {
                // "the first quarter of last year", "March this year": the year follows in words.
                let y = reference.end.year
                for (words, year) in yearWords(y) {
                    if s.has(words, at: last + 1) {
                        period = PeriodReader.read(withYear(span, year))
                        if period != nil { end = last + words.count }
                        break
                    }
                }
                if period == nil { period = latestFitting(span, reference: reference) }
            }
            guard let found = period else { continue }
            return spotted(s, i, end, found, reference: reference)
        }
        return nil
    }

    /// A period read from tokens `i` through `end`, marked as a window, a range from "since", or a deadline.
    static func spotted(_ s: SentenceTokens, _ i: Int, _ end: Int, _ period: Period, reference: Period?) -> SpottedPeriod {
            var found = period
            // "the past decade" read against a date: a window, marked approximate.
            if found.isWindow { found.isApproximate = true }
            // "since 2012", "since it began in 2012": from that year to the year of publication.
            // "since September 2021", "since the floods began in June": from that month (or day) to the publication's.
            if let since = sinceWidened(s, at: i, found, reference: reference) { found = since }
            var spotted = SpottedPeriod(first: i, last: end, text: s.text(i, end), period: found)
            if let before = s.word(i - 1), before == "by" || before == "until" || before == "till" { spotted.isDeadline = true }
            return spotted
    }

    /// "since 2012", "since it began in 2012", "since August last year": a single year, month or day after "since"
    /// (up to six words before it, in its clause) runs from it to the publication date, in the unit named.
    static func sinceWidened(_ s: SentenceTokens, at i: Int, _ found: Period, reference: Period?) -> Period? {
        let single = found.granularity == .day || (found.start.year == found.end.year
                                                   && (found.granularity == .year || found.start.month == found.end.month))
        guard let reference, single, !found.isWindow, found.start <= reference.end,
              (max(0, i - 6)..<i).contains(where: { s.word($0) == "since" && s.clause[$0] == s.clause[i] }),
              let since = PeriodReader.since(found, until: reference), since.end > found.end else { return nil }
        return since
    }

    /// "between January and June", "first half", "March": the latest such period that ends by the reference.
    static func latestFitting(_ span: [Token], reference: Period) -> Period? {
        let year = reference.end.year
        for y in [year, year - 1] {
            if let p = PeriodReader.read(withYear(span, y)), p.end <= reference.end || y < year {
                return p
            }
        }
        return nil
    }

    /// The words after a span that give its year, and the year each gives ("the first quarter of last year").
    static func yearWords(_ y: Int) -> [([String], Int)] {
        [(["of", "last", "year"], y - 1), (["last", "year"], y - 1), (["of", "this", "year"], y), (["this", "year"], y), (["of", "the", "year"], y),
         (["of", "the", "current", "year"], y), (["of", "the", "previous", "year"], y - 1), (["of", "the", "last", "year"], y - 1)]
    }

    /// The tokens of the span's text followed by " YEAR", as tokenizing that text would give them.
    static func withYear(_ span: [Token], _ year: Int) -> [Token] {
        let digits = String(year)
        return span + [Token(kind: .digits(digits), offset: (span.last?.end ?? 0) + 1, length: digits.count)]
    }

    /// "five months of the current fiscal year", "the first 11 months of this fiscal", "five months of this year":
    /// the first N months of the year the publication date is in, a fiscal year when the words say so (in the
    /// pair's fiscal year; not read without one). "first N months" of a calendar year is read further on.
    static func monthsOfYear(_ s: SentenceTokens, at i: Int, reference: Period?, fiscalYear: FiscalYear?) -> SpottedPeriod? {
        guard let reference else { return nil }
        var j = i
        if s.word(j) == "the" { j += 1 }
        let first = s.word(j) == "first"
        if first { j += 1 }
        let n: Int?
        if let d = s.tokens.dropFirst(j).first?.digits { n = Int(d) } else { n = s.word(j).flatMap { NumberWords.units[$0] } }
        guard let n, (1...12).contains(n), s.word(j + 1) == "months" || (n == 1 && s.word(j + 1) == "month"), s.word(j + 2) == "of" else { return nil }
        var k = j + 3
        if s.word(k) == "the" { k += 1 }
        guard let which = s.word(k), ["current", "this"].contains(which) else { return nil }
        k += 1
        let fiscal = s.word(k) == "fiscal" || s.word(k) == "financial"
        if fiscal { k += 1 }
        let saysYear = s.word(k) == "year"
        // "of this fiscal" alone names the fiscal year; a calendar year needs "year" ("of this year").
        guard fiscal || saysYear else { return nil }
        let last = saysYear ? k : k - 1
        let today = reference.end
        let startMonthIndex: Int
        if fiscal {
            guard let fy = fiscalYear, !fy.start.isCalendarYear else { return nil }
            let startsThisYear = (today.month, today.day) >= (fy.start.month, fy.start.day)
            startMonthIndex = (today.year - (startsThisYear ? 0 : 1)) * 12 + fy.start.month - 1
        } else {
            // "the first six months" of a calendar year is read by the rule below, with its other forms.
            guard !first else { return nil }
            startMonthIndex = today.year * 12
        }
        let endIndex = startMonthIndex + n - 1
        guard let start = CalendarDate.firstDay(year: startMonthIndex / 12, month: startMonthIndex % 12 + 1),
              let end = CalendarDate.lastDay(year: endIndex / 12, month: endIndex % 12 + 1) else { return nil }
        return SpottedPeriod(first: i, last: last, text: s.text(i, last), period: Period(start: start, end: end, granularity: .month))
    }

    /// "fiscal year 2020-21", "FY2021-22", "the fiscal year 2021-22" at `k`, after "the first N months of": the first
    /// N months of that fiscal year (the span from `first` to the label).
    static func fiscalMonths(_ s: SentenceTokens, at k: Int, count n: Int, from first: Int, reference: Period?, fiscalYear: FiscalYear?) -> SpottedPeriod? {
        let at = s.word(k) == "the" ? k + 1 : k
        guard at < s.count, let label = explicit(s, at: at, reference: reference, fiscalYear: fiscalYear), let fy = label.period, fy.isFiscalYear else { return nil }
        let endIndex = fy.start.monthIndex + n - 1
        guard endIndex <= fy.end.monthIndex, let end = CalendarDate.lastDay(year: endIndex / 12, month: endIndex % 12 + 1) else { return nil }
        return SpottedPeriod(first: first, last: label.last, text: s.text(first, label.last), period: Period(start: fy.start, end: end, granularity: .month))
    }

    /// "the quarter ended September 30, 2023", "the three months ending June", "the half-year ended 30 June 2022", "the
    /// year ended March 2023": the months of that span, its last the month named (a day names its month).
    static func spanEnding(_ s: SentenceTokens, at i: Int, reference: Period?, fiscalYear: FiscalYear?) -> SpottedPeriod? {
        var j = i
        if s.word(j) == "the" { j += 1 }
        let months: Int
        if s.word(j) == "quarter" { months = 3; j += 1 }
        else if s.word(j) == "year" { months = 12; j += 1 }
        else if s.word(j) == "half" { months = 6; j += 1 }
        else if let w = s.word(j), let n = NumberWords.units[w] ?? Int(s.tokens[j].digits ?? ""), (1...12).contains(n), s.word(j + 1) == "months" { months = n; j += 2 }
        else if let d = s.tokens.dropFirst(j).first?.digits, let n = Int(d), (1...12).contains(n), s.word(j + 1) == "months" { months = n; j += 2 }
        else { return nil }
        guard let verb = s.word(j), verb == "ended" || verb == "ending", j + 1 < s.count,
              let named = explicit(s, at: j + 1, reference: reference, fiscalYear: fiscalYear) ?? relative(s, at: j + 1, reference: reference, fiscalYear: fiscalYear),
              let p = named.period, p.granularity == .day || p.granularity == .month || p.start.monthIndex == p.end.monthIndex else { return nil }
        let endIndex = p.end.monthIndex, startIndex = endIndex - months + 1
        guard let start = CalendarDate.firstDay(year: startIndex / 12, month: startIndex % 12 + 1),
              let end = CalendarDate.lastDay(year: endIndex / 12, month: endIndex % 12 + 1) else { return nil }
        let granularity: Period.Granularity = months == 3 && (start.month - 1) % 3 == 0 ? .quarter : .month
        return SpottedPeriod(first: i, last: named.last, text: s.text(i, named.last), period: Period(start: start, end: end, granularity: granularity))
    }

    /// "(the) first half of 2022-23", "the third quarter of FY2021-22", "the first half of the current fiscal year": the
    /// months of that half or quarter of the fiscal year. A calendar year ("the first half of 2022") is left to ``PeriodReader``.
    static func partOfFiscalYear(_ s: SentenceTokens, at i: Int, reference: Period?, fiscalYear: FiscalYear?) -> SpottedPeriod? {
        var j = i
        if s.word(j) == "the" { j += 1 }
        guard let ordinal = s.word(j), let n = ["first": 1, "second": 2, "third": 3, "fourth": 4][ordinal],
              let unit = s.word(j + 1), unit == "half" || unit == "quarter", n <= (unit == "half" ? 2 : 4), s.word(j + 2) == "of" else { return nil }
        let k = j + 3
        let fy: SpottedPeriod
        if let words = fiscalYearWords(s, at: k, reference: reference, fiscalYear: fiscalYear)
            ?? bareFiscalYear(s, at: k, reference: reference, fiscalYear: fiscalYear) { fy = words }
        else {
            let at = s.word(k) == "the" ? k + 1 : k
            guard at < s.count, let label = explicit(s, at: at, reference: reference, fiscalYear: fiscalYear) else { return nil }
            fy = label
        }
        guard let year = fy.period, year.isFiscalYear else { return nil }
        let length = unit == "half" ? 6 : 3
        let startIndex = year.start.monthIndex + (n - 1) * length
        let endIndex = startIndex + length - 1
        guard let start = CalendarDate.firstDay(year: startIndex / 12, month: startIndex % 12 + 1),
              let end = CalendarDate.lastDay(year: endIndex / 12, month: endIndex % 12 + 1) else { return nil }
        return SpottedPeriod(first: i, last: fy.last, text: s.text(i, fy.last),
                             period: Period(start: start, end: end, granularity: unit == "quarter" ? .quarter : .month))
    }

    /// "the last financial year", "the previous fiscal year", "the current fiscal year", "this financial year": the
    /// fiscal year before (or holding) the publication date, in the pair's fiscal year; not read without one.
    static func fiscalYearWords(_ s: SentenceTokens, at i: Int, reference: Period?, fiscalYear: FiscalYear?) -> SpottedPeriod? {
        guard let reference, let fy = fiscalYear, !fy.start.isCalendarYear else { return nil }
        var j = i
        if s.word(j) == "the" { j += 1 }
        guard let which = s.word(j), ["last", "previous", "preceding", "prior", "current", "this"].contains(which),
              s.word(j + 1) == "fiscal" || s.word(j + 1) == "financial", s.word(j + 2) == "year" else { return nil }
        let today = reference.end
        let startsThisYear = (today.month, today.day) >= (fy.start.month, fy.start.day)
        let current = today.year - (startsThisYear ? 0 : 1)
        let before = ["last", "previous", "preceding", "prior"].contains(which)
        guard let period = fy.start.year(startingIn: before ? current - 1 : current) else { return nil }
        // "from $17.6 billion in the previous fiscal year" after "in fiscal year 2022-23": a year before the figure's,
        // as "the previous year" is; alone, the fiscal year before the publication date.
        return SpottedPeriod(first: i, last: j + 2, text: s.text(i, j + 2), period: period, yearsBack: before ? 1 : nil)
    }

    /// Relative forms of news prose.
    static func relative(_ s: SentenceTokens, at i: Int, reference: Period?, fiscalYear: FiscalYear? = nil) -> SpottedPeriod? {
        func make(_ length: Int, period: Period? = nil, yearsBack: Int? = nil, sameSpanYear: Int? = nil, yearsForward: Int? = nil,
                  monthsBack: Int? = nil) -> SpottedPeriod {
            SpottedPeriod(first: i, last: i + length - 1, text: s.text(i, i + length - 1), period: period,
                          yearsBack: yearsBack, sameSpanYear: sameSpanYear, yearsForward: yearsForward, monthsBack: monthsBack)
        }
        // Up to four words in a row from `i`; optional parameters rather than a variadic list, which allocated an
        // array for each of the dozens of checks made at each common word ("the", "a", "in").
        func words(_ a: String, _ b: String? = nil, _ c: String? = nil, _ d: String? = nil) -> Bool {
            s.word(i) == a && (b == nil || s.word(i + 1) == b) && (c == nil || s.word(i + 2) == c) && (d == nil || s.word(i + 3) == d)
        }
        // Every relative form starts with one of these words; most tokens are rejected at once.
        if s.tokens[i].digits != nil, s.word(i + 1) == "months", let months = monthsOfYear(s, at: i, reference: reference, fiscalYear: fiscalYear) {
            return months
        }
        // "9M 2023", "9M2023": the first nine months of that year. Only with its year: "AZN 5m" is five million.
        if let d = s.tokens[i].digits, let n = Int(d), (1...12).contains(n), s.word(i + 1) == "m", s.touching(i, i + 1),
           i == 0 || !s.tokens[i - 1].isSymbol("$", "€", "£", "₼", ".", ","), !QuantitySpotter.currencyCodes.contains(s.word(i - 1) ?? ""),
           let y = isYear(s.tokens.dropFirst(i + 2).first),
           let start = CalendarDate.firstDay(year: y), let end = CalendarDate.lastDay(year: y, month: n) {
            return SpottedPeriod(first: i, last: i + 2, text: s.text(i, i + 2), period: Period(start: start, end: end, granularity: .month))
        }
        // "9M of this year", "7MFY23", "7M FY24" (PeriodSpotterNewsSpans).
        if s.tokens[i].digits != nil, let m = s.word(i + 1), m == "m" || m == "mfy",
           let shorthand = monthsShorthand(s, at: i, reference: reference, fiscalYear: fiscalYear) {
            return shorthand
        }
        guard let firstWord = s.word(i), relativeStarts.contains(firstWord) || weekdays[firstWord] != nil || monthNames[firstWord] != nil
                || NumberWords.units[firstWord] != nil else { return nil }
        if let months = monthsOfYear(s, at: i, reference: reference, fiscalYear: fiscalYear) { return months }
        if let fiscal = fiscalYearWords(s, at: i, reference: reference, fiscalYear: fiscalYear) { return fiscal }
        let refYear = reference?.end.year

        // "the same months of 2019", "the same period a year earlier", "the same quarter last year"
        if words("the", "same") || words("same") || words("the", "corresponding") || words("corresponding") {
            var j = i + (words("the") ? 2 : 1)
            guard let unit = s.word(j), ["months", "month", "period", "quarter", "half", "time", "months'"].contains(unit) else { return nil }
            j += 1
            if s.word(j) == "of" || s.word(j) == "in" {
                if let y = isYear(s.tokens.dropFirst(j + 1).first) { return make(j + 2 - i, sameSpanYear: y) }
                j += 1
            }
            if s.has("last year", at: j) || s.has("the previous year", at: j) || s.has("the year before", at: j) {
                return make(j + (s.word(j) == "last" ? 2 : 3) - i, yearsBack: 1)
            }
            if s.has("a year earlier", at: j) || s.has("a year ago", at: j) || s.has("a year before", at: j)
                || s.has("one year earlier", at: j) {
                return make(j + 3 - i, yearsBack: 1)
            }
            return make(j - i, yearsBack: 1)
        }
        // "a year earlier", "a year ago", "two years earlier"
        if let w = s.word(i), w == "a" || w == "one" || NumberWords.units[w] != nil,
           let unit = s.word(i + 1), unit == "year" || unit == "years",
           let when = s.word(i + 2), ["earlier", "ago", "before", "prior"].contains(when) {
            let n = w == "a" ? 1 : NumberWords.units[w] ?? 1
            return make(3, yearsBack: n)
        }
        if words("the", "previous", "year") || words("the", "year", "before") || words("the", "prior", "year") { return make(3, yearsBack: 1) }
        // "the year-ago period", "the year-ago quarter": the figure's own span, a year back.
        if let j = [i, i + 1].first(where: { s.word($0) == "year" && s.word($0 + 2) == "ago" && s.tokens.dropFirst($0 + 1).first?.isDash == true }),
           j == i || s.word(i) == "the" || s.word(i) == "a" {
            let unit = s.word(j + 3).map { ["period", "quarter", "month", "months", "half", "level", "levels", "figure"].contains($0) } ?? false
            return make(j + (unit ? 4 : 3) - i, yearsBack: 1)
        }
        // "the quarter ended September 30, 2023", "the six months ending June": the span that ends with the month named.
        if let ending = spanEnding(s, at: i, reference: reference, fiscalYear: fiscalYear) { return ending }
        // "the previous quarter", "a quarter earlier", "the preceding month", "quarter-on-quarter": the span of that
        // length just before the figure's.
        for (unit, months) in [("quarter", 3), ("month", 1)] {
            if words(unit, "on", unit) || words(unit, "over", unit) { return make(3, monthsBack: months) }
            if s.word(i) == unit, s.tokens.dropFirst(i + 1).first?.isDash == true, s.word(i + 2) == "on",
               s.tokens.dropFirst(i + 3).first?.isDash == true, s.word(i + 4) == unit {
                return make(5, monthsBack: months)
            }
            if words("the", "previous", unit) || words("the", "preceding", unit) || words("the", "prior", unit) || words("the", unit, "before")
                || words("a", unit, "earlier") || words("a", unit, "ago") || words("one", unit, "earlier") {
                return make(3, monthsBack: months)
            }
        }
        if words("year", "on", "year") || words("year", "over", "year") { return make(3, yearsBack: 1) }
        if s.word(i) == "year", s.tokens.dropFirst(i + 1).first?.isDash == true, s.word(i + 2) == "on", s.tokens.dropFirst(i + 3).first?.isDash == true, s.word(i + 4) == "year" {
            return make(5, yearsBack: 1)
        }
        // "the following year", "a year later", "the next year": one year after the period before it.
        if words("the", "following", "year") || words("the", "next", "year") || words("a", "year", "later") || words("one", "year", "later") {
            return make(3, yearsForward: 1)
        }
        guard let refYear, let reference else { return nil }
        let refDay = reference.end
        // "today", "yesterday", "on Tuesday": a named day, the latest such day by the publication date.
        if words("today") { return make(1, period: .day(refDay)) }
        if words("yesterday"), let d = refDay.adding(days: -1) { return make(1, period: .day(d)) }
        if let w = s.word(i), let weekday = weekdays[w], reference.granularity == .day {
            let back = (refDay.weekday - weekday + 7) % 7
            if let d = refDay.adding(days: -back) { return make(1, period: .day(d)) }
        }
        // "July-January 2020-21": months of a fiscal year, counted from its start.
        // "July-February of the current fiscal year", "July-March of the last fiscal year": months of that fiscal year.
        if let m1 = s.word(i).flatMap({ monthNames[$0] }), m1 > 0, s.tokens.dropFirst(i + 1).first?.isDash == true,
           let m2 = s.word(i + 2).flatMap({ monthNames[$0] }), m2 > 0, s.word(i + 3) == "of",
           let words = fiscalYearWords(s, at: i + 4, reference: reference, fiscalYear: fiscalYear), let fy = words.period {
            let startIndex = fy.start.monthIndex + (m1 - fy.start.month + 12) % 12
            let endIndex = startIndex + (m2 - m1 + 12) % 12
            if endIndex <= fy.end.monthIndex, let start = CalendarDate.firstDay(year: startIndex / 12, month: startIndex % 12 + 1),
               let end = CalendarDate.lastDay(year: endIndex / 12, month: endIndex % 12 + 1) {
                return SpottedPeriod(first: i, last: words.last, text: s.text(i, words.last), period: Period(start: start, end: end, granularity: .month))
            }
        }
        // "July-April (2021-22)": the label in brackets.
        let bracketed = s.tokens.dropFirst(i + 3).first?.isSymbol("(") == true
        if let m1 = s.word(i).flatMap({ monthNames[$0] }), m1 > 0, s.tokens.dropFirst(i + 1).first?.isDash == true,
           let m2 = s.word(i + 2).flatMap({ monthNames[$0] }), m2 > 0,
           let found = explicit(s, at: bracketed ? i + 4 : i + 3, reference: reference, fiscalYear: fiscalYear), found.period?.isFiscalYear == true,
           let fy = found.period,
           let label = Optional(bracketed && s.tokens.dropFirst(found.last + 1).first?.isSymbol(")") == true
                                ? SpottedPeriod(first: found.first, last: found.last + 1, text: found.text, period: fy) : found),
           !bracketed || label.last > found.last {
            let startIndex = fy.start.monthIndex + (m1 - fy.start.month + 12) % 12
            let endIndex = startIndex + (m2 - m1 + 12) % 12
            if endIndex <= fy.end.monthIndex, let start = CalendarDate.firstDay(year: startIndex / 12, month: startIndex % 12 + 1),
               let end = CalendarDate.lastDay(year: endIndex / 12, month: endIndex % 12 + 1) {
                return SpottedPeriod(first: i, last: label.last, text: s.text(i, label.last), period: Period(start: start, end: end, granularity: .month))
            }
        }
        // "the first half of 2022-23", "the second quarter of FY2022", "the first half of the current fiscal year": a
        // half or quarter of a fiscal year, counted from its start.
        if let part = partOfFiscalYear(s, at: i, reference: reference, fiscalYear: fiscalYear) { return part }
        if let range = monthRangeOfYear(s, at: i, reference: reference) { return range }
        // "February last year", "March of this year", "the first quarter of last year".
        if let m = s.word(i).flatMap({ monthNames[$0] }), m > 0, isMonth(s, i) || s.word(i + 1) == "last" || s.word(i + 1) == "this" {
            var j = i + 1
            if s.word(j) == "of" { j += 1 }
            if s.has("last year", at: j) { return make(j + 2 - i, period: .month(refYear - 1, m)) }
            if s.has("this year", at: j) { return make(j + 2 - i, period: .month(refYear, m)) }
        }
        if let quarters = firstQuarters(s, at: i, reference: reference, fiscalYear: fiscalYear) { return quarters }
        // "the first nine months of 2022", "the first six months": January to the Nth month.
        if s.word(i) == "first" || (s.word(i) == "the" && s.word(i + 1) == "first") {
            let j = i + (s.word(i) == "the" ? 2 : 1)
            var n: Int? = nil
            if let d = s.tokens.dropFirst(j).first?.digits, let v = Int(d) { n = v }
            else if let w = s.word(j) { n = NumberWords.units[w] }
            if let n, (2...11).contains(n), s.word(j + 1) == "months" {
                // "the first seven months (July-January) of FY24": the bracket restates the months.
                let k = afterBracketedMonths(s, at: j + 2) ?? j + 2
                // "the first seven months of fiscal year 2020-21", "of FY2021-22": the fiscal year's first N months.
                if s.word(k) == "of", let fiscal = fiscalMonths(s, at: k + 1, count: n, from: i, reference: reference, fiscalYear: fiscalYear) {
                    return fiscal
                }
                // "the first five months (July-November) of the current fiscal year": of the fiscal year those words name.
                if k > j + 2, s.word(k) == "of",
                   let words = fiscalYearWords(s, at: k + 1, reference: reference, fiscalYear: fiscalYear)
                    ?? bareFiscalYear(s, at: k + 1, reference: reference, fiscalYear: fiscalYear),
                   let fy = words.period, let p = firstMonths(n, ofFiscal: fy) {
                    return SpottedPeriod(first: i, last: words.last, text: s.text(i, words.last), period: p)
                }
                var year: Int? = nil
                var length = j + 2 - i
                // "of 2022", "of last year", "of the current year", "of the previous year" (``yearWords``).
                if s.word(j + 2) == "of", let (y, last) = yearAfterSpan(s, at: j + 2, reference: reference) { year = y; length = last + 1 - i }
                else if s.has("of the year", at: j + 2) { year = refYear; length += 3 }
                let y = year ?? (n <= reference.end.month ? refYear : refYear - 1)
                if let start = CalendarDate.firstDay(year: y), let end = CalendarDate.lastDay(year: y, month: n) {
                    return make(length, period: Period(start: start, end: end, granularity: .month))
                }
            }
        }
        if words("last", "year") { return make(2, period: .year(refYear - 1), yearsBack: 1) }
        if words("so", "far", "this", "year") || words("year", "to", "date") {
            let length = words("so") ? 4 : 3
            guard let s0 = CalendarDate.firstDay(year: refYear), let e = CalendarDate.lastDay(year: refYear, month: reference.end.month) else { return nil }
            return make(length, period: Period(start: s0, end: e, granularity: .month))
        }
        if words("this", "year") || words("the", "current", "year") { return make(words("this") ? 2 : 3, period: .year(refYear)) }
        // "during the outgoing year": the year about to end, the publication's.
        if words("the", "outgoing", "year") { return make(3, period: .year(refYear)) }
        if words("next", "year") { return make(2, period: .year(refYear + 1)) }
        if words("last", "month") {
            let index = reference.end.monthIndex - 1
            return make(2, period: .month(index / 12, index % 12 + 1))
        }
        if words("this", "month") { return make(2, period: .month(refYear, reference.end.month)) }
        // "last March": the latest March before the month of publication.
        if s.word(i) == "last", let m = s.word(i + 1).flatMap({ monthNames[$0] }) {
            let y = m < reference.end.month ? refYear : refYear - 1
            return make(2, period: .month(y, m))
        }
        if s.word(i) == "last", let w = s.word(i + 1), let season = PeriodReader.seasons[w] {
            // The latest season that has ended by the reference date.
            for y in [refYear, refYear - 1, refYear - 2] {
                if let p = try? PeriodReader.parse("\(w) \(y)"), p.end < reference.end { _ = season; return make(2, period: p) }
            }
        }
        if words("recently") || words("in", "recent", "years") || words("in", "recent", "months") || words("recent", "years") || words("recent", "months") {
            let months: Int, length: Int
            if words("recently") { months = 12; length = 1 }
            else if s.word(i) == "in" { months = s.word(i + 2) == "years" ? 60 : 6; length = 3 }
            else { months = s.word(i + 1) == "years" ? 60 : 6; length = 2 }
            guard var window = try? PeriodReader.Reader.countBack(amount: months, months: true, from: reference) else { return nil }
            window.isApproximate = true
            return make(length, period: window)
        }
        return nil
    }
}
