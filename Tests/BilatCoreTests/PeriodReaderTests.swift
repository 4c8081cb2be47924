import Testing
import BilatCore

/// One expected reading of a period text; `reference` is itself a period text for windows.
struct PeriodCase: Sendable, CustomTestStringConvertible {
    let input: String
    let start: String
    let end: String
    let granularity: Period.Granularity
    let isApproximate: Bool
    let label: String
    var reference: String? = nil
    var isWindow = false

    init(_ input: String, _ start: String, _ end: String, _ granularity: Period.Granularity,
         approximate: Bool = false, _ label: String, reference: String? = nil, window: Bool = false) {
        self.input = input
        self.start = start
        self.end = end
        self.granularity = granularity
        self.isApproximate = approximate
        self.label = label
        self.reference = reference
        self.isWindow = window
    }

    var testDescription: String {
        "\"\(input)\"" + (reference.map { " against \($0)" } ?? "") + " → \(label)"
    }
}

let periodCases: [PeriodCase] = [
    // Years, months, days.
    .init("2021", "2021-01-01", "2021-12-31", .year, "2021"),
    .init("in 2021", "2021-01-01", "2021-12-31", .year, "2021"),
    .init("during 2021", "2021-01-01", "2021-12-31", .year, "2021"),
    .init("2022-02", "2022-02-01", "2022-02-28", .month, "2022-02"),
    .init("2024-02", "2024-02-01", "2024-02-29", .month, "2024-02"),
    .init("February 2022", "2022-02-01", "2022-02-28", .month, "2022-02"),
    .init("Feb 2022", "2022-02-01", "2022-02-28", .month, "2022-02"),
    .init("Sept 2019", "2019-09-01", "2019-09-30", .month, "2019-09"),
    .init("Dec. 1991", "1991-12-01", "1991-12-31", .month, "1991-12"),
    .init("2022-10-04", "2022-10-04", "2022-10-04", .day, "2022-10-04"),
    .init("12 December 1991", "1991-12-12", "1991-12-12", .day, "1991-12-12"),
    .init("December 12, 1991", "1991-12-12", "1991-12-12", .day, "1991-12-12"),
    .init("1 Jan 2000", "2000-01-01", "2000-01-01", .day, "2000-01-01"),
    .init("2020-02-29", "2020-02-29", "2020-02-29", .day, "2020-02-29"),
    .init("2000-02-29", "2000-02-29", "2000-02-29", .day, "2000-02-29"),

    // Quarters and halves.
    .init("2018-Q3", "2018-07-01", "2018-09-30", .quarter, "2018-Q3"),
    .init("Q3 2018", "2018-07-01", "2018-09-30", .quarter, "2018-Q3"),
    .init("second quarter of 2018", "2018-04-01", "2018-06-30", .quarter, "2018-Q2"),
    .init("Q1–Q3 2018", "2018-01-01", "2018-09-30", .quarter, "2018-Q1/2018-Q3"),
    .init("H1 2018", "2018-01-01", "2018-06-30", .month, "2018-01/2018-06"),
    .init("2018-H2", "2018-07-01", "2018-12-31", .month, "2018-07/2018-12"),
    .init("first half of 2018", "2018-01-01", "2018-06-30", .month, "2018-01/2018-06"),

    // Ranges.
    .init("January–September 2018", "2018-01-01", "2018-09-30", .month, "2018-01/2018-09"),
    .init("January to September 2018", "2018-01-01", "2018-09-30", .month, "2018-01/2018-09"),
    .init("Jan-Sep 2018", "2018-01-01", "2018-09-30", .month, "2018-01/2018-09"),
    .init("Jan.–Sep. 2018", "2018-01-01", "2018-09-30", .month, "2018-01/2018-09"),
    .init("from January to March 2021", "2021-01-01", "2021-03-31", .month, "2021-01/2021-03"),
    .init("between January and June 2020", "2020-01-01", "2020-06-30", .month, "2020-01/2020-06"),
    .init("December 2018–February 2019", "2018-12-01", "2019-02-28", .month, "2018-12/2019-02"),
    .init("2019-12/2020-02", "2019-12-01", "2020-02-29", .month, "2019-12/2020-02"),
    .init("March 2020 to June 2021", "2020-03-01", "2021-06-30", .month, "2020-03/2021-06"),
    .init("2018 to June 2019", "2018-01-01", "2019-06-30", .month, "2018-01/2019-06"),
    .init("2017-02-28/2017-03-01", "2017-02-28", "2017-03-01", .day, "2017-02-28/2017-03-01"),
    .init("2017-02-28 to 2017-03-01", "2017-02-28", "2017-03-01", .day, "2017-02-28/2017-03-01"),
    .init("1992–2022", "1992-01-01", "2022-12-31", .year, "1992/2022"),
    .init("1992-2022", "1992-01-01", "2022-12-31", .year, "1992/2022"),
    .init("1992 to 2022", "1992-01-01", "2022-12-31", .year, "1992/2022"),
    .init("from 1992 to 2022", "1992-01-01", "2022-12-31", .year, "1992/2022"),
    .init("between 1992 and 2022", "1992-01-01", "2022-12-31", .year, "1992/2022"),

    // Seasons (meteorological, northern hemisphere), always approximate.
    .init("autumn 1995", "1995-09-01", "1995-11-30", .month, approximate: true, "~1995-09/1995-11"),
    .init("fall 2020", "2020-09-01", "2020-11-30", .month, approximate: true, "~2020-09/2020-11"),
    .init("spring 1996", "1996-03-01", "1996-05-31", .month, approximate: true, "~1996-03/1996-05"),
    .init("summer of 2016", "2016-06-01", "2016-08-31", .month, approximate: true, "~2016-06/2016-08"),
    .init("winter 2019", "2019-12-01", "2020-02-29", .month, approximate: true, "~2019-12/2020-02"),
    .init("winter 2020", "2020-12-01", "2021-02-28", .month, approximate: true, "~2020-12/2021-02"),

    // Approximate years, decades and centuries.
    .init("about 2024", "2024-01-01", "2024-12-31", .year, approximate: true, "~2024"),
    .init("circa 2024", "2024-01-01", "2024-12-31", .year, approximate: true, "~2024"),
    .init("c. 2024", "2024-01-01", "2024-12-31", .year, approximate: true, "~2024"),
    .init("~2024", "2024-01-01", "2024-12-31", .year, approximate: true, "~2024"),
    .init("approximately 1995", "1995-01-01", "1995-12-31", .year, approximate: true, "~1995"),
    .init("about January–September 2018", "2018-01-01", "2018-09-30", .month, approximate: true, "~2018-01/2018-09"),
    .init("the 1990s", "1990-01-01", "1999-12-31", .year, "1990/1999"),
    .init("1990s", "1990-01-01", "1999-12-31", .year, "1990/1999"),
    .init("around the 1990s", "1990-01-01", "1999-12-31", .year, approximate: true, "~1990/1999"),
    .init("early 1990s", "1990-01-01", "1992-12-31", .year, approximate: true, "~1990/1992"),
    .init("mid 1990s", "1993-01-01", "1996-12-31", .year, approximate: true, "~1993/1996"),
    .init("late 1990s", "1997-01-01", "1999-12-31", .year, approximate: true, "~1997/1999"),
    .init("the 20th century", "1901-01-01", "2000-12-31", .year, "1901/2000"),
    .init("the twentieth century", "1901-01-01", "2000-12-31", .year, "1901/2000"),
    .init("early 20th century", "1901-01-01", "1933-12-31", .year, approximate: true, "~1901/1933"),
    .init("mid 20th century", "1934-01-01", "1967-12-31", .year, approximate: true, "~1934/1967"),
    .init("mid-20th century", "1934-01-01", "1967-12-31", .year, approximate: true, "~1934/1967"),
    .init("late 20th century", "1968-01-01", "2000-12-31", .year, approximate: true, "~1968/2000"),

    // Closed windows named by their last year need no reference.
    .init("the ten years to 2022", "2013-01-01", "2022-12-31", .year, "2013/2022"),
    .init("the 10 years to 2022", "2013-01-01", "2022-12-31", .year, "2013/2022"),

    // Windows counted back from a reference: in months from a day or month, in years from a year.
    .init("the past ten years", "2012-10-01", "2022-10-31", .month, approximate: true, "~2012-10/2022-10",
          reference: "2022-10-04", window: true),
    .init("the past decade", "2014-01-01", "2024-12-31", .year, approximate: true, "~2014/2024",
          reference: "2024", window: true),
    .init("the last 18 months", "2021-04-01", "2022-10-31", .month, approximate: true, "~2021-04/2022-10",
          reference: "2022-10-04", window: true),
    .init("the last 18 months", "2023-06-01", "2024-12-31", .month, approximate: true, "~2023-06/2024-12",
          reference: "2024", window: true),
    .init("the last 5 years", "2017-10-01", "2022-10-31", .month, approximate: true, "~2017-10/2022-10",
          reference: "2022-10", window: true),
    .init("past two decades", "2004-01-01", "2024-12-31", .year, approximate: true, "~2004/2024",
          reference: "2024", window: true),
    .init("the past month", "2022-09-01", "2022-10-31", .month, approximate: true, "~2022-09/2022-10",
          reference: "2022-10-04", window: true),
    // With "the", the last year is the twelve months to the reference: a window, not the calendar year.
    .init("the last year", "2022-03-01", "2023-03-31", .month, approximate: true, "~2022-03/2023-03",
          reference: "2023-03-02", window: true),
    .init("the past 12 months", "2022-03-01", "2023-03-31", .month, approximate: true, "~2022-03/2023-03",
          reference: "2023-03-02", window: true),

    // Calendar years counted from the reference's year.
    .init("last year", "2022-01-01", "2022-12-31", .year, "2022", reference: "2023-03-02"),
    .init("in last year", "2022-01-01", "2022-12-31", .year, "2022", reference: "2023-03-02"),
    .init("this year", "2023-01-01", "2023-12-31", .year, "2023", reference: "2023-03-02"),
    .init("next year", "2024-01-01", "2024-12-31", .year, "2024", reference: "2023-03-02"),
    .init("last year", "2023-01-01", "2023-12-31", .year, "2023", reference: "2024"),
    .init("about last year", "2022-01-01", "2022-12-31", .year, approximate: true, "~2022", reference: "2023-03-02"),

    // Since: to the reference, in the unit named.
    .init("since 2012", "2012-01-01", "2022-12-31", .year, "2012/2022", reference: "2022-10-04"),
    .init("since March 2019", "2019-03-01", "2022-10-31", .month, "2019-03/2022-10", reference: "2022-10-04"),
    .init("since Q3 2019", "2019-07-01", "2022-10-31", .month, "2019-07/2022-10", reference: "2022-10-04"),
    .init("since 12 March 2019", "2019-03-12", "2022-10-04", .day, "2019-03-12/2022-10-04", reference: "2022-10-04"),
    .init("since 2022", "2022-01-01", "2022-12-31", .year, "2022", reference: "2022-10-04"),
    .init("since 2012", "2012-01-01", "2024-12-31", .year, "2012/2024", reference: "2024"),

    // The first months of a year.
    .init("the first five months of 2018", "2018-01-01", "2018-05-31", .month, "2018-01/2018-05"),
    .init("first six months of 2017", "2017-01-01", "2017-06-30", .month, "2017-01/2017-06"),
    .init("the first 9 months of 2022", "2022-01-01", "2022-09-30", .month, "2022-01/2022-09"),
    .init("first twelve months of 2018", "2018-01-01", "2018-12-31", .month, "2018-01/2018-12"),
    .init("first two months 2020", "2020-01-01", "2020-02-29", .month, "2020-01/2020-02"),

    // A comma before the year.
    .init("January-June, 2017", "2017-01-01", "2017-06-30", .month, "2017-01/2017-06"),
    .init("Jan–Jun, 2017", "2017-01-01", "2017-06-30", .month, "2017-01/2017-06"),
    .init("June, 2017", "2017-06-01", "2017-06-30", .month, "2017-06"),

    // Days of one month.
    .init("12–20 September 2021", "2021-09-12", "2021-09-20", .day, "2021-09-12/2021-09-20"),
    .init("12-20 Sep 2021", "2021-09-12", "2021-09-20", .day, "2021-09-12/2021-09-20"),
    .init("12 to 20 Sept. 2021", "2021-09-12", "2021-09-20", .day, "2021-09-12/2021-09-20"),
    .init("September 12–20, 2021", "2021-09-12", "2021-09-20", .day, "2021-09-12/2021-09-20"),
    .init("Sep 12-20 2021", "2021-09-12", "2021-09-20", .day, "2021-09-12/2021-09-20"),
    .init("between 12 and 20 September 2021", "2021-09-12", "2021-09-20", .day, "2021-09-12/2021-09-20"),
    .init("from 15 to 18 November 2022", "2022-11-15", "2022-11-18", .day, "2022-11-15/2022-11-18"),
    .init("1–29 February 2024", "2024-02-01", "2024-02-29", .day, "2024-02-01/2024-02-29"),
    .init("about 12–20 September 2021", "2021-09-12", "2021-09-20", .day, approximate: true, "~2021-09-12/2021-09-20"),
]

