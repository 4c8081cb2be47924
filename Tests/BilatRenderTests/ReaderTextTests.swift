import BilatCore
import Foundation
import Testing
@testable import BilatRender

/// One number style in reports: grouped digits, a no-break space before a unit or scale word, "%" on its
/// number, money in words, "~100" touching its number.
@Suite("Reader values")
struct ReaderValueTests {
    static let nb = "\u{00A0}"

    @Test("values as readers see them", arguments: [
        (Decimal(1_640_000), "USD", 3, Qualifier.exact, "$1.64\u{00A0}million"),
        (Decimal(1_600_000_000), "USD", 2, .exact, "$1.6\u{00A0}billion"),
        (Decimal(530_000), "USD", 2, .exact, "$530,000"),
        (Decimal(15_600_000), "ampoules", 3, .exact, "15,600,000\u{00A0}ampoules"),
        (Decimal(300_000), "ampoules", 1, .lowerBound, "300,000+\u{00A0}ampoules"),
        (Decimal(100), "units", 1, .approximately, "~100\u{00A0}units"),
        (Decimal(28_000_000), "USD", 2, .lowerBound, "$28\u{00A0}million+"),
        (Decimal(100), "officers", 1, .upperBound, "up to 100\u{00A0}officers"),
        (Decimal(4_000_000), "EUR", 1, .nearly, "nearly €4\u{00A0}million"),
        (Decimal(-5_000_000), "USD", 1, .exact, "−$5\u{00A0}million"),
        (Decimal(0), "USD", 1, .exact, "$0"),
        (Decimal(36), "documents", 2, .exact, "36\u{00A0}documents"),
    ])
    func value(value: Decimal, unit: String, significant: Int, qualifier: Qualifier, expected: String) {
        #expect(ReaderValue.value(value, unit: unit, significant: significant, qualifier: qualifier) == expected)
    }

    @Test("a range names a count's noun once and money on both ends")
    func ranges() {
        #expect(ReaderValue.value(10, high: 20, unit: "officers", significant: 2, qualifier: .exact) == "10–20\(Self.nb)officers")
        #expect(ReaderValue.value(17_000_000, high: 25_000_000, unit: "USD", significant: 2, qualifier: .exact)
            == "$17\(Self.nb)million–$25\(Self.nb)million")
    }

    @Test("percentages touch their sign and their number", arguments: [
        (Decimal(string: "22.46")!, 4, "+22.46%"), (Decimal(string: "-3.1")!, 2, "−3.1%"), (Decimal(0), 1, "0%"),
        (Decimal(12_345), 5, "+12,345%"),
    ])
    func percent(value: Decimal, significant: Int, expected: String) {
        #expect(ReaderValue.percent(value, significant: significant) == expected)
    }

    @Test func percentAsWritten() {
        #expect(ReaderValue.percent(text: "26.55", signed: true) == "+26.55%")
        #expect(ReaderValue.percent(text: "-22.46", signed: true) == "−22.46%")
        #expect(ReaderValue.percent(text: "40", signed: false) == "40%")
    }

    @Test("nothing a report writes puts a space between ~ and its number", arguments: Qualifier.allCases)
    func noSpaceAfterTilde(qualifier: Qualifier) {
        let text = ReaderValue.value(100, unit: "units", significant: 1, qualifier: qualifier)
        #expect(text.firstMatch(of: /~\s\d/) == nil, "\(text)")
        #expect(text.firstMatch(of: /\d %/) == nil, "\(text)")
    }
}

@Suite("Reader wording")
struct ReaderWordingTests {
    static let wording = ReaderWording(names: [
        ("officers-trained-todayaz", "the Today.Az figure for officers"),
        ("f-1", "the first figure"),
        ("personnel_trained", "personnel trained"),
        ("todayaz-2022-30years", "Today.Az"),
        ("AZE", "Azerbaijan"),
        ("comtrade-2020", "UN Comtrade"),
    ])

    @Test("ids, ISO dates and long numbers become readers' words", arguments: [
        ("officers-trained-todayaz measures personnel_trained", "the Today.Az figure for officers measures personnel trained"),
        ("f-1 and f-12 differ", "the first figure and f-12 differ"),
        ("todayaz-2022-30years has it as of 2022-10-04.", "Today.Az has it as of 4 Oct 2022."),
        ("their periods differ (~2012-10/2022-10 and ~2014/2024)", "their periods differ (about Oct 2012–Oct 2022 and about 2014–2024)"),
        ("for 2018-01/2018-09", "for Jan–Sep 2018"),
        ("in 2021 and FY2020-21", "in 2021 and FY2020-21"),
        ("reports 3900000 (exact), 4350000.5", "reports 3,900,000 (exact), 4,350,000.5"),
        ("since 1991, 2017-Q3", "since 1991, Jul–Sep 2017"),
        ("statistics comtrade-2020 (UN Comtrade) report", "statistics UN Comtrade report"),
        ("AZE records 29.4 % more imports (AZE→PAK)", "Azerbaijan records 29.4% more imports (Azerbaijan→PAK)"),
    ])
    func rewrite(text: String, expected: String) {
        #expect(Self.wording.rewrite(text) == expected)
    }

    @Test("a query cell that is a period shows the page's dates; other cells stay", arguments: [
        ("2018-01/2018-09", "Jan–Sep 2018"), ("2022-10-04", "4 Oct 2022"), ("2017", "2017"), ("7340000", "7,340,000"),
        ("2018-01 plan", "2018-01 plan"), ("shunculture-2024-role", "shunculture-2024-role"), ("1234", "1234"),
        (String(repeating: "0", count: 100_000), String(repeating: "0", count: 100_000)),
    ])
    func queryCells(cell: String, expected: String) {
        #expect(ReaderWording.periodCell(cell) == expected)
    }

    @Test func namesInSentences() {
        #expect(ReaderWording.inSentence("Personnel trained") == "personnel trained")
        #expect(ReaderWording.inSentence("JF-17 sales") == "JF-17 sales")
        #expect(ReaderWording.inSentence("UN aid") == "UN aid")
    }

    @Test("a details block folds its items away in HTML and in Markdown")
    func detailsBlock() {
        let block = ReportBlock.details(summary: "Ids <and> formulas", items: ["a_b = c * d"])
        let html = BlockWriter.html([block])
        #expect(html == "<details><summary>Ids &lt;and&gt; formulas</summary><ul><li>a_b = c * d</li></ul></details>")
        let md = BlockWriter.markdown([block])
        #expect(md.hasPrefix("<details><summary>Ids &lt;and&gt; formulas</summary>\n\n- "))
        #expect(md.hasSuffix("\n\n</details>\n"))
    }
}
