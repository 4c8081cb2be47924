import BilatCore
import BilatDatasets
import Testing

/// Reading a strict development set: every label the score could not compare is an error at its cell.
@Suite struct StrictExtractionSetTests {
    static let parties = "code,fiscal_year_start\nPAK,07-01\n"
    static let articles = "article,source_id,published,reporter,partner,outlet_country,style\n"
        + "a.txt,src-a,2023-06-20,PAK,AZE,PAK,state agency\n"
    static let header = "article,indicator,reporter,partner,direction,period,compared_with,as_reported,value,high,unit,qualifier,kinds,note\n"

    static func read(_ rows: String) -> (StrictExtractionSet?, [Diagnostic]) {
        StrictExtractionSet.read(articles: Array(articles.utf8), articlesPath: "articles.csv",
                                 expected: Array((header + rows).utf8), expectedPath: "expected.csv",
                                 parties: Array(parties.utf8), partiesPath: "parties.csv")
    }

    @Test func readsEveryComparedField() throws {
        let (set, diagnostics) = Self.read(
            "a.txt,exports,PAK,AZE,to_partner,2022-07/2023-05,2021-07/2022-05,33 percent,33,,percent,exact,increase was; fiscal year,\n"
            + "a.txt,imports,PAK,AZE,from_partner,last year,,$4.3 million,4300000,,USD,lower_bound,,\n"
            + "a.txt,investment,AZE,PAK,to_partner,2022-23,,between $1 and $2,1,2,USD,exact,range,\n")
        let article = try #require(set?.articles.first, "\(diagnostics)")
        #expect(article.settings.fiscalYearStarts.keys.sorted() == ["PAK"])
        let rows = article.expected
        #expect(rows.count == 3)
        #expect(rows[0].flow == .from("PAK", to: "AZE"))
        #expect(rows[0].comparedWith?.label == "2021-07/2022-05")
        #expect(rows[0].kinds == ["increase was", "fiscal year"])
        #expect(rows[1].flow == .from("AZE", to: "PAK"))
        #expect(rows[1].period?.label == "2022")
        #expect(rows[1].qualifier == .lowerBound)
        // A fiscal label reads in the pair's fiscal year (Pakistan's, from parties.csv).
        #expect(rows[2].period?.label == "FY2022-07/2023-06")
        #expect(rows[2].high == 2)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var name: String
        var row: String
        var message: String
        var column: Int
        var testDescription: String { name }
    }

    static let bad: [Bad] = [
        Bad(name: "a period that does not parse", row: "a.txt,exports,PAK,AZE,to_partner,the reporting period,,$1,1,,USD,exact,,",
            message: "reporting", column: 34),
        Bad(name: "no period", row: "a.txt,exports,PAK,AZE,to_partner,,,$1,1,,USD,exact,,", message: "needs a period", column: 34),
        Bad(name: "a compared period that does not parse", row: "a.txt,exports,PAK,AZE,to_partner,2022,a while ago,$1,1,,USD,exact,,",
            message: "a while ago", column: 39),
        Bad(name: "an unknown direction", row: "a.txt,exports,PAK,AZE,outbound,2022,,$1,1,,USD,exact,,", message: "unknown direction", column: 23),
        Bad(name: "an unknown qualifier", row: "a.txt,exports,PAK,AZE,to_partner,2022,,$1,1,,USD,over,,", message: "unknown qualifier", column: 50),
        Bad(name: "a value with separators", row: "a.txt,exports,PAK,AZE,to_partner,2022,,$1,\"1,000\",,USD,exact,,",
            message: "cannot read value", column: 43),
        Bad(name: "a high end below the value", row: "a.txt,exports,PAK,AZE,to_partner,2022,,$1,5,2,USD,exact,,",
            message: "not above value", column: 45),
        Bad(name: "no unit", row: "a.txt,exports,PAK,AZE,to_partner,2022,,$1,1,,,exact,,", message: "needs a unit", column: 46),
        Bad(name: "an article not listed", row: "b.txt,exports,PAK,AZE,to_partner,2022,,$1,1,,USD,exact,,", message: "not in articles.csv", column: 1),
    ]

    @Test(arguments: bad) func anUnreadableLabelFailsTheWholeSet(_ b: Bad) {
        let (set, diagnostics) = Self.read("a.txt,exports,PAK,AZE,to_partner,2022,,$2,2,,USD,exact,,\n" + b.row + "\n")
        #expect(set == nil, "a set with an unreadable label must not be scored")
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(diagnostics)")
        #expect(errors.first?.location == SourceLocation(path: "expected.csv", line: 3, column: b.column), "\(diagnostics)")
        #expect(errors.first?.description.contains(b.message) == true, "\(diagnostics)")
    }

    @Test func theSameExpectedRowTwiceIsAnError() {
        let row = "a.txt,exports,PAK,AZE,to_partner,2022,,$2,2,,USD,exact,,\n"
        let (set, diagnostics) = Self.read(row + row)
        #expect(set == nil)
        #expect(diagnostics.map(\.description) == ["expected.csv:3:1: error: the same expected row twice in a.txt: a figure the article repeats is one row"])
    }
}