/// New forms refused, each with what the refusal says; `reference` for the relative ones.
let refusedForms: [(input: String, reference: String?, says: String)] = [
    ("first 13 months of 2018", nil, "names the first 13 months of a year, which has twelve"),
    ("the first 0 months of 2018", nil, "names the first 0 months"),
    ("the first five months", nil, "cannot read period 'the first five months'"),
    ("20–12 September 2021", nil, "runs from day 20 back to day 12"),
    ("September 20-12, 2021", nil, "runs from day 20 back to day 12"),
    ("12–31 September 2021", nil, "day 31 of month 9 in 2021, which does not exist"),
    ("12-20 September", nil, "cannot read period '12-20 September'"),
    ("since 2025", "2022-10-04", "starts after the date it counts to (2022-10-04)"),
    ("since", "2022-10-04", "cannot read period 'since'"),
    ("last year", nil, "counts back from a date, but none is known"),
    ("this year", nil, "counts back from a date, but none is known"),
    ("next year", nil, "counts back from a date, but none is known"),
    ("since 2012", nil, "counts back from a date, but none is known"),
]

/// Period texts that must be refused.
let unreadablePeriods: [String] = [
    "", "   ",
    "2021-13", "2020-00", "2021-02-30", "2019-02-29", "1900-02-29", "31 April 2020", "0000",
    "September–January 2018", "2022 to 2021", "2017-03-01/2017-02-28",
    "2021 foo", "the 2021", "Q5 2018", "H3 2018", "Q3", "January", "2021–",
    "between 2020", "from 2020", "12 Smarch 2020", "the 1995s", "twenty thirteen", "🙂",
]

