import Testing
@testable import BilatCore

/// Running totals with no start named get a period "to DATE" (`../2024-05-20`, `../2024-03`): to the date the
/// sentence names after "until", "by the end of" or "as of", else to the publication date. The sentences are
/// written for these tests; rows are `indicator FLOW period value`.
@Suite struct ExtractionCumulativeTotalsTests {
    func rows(_ text: String, pair: (String, String) = ("AZE", "GEO")) throws -> [String] {
        try ExtractionPeriodsAndCountsTests().rows(text, published: "2024-05-20", pair: pair)
    }

    @Test(arguments: [
        ("So far, Azerbaijan has invested $2.1 billion in Georgia.", ["investment AZE→GEO ../2024-05-20 2100000000"]),
        ("Azerbaijan's investments in Georgia have reached $2.1 billion to date.", ["investment AZE→GEO ../2024-05-20 2100000000"]),
        ("BAKU, 20 May 2024 — So far, Azerbaijan has invested $2.1 billion in Georgia, the ministry said.",
         ["investment AZE→GEO ../2024-05-20 2100000000"]),
        ("In total, Azerbaijan has invested $2.1 billion in Georgia.", ["investment AZE→GEO ../2024-05-20 2100000000"]),
        ("Azerbaijan has invested an aggregate total of $2.1 billion in Georgia.", ["investment AZE→GEO ../2024-05-20 2100000000"]),
        ("Azerbaijan invested $2.1 billion in Georgia until March 2024.", ["investment AZE→GEO ../2024-03 2100000000"]),
        ("Azerbaijan had invested $2.1 billion in Georgia by the end of March.", ["investment AZE→GEO ../2024-03 2100000000"]),
        ("As of June 2023, Azerbaijan had invested $2.1 billion in Georgia.", ["investment AZE→GEO ../2023-06 2100000000"]),
        ("As of June 2023, Azerbaijan had invested $2.1 billion in Georgia in total.", ["investment AZE→GEO ../2023-06 2100000000"]),
    ])
    func aRunningTotalWithNoStartRunsToADate(_ text: String, _ expected: [String]) throws {
        let found = try rows(text)
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        // A start named: closed, from it to the publication.
        ("Azerbaijan has invested $2.1 billion in Georgia since 2012.", ["investment AZE→GEO 2012/2024 2100000000"]),
        // A total within a year it names.
        ("In 2023, Azerbaijan invested $2.1 billion in Georgia in total.", ["investment AZE→GEO 2023 2100000000"]),
        // "so far this year" is the months of this year, closed.
        ("So far this year, Azerbaijan has invested $2.1 billion in Georgia.", ["investment AZE→GEO 2024-01/2024-05 2100000000"]),
        // A date still to come is a goal, dropped.
        ("Azerbaijan will invest $4.2 billion in Georgia until 2030.", [String]()),
        // "total" before a noun is no running total; a plain month stays the month.
        ("Azerbaijan invested $2.1 billion in Georgia in March.", ["investment AZE→GEO 2024-03 2100000000"]),
    ])
    func otherTotalsKeepTheirClosedPeriods(_ text: String, _ expected: [String]) throws {
        let found = try rows(text)
        #expect(found == expected, "\(found)")
    }
}
