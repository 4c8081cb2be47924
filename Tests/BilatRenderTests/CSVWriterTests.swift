import BilatCore
@testable import BilatRender
import BilatTestSupport
import Foundation
import Testing

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("plain text", "plain text"),
        ("a, b", "\"a, b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("x=1", "x=1"),
        ("Jan–Sep 2018 (months)", "Jan–Sep 2018 (months)"),
    ])
    func textCellsAreQuotedAndNeutralised(text: String, expected: String) {
        #expect(CSVWriter.field(.text(text)) == expected)
    }

    @Test(arguments: ["-12.5", "11700000", "0", "-22.46", "1600000000"])
    func numbersAreNeverAltered(number: String) {
        #expect(CSVWriter.field(.number(number)) == number)
    }

    @Test func rowsEndInCRLFAndTheExcelFlavourStartsWithABOM() {
        let plain = CSVWriter(includeBOM: false).render(header: ["a", "b"], rows: [[.text("x"), .number("1")], [.empty, .text("y")]])
        #expect(plain == "a,b\r\nx,1\r\n,y\r\n")
        let excel = CSVWriter(includeBOM: true).render(header: ["a"], rows: [])
        #expect(Array(excel.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }
}

@Suite struct LabelTests {
    @Test(arguments: [
        ("11700000", "USD", 3, "$11.7M"), ("1600000000", "USD", 2, "$1.6B"), ("2000000", "USD", 1, "$2M"),
        ("5800079.02", "USD", 3, "$5.80M"), ("34000000", "PKR", 2, "Rs 34M"), ("5000000", "AZN", 1, "₼5M"),
        ("1500", "EUR", 2, "€1.5K"), ("950", "GBP", 2, "£950"), ("100", "officers", 1, "100 officers"),
        ("2000000000000", "USD", 1, "$2T"),
        // The sign before the currency, counts grouped as the reports group them.
        ("-2500000", "USD", 2, "-$2.5M"), ("-950", "GBP", 2, "-£950"), ("-0", "USD", 1, "$0"),
        ("1000000", "ampoules", 7, "1,000,000 ampoules"), ("1000000000000000", "documents", 16, "1,000,000,000,000,000 documents"),
        ("36", "documents", 2, "36 documents"),
    ])
    func valueLabels(value: String, unit: String, digits: Int, expected: String) {
        #expect(ValueLabel.format(Decimal(string: value)!, unit: unit, significant: digits) == expected)
    }

    @Test(arguments: [("5000000", "$5M"), ("10000000", "$10M"), ("15000000", "$15M"), ("2500000", "$2.5M"), ("0", "$0"),
                      ("1000000000", "$1B"), ("100000", "$100K")])
    func ticksHaveNoTrailingZeros(value: String, expected: String) {
        #expect(ValueLabel.tick(Decimal(string: value)!, unit: "USD") == expected)
    }

    @Test(arguments: [
        ("100 officers", Qualifier.lowerBound, "100+ officers"), ("$2M", .lowerBound, "$2M+"), ("100 units", .approximately, "~100 units"),
        ("100", .upperBound, "≤ 100"), ("100", .nearly, "nearly 100"), ("100", .exact, "100"),
    ])
    func qualifiersReadAsPeopleWriteThem(text: String, qualifier: Qualifier, expected: String) {
        #expect(ValueLabel.qualified(text, qualifier) == expected)
    }

    @Test(arguments: [
        ("2021", "2021 (year)"), ("2022-02", "Feb 2022 (month)"), ("January–September 2018", "Jan–Sep 2018 (months)"),
        ("2018-Q3", "Q3 2018 (quarter)"), ("2022-10-04", "4 Oct 2022 (day)"), ("2017-02-28/2017-03-01", "28 Feb–1 Mar 2017 (days)"),
        ("1992–2022", "1992–2022 (years)"), ("about 2024", "about 2024 (year)"), ("2019-12-30/2020-01-02", "30 Dec 2019–2 Jan 2020 (days)"),
    ])
    func periodTextLabelsAreNeverDatesOrNumbers(text: String, expected: String) throws {
        #expect(try PeriodReader.parse(text).textLabel == expected)
    }

    @Test func windowsSayTheyAreWindows() throws {
        let window = try PeriodReader.parse("the past ten years", reference: try PeriodReader.parse("2022-10-04"))
        #expect(window.textLabel == "Oct 2012–Oct 2022 (window)")
    }
}

@Suite struct SVGElementTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a & b", "a &amp; b"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("]]> <!-- x -->", "]]&gt; &lt;!-- x --&gt;"),
        ("bell\u{07}tab\tline\nend", "belltab line end"),
        ("Azerbaijan–Pakistan ₼", "Azerbaijan–Pakistan ₼"),
    ])
    func textAndAttributesAreEscaped(text: String, expected: String) {
        #expect(SVGElement.escape(text) == expected)
        let rendered = SVGElement("text", [("data-x", text)], text: text).render()
        #expect(rendered == "<text data-x=\"\(expected)\">\(expected)</text>\n")
    }
}
