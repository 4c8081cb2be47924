/// Reads the periods sources write — "2021", "2022-02", "February 2022", "2018-Q3",
/// "January–September 2018", "2017-02-28/2017-03-01", "1992–2022", "autumn 1995",
/// "about 2024", "early 20th century", "FY2020-21", "since 2012", "last year", "the past ten years" — into a
/// closed ``Period``.
public enum PeriodReader {
    public static let acceptedForms =
        "a year (2021), a month (2022-02, February 2022), a date (2022-10-04, 12 December 1991), " +
        "a quarter or half (2018-Q3, Q3 2018, H1 2018), the first months of a year (the first five months of 2018), " +
        "a range (January–September 2018, January-June, 2017, Jan to Sep 2018, 12–20 September 2021, " +
        "September 12–20, 2021, 2017-02-28/2017-03-01, 1992–2022, between 1992 and 2022), a season (autumn 1995), " +
        "a decade or century part (the 1990s, early 20th century), a fiscal year of the reporter or partner " +
        "(FY2020-21, 2020/21, FY21), about/around/circa + any of these, or a period against a reference date " +
        "(last year, this year, next year, since 2012, the past ten years, the last 5 years, the past decade), " +
        "or the ten years to 2022, or a total to a date with no start (../2024-03)"

    /// What a fiscal label needs that is missing, and how to give it.
    public static let fiscalYearNeeded =
        "a fiscal_year_start (MM-DD, e.g. 07-01) for the figure's reporter or partner in parties.csv, " +
        "or the period as dates (2020-07-01/2021-06-30); bilat normalise takes --fiscal-year-start 07-01"

    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    /// Meteorological seasons of the northern hemisphere, where both countries lie.
    static let seasons: [String: (first: Int, last: Int)] = [
        "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
    ]

    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "twenty-first": 21,
    ]

    /// The period tokens already split from a sentence read as a whole, or nil: what `try? parse(text)` gives for
    /// their text, without tokenizing the text again or building the error a caller would throw away. The
    /// period spotter tries several spans at each date-like word, and most do not read.
    static func read(_ tokens: [Token], reference: Period? = nil, fiscalYear: FiscalYear? = nil) -> Period? {
        guard !tokens.isEmpty else { return nil }
        var reader = Reader(cursor: TokenCursor(tokens), reference: reference, fiscalYear: fiscalYear)
        guard let period = try? reader.period(), reader.cursor.current == nil else { return nil }
        return period
    }

    /// - Parameters:
    ///   - reference: the date relative periods count from (a source's publication date, a row's as_of).
    ///   - fiscalYear: whose fiscal year "FY2020-21", "2020/21" and "FY21" name; without one they are refused.
    public static func parse(_ text: String, reference: Period? = nil, fiscalYear: FiscalYear? = nil) throws(Diagnostic) -> Period {
        // `../2024-03` (ISO 8601-2's open start, as ``Period/label`` writes it): everything counted to March 2024.
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let approximate = trimmed.hasPrefix("~")
        if trimmed.drop(while: { $0 == "~" }).hasPrefix("../") {
            let end = try parse(String(trimmed.drop(while: { $0 == "~" }).dropFirst(3)), reference: reference, fiscalYear: fiscalYear)
            guard !end.isOpenStart, !end.isWindow else {
                throw Diagnostic.error("cannot read period '\(trimmed)': an open start ends at a year, month, quarter or date",
                                       accepted: "../2024, ../2024-03, ../2024-Q1 or ../2024-03-15")
            }
            var open = Period.toEnd(of: end)
            open.isApproximate = open.isApproximate || approximate
            return open
        }
        let tokens = Token.tokenize(text)
        // Only an error quotes the text; a parse that succeeds never builds it.
        var quoted: String { "'\(text.trimmingCharacters(in: .whitespaces))'" }
        guard !tokens.isEmpty else { throw Diagnostic.error("empty period", accepted: acceptedForms) }
        var reader = Reader(cursor: TokenCursor(tokens), reference: reference, fiscalYear: fiscalYear)
        do throws(PeriodFailure) {
            let period = try reader.period()
            if let extra = reader.cursor.current {
                throw PeriodFailure.unexpected(extra)
            }
            return period
        } catch {
            switch error {
            case .unexpected(let token):
                throw Diagnostic.error("cannot read period \(quoted): unexpected text at character \(token.offset + 1)",
                                       accepted: acceptedForms)
            case .incomplete:
                throw Diagnostic.error("cannot read period \(quoted)", accepted: acceptedForms)
            case .invalidDate(let what):
                throw Diagnostic.error("period \(quoted) names \(what), which does not exist", accepted: acceptedForms)
            case .endsBeforeStart:
                throw Diagnostic.error("period \(quoted) ends before it starts", accepted: acceptedForms)
            case .needsReference:
                throw Diagnostic.error("period \(quoted) counts back from a date, but none is known",
                                       accepted: "a source with a published date, or an as_of date on the row (e.g. 2022-10-04)")
            case .refused(let why):
                throw Diagnostic.error("period \(quoted) \(why)", accepted: acceptedForms)
            case .noFiscalYear:
                throw Diagnostic.error("period \(quoted) names a fiscal year, but neither the reporter nor the partner "
                                           + "declares when its fiscal year starts", accepted: fiscalYearNeeded)
            }
        }
    }

    enum PeriodFailure: Error {
        case unexpected(Token)
        case incomplete
        case invalidDate(String)
        case endsBeforeStart
        case needsReference
        /// A form read, but not one that names a period; the text says why, after "period '…' ".
        case refused(String)
        /// A fiscal label with no fiscal year to read it in.
        case noFiscalYear
    }

    /// One side of a range, possibly still waiting for its year ("January" in "January–September 2018").
    struct Piece {
        var year: Int?
        var firstMonth: Int?, lastMonth: Int?   // nil: the whole year
        var day: Int?
        var granularity: Period.Granularity
        var approximate = false
        var crossesYear = false                  // winter: December to February
        var yearSpan = 1                         // decades and century parts
        var startYearOffset = 0

        func resolve(defaultYear: Int?) throws(PeriodFailure) -> Period {
            guard let y = year ?? defaultYear else { throw .incomplete }
            let startYear = y + startYearOffset
            let endYear = startYear + yearSpan - 1 + (crossesYear ? 1 : 0)
            let m1 = firstMonth ?? 1, m2 = lastMonth ?? 12
            let start: CalendarDate?
            let end: CalendarDate?
            if let day {
                start = CalendarDate(year: startYear, month: m1, day: day)
                end = start
            } else {
                start = CalendarDate.firstDay(year: startYear, month: m1)
                end = CalendarDate.lastDay(year: endYear, month: m2)
            }
            guard let start, let end else {
                throw .invalidDate(day != nil ? "day \(day!) of month \(m1) in \(startYear)" : "year \(startYear)")
            }
            return Period(start: start, end: end, granularity: granularity, isApproximate: approximate)
        }
    }

    struct Reader {
        var cursor: TokenCursor
        let reference: Period?
        var fiscalYear: FiscalYear? = nil

        mutating func period() throws(PeriodFailure) -> Period {
            var approximate = false
            while cursor.take(word: "about") || cursor.take(word: "around") || cursor.take(word: "circa")
                    || cursor.take(word: "approximately") || cursor.take(word: "roughly")
                    || (cursor.current?.isWord("c", "ca") == true && cursor.peek(1)?.isSymbol(".") == true && { cursor.advance(2); return true }())
                    || cursor.takeSymbol("~") {
                approximate = true
            }
            _ = cursor.take(word: "in") || cursor.take(word: "during") || cursor.take(word: "over")
            if var named = try namedSpan() {
                named.isApproximate = named.isApproximate || approximate
                return named
            }
            if let window = try window() {
                return window
            }
            let between = cursor.take(word: "between")
            let from = !between && cursor.take(word: "from")
            if var days = try dayRange(between: between) {
                days.isApproximate = approximate
                return days
            }
            var left = try piece()
            var result: Period
            if takeRangeSeparator(between: between) {
                let right = try piece()
                let rightPeriod = try right.resolve(defaultYear: nil)
                if left.year == nil, left.yearSpan == 1 { left.year = rightPeriod.start.year }
                let leftPeriod = try left.resolve(defaultYear: nil)
                guard leftPeriod.start <= rightPeriod.end else { throw .endsBeforeStart }
                let finer = [leftPeriod.granularity, rightPeriod.granularity].min { a, b in
                    Period.Granularity.allCases.firstIndex(of: a)! < Period.Granularity.allCases.firstIndex(of: b)!
                }!
                result = Period(start: leftPeriod.start, end: rightPeriod.end, granularity: finer,
                                isApproximate: leftPeriod.isApproximate || rightPeriod.isApproximate)
            } else {
                if between || from { throw .incomplete }
                result = try left.resolve(defaultYear: nil)
            }
            result.isApproximate = result.isApproximate || approximate
            return result
        }

        mutating func takeRangeSeparator(between: Bool) -> Bool {
            if between { return cursor.take(word: "and") }
            if let t = cursor.current, t.isDash || t.isSymbol("/") { cursor.advance(); return true }
            if cursor.current?.isSymbol(".") == true && cursor.peek(1)?.isSymbol(".") == true { cursor.advance(2); return true }
            return cursor.take(word: "to") || cursor.take(word: "until") || cursor.take(word: "till")
                || cursor.take(word: "through") || cursor.take(word: "thru")
        }

        mutating func year() -> Int? {
            guard let d = cursor.current?.digits, d.count == 4, let y = Int(d), y >= 1 else { return nil }
            cursor.advance()
            return y
        }

        func twoDigits(_ token: Token?) -> Int? {
            guard let d = token?.digits, d.count == 2 else { return nil }
            return Int(d)
        }

        /// A small whole number in digits or words, for "the past 10 years" / "the past ten years".
        mutating func count() -> Int? {
            if let d = cursor.current?.digits, d.count <= 3, let n = Int(d), n > 0 { cursor.advance(); return n }
            if let w = cursor.current?.word, let n = NumberWords.units[w] ?? NumberWords.tens[w], n > 0 {
                cursor.advance(); return n
            }
            return nil
        }

        /// "the past ten years", "the last 5 years", "the past decade", "the past 18 months", "the ten years to 2022".
        mutating func window() throws(PeriodFailure) -> Period? {
            let saved = cursor
            _ = cursor.take(word: "the")
            if cursor.take(word: "past") || cursor.take(word: "last") || cursor.take(word: "previous") {
                var amount = 1
                var months = false
                if cursor.take(word: "decade") { amount = 10 }
                else if cursor.take(word: "year") { amount = 1 }
                else if cursor.take(word: "month") { amount = 1; months = true }
                else {
                    guard let n = count() else { cursor = saved; return nil }
                    if cursor.take(word: "years") { amount = n }
                    else if cursor.take(word: "decades") { amount = n * 10 }
                    else if cursor.take(word: "months") { amount = n; months = true }
                    else { throw .incomplete }
                }
                guard let reference else { throw .needsReference }
                return try Self.countBack(amount: amount, months: months, from: reference)
            }
            // "the ten years to 2022": whole years ending with the named one.
            if let n = count(), cursor.take(word: "years"), cursor.take(word: "to") || cursor.take(word: "until") {
                guard let endYear = year() else { throw .incomplete }
                guard let s = CalendarDate.firstDay(year: endYear - n + 1), let e = CalendarDate.lastDay(year: endYear) else {
                    throw .invalidDate("year \(endYear - n + 1)")
                }
                return Period(start: s, end: e, granularity: .year)
            }
            cursor = saved
            return nil
        }

        /// A reference known to the day or month counts back in months; one known to the year, in years.
        static func countBack(amount: Int, months: Bool, from reference: Period) throws(PeriodFailure) -> Period {
            let end = reference.end
            if reference.granularity == .year && !months {
                guard let s = CalendarDate.firstDay(year: end.year - amount), let e = CalendarDate.lastDay(year: end.year) else {
                    throw .invalidDate("year \(end.year - amount)")
                }
                return Period(start: s, end: e, granularity: .year, isApproximate: true, isWindow: true)
            }
            let startIndex = end.monthIndex - (months ? amount : amount * 12)
            guard let s = CalendarDate.firstDay(year: startIndex / 12, month: startIndex % 12 + 1),
                  let e = CalendarDate.lastDay(year: end.year, month: end.month) else {
                throw .invalidDate("year \(startIndex / 12)")
            }
            return Period(start: s, end: e, granularity: .month, isApproximate: true, isWindow: true)
        }

        mutating func piece() throws(PeriodFailure) -> Piece {
            guard let token = cursor.current else { throw .incomplete }

            // ISO forms: 2022, 2022-02, 2022-02-10, 2018-Q3, 2018-H1.
            if let d = token.digits, d.count == 4, let y = Int(d) {
                cursor.advance()
                if let dash = cursor.current, dash.isDash, dash.offset == token.end {
                    if let m = twoDigits(cursor.peek(1)), cursor.peek(1)!.offset == dash.end {
                        cursor.advance(2)
                        guard (1...12).contains(m) else { throw .invalidDate("month \(m)") }
                        if let dash2 = cursor.current, dash2.isDash, let dd = twoDigits(cursor.peek(1)) {
                            cursor.advance(2)
                            return Piece(year: y, firstMonth: m, lastMonth: m, day: dd, granularity: .day)
                        }
                        return Piece(year: y, firstMonth: m, lastMonth: m, granularity: .month)
                    }
                    if let letter = cursor.peek(1)?.word, letter == "q" || letter == "h",
                       let n = cursor.peek(2)?.digits.flatMap(Int.init) {
                        cursor.advance(3)
                        return try part(letter: letter, number: n, year: y)
                    }
                }
                if cursor.current?.isWord("s") == true, token.end == cursor.current!.offset, y % 10 == 0 {
                    cursor.advance()
                    return Piece(year: y, granularity: .year, yearSpan: 10)
                }
                return Piece(year: y, granularity: .year)
            }

            // Q3 2018, H1 2018, Q3 (year from the right side of a range)
            if let letter = token.word, letter == "q" || letter == "h", let n = cursor.peek(1)?.digits.flatMap(Int.init) {
                cursor.advance(2)
                return try part(letter: letter, number: n, year: year())
            }

            // first quarter of 2018, second half of 2018
            if let w = token.word, let n = PeriodReader.ordinalWords[w], let kind = cursor.peek(1)?.word,
               kind == "quarter" || kind == "half" {
                cursor.advance(2)
                _ = cursor.take(word: "of")
                return try part(letter: kind == "quarter" ? "q" : "h", number: n, year: year())
            }

            // early/mid/late 20th century, the 1990s
            if token.isWord("early", "mid", "late") || token.isWord("the") {
                let saved = cursor
                let part = token.word!
                cursor.advance()
                if part != "the" { _ = cursor.takeSymbol("-", "\u{2013}"); _ = cursor.take(word: "the") }
                if let century = ordinalCentury() {
                    let first = (century - 1) * 100 + 1 // strict definition: 1901–2000
                    return thirds(part: part, start: first, span: 100)
                }
                if let d = cursor.current?.digits, d.count == 4, let y = Int(d), y % 10 == 0,
                   let s = cursor.peek(1), s.isWord("s"), s.offset == cursor.current!.end {
                    cursor.advance(2)
                    return thirds(part: part, start: y, span: 10)
                }
                cursor = saved
                if part != "the" { throw .unexpected(token) }
                cursor.advance() // "the 2021 season" is not a period; let the caller see what follows
            }

            // 12 December 1991
            if let d = token.digits, d.count <= 2, let day = Int(d), let m = cursor.peek(1)?.word.flatMap({ PeriodReader.months[$0] }) {
                cursor.advance(2)
                _ = cursor.takeSymbol(",")
                return Piece(year: year(), firstMonth: m, lastMonth: m, day: day, granularity: .day)
            }

            // December 1991, December 12, 1991, Dec. 1991, December
            if let w = token.word, let m = PeriodReader.months[w] {
                cursor.advance()
                _ = cursor.takeSymbol(".")
                if let d = cursor.current?.digits, d.count <= 2, let day = Int(d) {
                    cursor.advance()
                    _ = cursor.takeSymbol(",")
                    return Piece(year: year(), firstMonth: m, lastMonth: m, day: day, granularity: .day)
                }
                // "January-June, 2017": a comma may stand between a month and its year.
                if cursor.current?.isSymbol(",") == true, cursor.peek(1)?.digits?.count == 4 { cursor.advance() }
                return Piece(year: year(), firstMonth: m, lastMonth: m, granularity: .month)
            }

            // autumn 1995, spring of 1996
            if let w = token.word, let s = PeriodReader.seasons[w] {
                cursor.advance()
                _ = cursor.take(word: "of")
                return Piece(year: year(), firstMonth: s.first, lastMonth: s.last, granularity: .month,
                             approximate: true, crossesYear: s.first > s.last)
            }
            throw .unexpected(token)
        }

        mutating func ordinalCentury() -> Int? {
            let saved = cursor
            var n: Int?
            if let d = cursor.current?.digits, let value = Int(d), d.count <= 2,
               let suffix = cursor.peek(1)?.word, ["st", "nd", "rd", "th"].contains(suffix) {
                n = value; cursor.advance(2)
            } else if let w = cursor.current?.word, let value = PeriodReader.ordinalWords[w] {
                n = value; cursor.advance()
            }
            if let n, n >= 1, n <= 99, cursor.take(word: "century") { return n }
            cursor = saved
            return nil
        }

        /// Early, mid and late are the first, middle and last third of a decade or century, without
        /// overlap: early and late get ⌊span/3⌋ years each, mid the rest (1901–1933/1934–1967/1968–2000,
        /// 1990–1992/1993–1996/1997–1999).
        func thirds(part: String, start: Int, span: Int) -> Piece {
            let third = span / 3
            switch part {
            case "early": return Piece(year: start, granularity: .year, approximate: true, yearSpan: third)
            case "mid": return Piece(year: start, granularity: .year, approximate: true, yearSpan: span - 2 * third, startYearOffset: third)
            case "late": return Piece(year: start, granularity: .year, approximate: true, yearSpan: third, startYearOffset: span - third)
            default: return Piece(year: start, granularity: .year, yearSpan: span)
            }
        }

        func part(letter: String, number: Int, year: Int?) throws(PeriodFailure) -> Piece {
            let size = letter == "q" ? 3 : 6
            guard number >= 1, number <= 12 / size else { throw .invalidDate("\(letter.uppercased())\(number)") }
            let first = (number - 1) * size + 1
            return Piece(year: year, firstMonth: first, lastMonth: first + size - 1, granularity: letter == "q" ? .quarter : .month)
        }
    }
}
