import Testing
@testable import BilatCore

/// The memo must answer exactly what PeriodReader answers, whatever order texts and references come in.
@Suite("Period memo")
struct PeriodMemoTests {
    static let texts = [
        "2021", "2022-02", "January–September 2018", "about 2024", "the past ten years", "the last 18 months",
        "the past decade", "the ten years to 2022", "autumn 1995", "2018-Q3", "2021-13", "", "next year", "2019/2018",
        "last year", "since 2012", "FY2020-21", "2020/21", "FY2020-07/2021-06", "12–20 September 2021",
    ]
    static let references: [Period?] = [nil, try? PeriodReader.parse("2022-10-04"), try? PeriodReader.parse("2015"),
                                        try? PeriodReader.parse("2020-06")]

    @Test("every text against every reference, in turn, reads as PeriodReader reads it", arguments: references.indices)
    func sameAsReader(_ first: Int) {
        var memo = PeriodMemo()
        // Start from a different reference each time, so a window is first seen against each of them.
        let order = Array(Self.references[first...] + Self.references[..<first])
        for reference in order {
            for text in Self.texts {
                let remembered = Result { () throws(Diagnostic) in try memo.parse(text, reference: reference) }
                let read = Result { () throws(Diagnostic) in try PeriodReader.parse(text, reference: reference) }
                #expect(remembered == read, "\(text) against \(reference?.label ?? "no reference")")
            }
        }
    }

    @Test("a fiscal label is read in each row's own fiscal year, not the first one seen")
    func fiscalLabelFollowsFiscalYear() throws {
        var memo = PeriodMemo()
        let pakistan = FiscalYear(party: "PAK", start: try #require(FiscalYearStart(text: "07-01")))
        let india = FiscalYear(party: "IND", start: try #require(FiscalYearStart(text: "04-01")))
        for _ in 0..<2 {
            #expect(try memo.parse("FY2020-21", reference: nil, fiscalYear: pakistan).start.description == "2020-07-01")
            #expect(try memo.parse("FY2020-21", reference: nil, fiscalYear: india).start.description == "2020-04-01")
            #expect(throws: Diagnostic.self) { try memo.parse("FY2020-21", reference: nil) }
        }
    }

    @Test("a window is read against each row's own reference, not the first one seen")
    func windowFollowsReference() throws {
        var memo = PeriodMemo()
        let early = try memo.parse("the past ten years", reference: PeriodReader.parse("2015"))
        let late = try memo.parse("the past ten years", reference: PeriodReader.parse("2022"))
        #expect(early.end.year == 2015)
        #expect(late.end.year == 2022)
    }

    @Test("past its capacity the memo starts again and still answers the same")
    func capacity() throws {
        var memo = PeriodMemo(capacity: 3)
        for year in 1990...2030 {
            #expect(try memo.parse(String(year), reference: nil) == PeriodReader.parse(String(year)))
        }
        #expect(try memo.parse("1990", reference: nil) == PeriodReader.parse("1990"))
    }
}