@Suite("PeriodReader")
struct PeriodReaderTests {
    @Test("reads periods as sources write them", arguments: periodCases)
    func reads(_ c: PeriodCase) throws {
        let reference = try c.reference.map { try PeriodReader.parse($0) }
        let p = try PeriodReader.parse(c.input, reference: reference)
        #expect(p.start.description == c.start)
        #expect(p.end.description == c.end)
        #expect(p.granularity == c.granularity)
        #expect(p.isApproximate == c.isApproximate)
        #expect(p.isWindow == c.isWindow)
        #expect(p.label == c.label)
        #expect(p.description == c.label)
    }

    @Test func tableIsLargeEnough() {
        #expect(periodCases.count >= 45)
    }

    @Test("refuses unreadable periods with a diagnostic", arguments: unreadablePeriods)
    func refuses(_ input: String) {
        #expect(throws: Diagnostic.self) { try PeriodReader.parse(input) }
        do {
            let p = try PeriodReader.parse(input)
            Issue.record("read '\(input)' as \(p.label)")
        } catch {
            #expect(error.accepted == PeriodReader.acceptedForms)
            let trimmed = input.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                #expect(error.description.contains("empty period"))
            } else {
                #expect(error.description.contains("'\(trimmed)'"), "\(error.description.prefix(160))")
            }
        }
    }

    @Test func specificErrorsSayWhatIsWrong() throws {
        func message(_ text: String) -> String {
            do { _ = try PeriodReader.parse(text); return "" } catch { return error.message }
        }
        #expect(message("2021-02-30").contains("day 30 of month 2 in 2021, which does not exist"))
        #expect(message("2019-02-29").contains("does not exist"))
        #expect(message("2021-13").contains("month 13"))
        #expect(message("Q5 2018").contains("Q5"))
        #expect(message("September–January 2018").contains("ends before it starts"))
        #expect(message("2021 foo").contains("unexpected text at character 6"))
    }

    @Test("windows need a reference date",
          arguments: ["the past ten years", "the past decade", "the last 18 months", "the last 5 years", "past year"])
    func windowsWithoutReference(_ input: String) {
        do {
            let p = try PeriodReader.parse(input)
            Issue.record("read '\(input)' as \(p.label) with no reference")
        } catch {
            #expect(error.message.contains("'\(input)' counts back from a date, but none is known"))
            #expect(error.accepted?.contains("published date") == true)
        }
    }

    @Test("refuses the new forms where they name no period, saying why", arguments: refusedForms.indices)
    func refusesNewForms(_ index: Int) throws {
        let c = refusedForms[index]
        let reference = try c.reference.map { try PeriodReader.parse($0) }
        do {
            let p = try PeriodReader.parse(c.input, reference: reference)
            Issue.record("read '\(c.input)' as \(p.label)")
        } catch {
            #expect(error.description.contains(c.says), "\(error.description.prefix(200))")
            #expect(error.accepted != nil)
        }
    }

    @Test func windowWithAnUnknownUnitIsRefused() throws {
        let reference = try PeriodReader.parse("2022-10-04")
        #expect(throws: Diagnostic.self) { try PeriodReader.parse("the past 5 parsecs", reference: reference) }
    }

    @Test func decadeAndCenturyThirdsDoNotOverlap() throws {
        for whole in ["1990s", "20th century"] {
            let early = try PeriodReader.parse("early \(whole)")
            let mid = try PeriodReader.parse("mid \(whole)")
            let late = try PeriodReader.parse("late \(whole)")
            let all = try PeriodReader.parse("the \(whole)")
            #expect(early.start == all.start)
            #expect(late.end == all.end)
            #expect(early.end.year + 1 == mid.start.year)
            #expect(mid.end.year + 1 == late.start.year)
        }
    }

    @Test func neverCrashesOnGeneratedText() throws {
        var rng = LCG(seed: 20221004)
        let words = ["2021", "2022", "-", "–", "/", "02", "29", "13", "Q", "H", "3", "the", "past", "last", "ten",
                     "years", "months", "decade", "to", "between", "and", "from", "about", "circa", "c", ".", "early",
                     "mid", "late", "20", "th", "century", "1990", "s", "winter", "autumn", "January", "Sep", ",",
                     "12", "first", "half", "of", "quarter", "🙂", "0000", "9999", "999"]
        let reference = try PeriodReader.parse("2022-10-04")
        var read = 0, refused = 0
        for i in 0..<600 {
            let n = 1 + rng.next(upTo: 6)
            let text = (0..<n).map { _ in words[rng.next(upTo: words.count)] }.joined(separator: rng.next(upTo: 3) == 0 ? "" : " ")
            do {
                let p = try PeriodReader.parse(text, reference: i % 2 == 0 ? reference : nil)
                read += 1
                #expect(p.start <= p.end, "\(text)")
            } catch {
                refused += 1
                #expect(error.accepted != nil, "\(text)")
            }
        }
        #expect(read > 10)
        #expect(refused > 10)
    }
}
