import Testing
@testable import BilatCore

/// Rules of step 7 (docs/extract-strict-tuning.md), tuned on the strict set's tuning articles U77–U96: spans of the
/// year in shorthand and in words ("9M of this year", "7MFY23", "the first three quarters of 2023", "the first half of
/// the current fiscal", "Jan-Sep last year"), a leading "Compared to …," as the base of the sentence's changes, an
/// elliptical multiple, "pc" for percent, "% more in comparison with", present verbs beside participles, brackets in
/// the tense of their clause, a city dateline with a colon, periods of a later clause's event, cues inside titles,
/// future deliveries, receiving subjects and changes tied to their figure. The sentences are written for these tests;
/// rows are `indicator FLOW period[ vs compared] value`.
@Suite struct ExtractionNewsSpansTests {
    static let extractor: Extractor = {
        var v = ExtractionPeriodsAndCountsTests.extractor.vocabulary
        func p(_ text: String) -> Phrase { Phrase(text)! }
        v.cues += [.init(indicator: "loans", phrase: p("payment facility"), direction: .toPartner),
                   .init(indicator: "arms_delivered", phrase: p("inducted"), direction: .toPartner),
                   .init(indicator: "arms_delivered", phrase: p("supplied"), direction: .toPartner),
                   .init(indicator: "deal_value", phrase: p("construction firms"), direction: .toPartner),
                   .init(indicator: "investment", phrase: p("invest*"), direction: .toPartner),
                   .init(indicator: "companies_registered", phrase: p("registered"), direction: .toPartner)]
        for indicator in ["arms_ordered", "arms_delivered"] { v.units[indicator, default: []] += [p("jets"), p("systems")] }
        v.units["companies_registered", default: []] += [p("companies")]
        for (name, code) in [("India", "IND"), ("Indian", "IND"), ("Russia", "RUS"), ("Chinese", "CHN"), ("Saudi", "SAU"), ("Kazakh", "KAZ"),
                             ("Kazakhstan", "KAZ"), ("Türkiye", "TUR"), ("Turkish", "TUR"), ("Dubai", "ARE")] {
            v.countries[p(name)] = code
        }
        return Extractor(vocabulary: v)
    }()

    func rows(_ text: String, published: String, pair: (String, String), outlet: String? = nil,
              fiscal: [String: String] = [:]) throws -> [String] {
        try ExtractionTestRows.rows(Self.extractor, text, published: published, pair: pair, outlet: outlet, fiscal: fiscal,
                                    showingHigh: false)
    }

    @Test(arguments: [
        // "9M of this year": January to September of the year of publication.
        ("Trade amounted to 48.6 mln dollars in 9M of this year.", "2023-10-18", ("AZE", "PAK"), [String: String](),
         ["trade_turnover AZE↔PAK 2023-01/2023-09 48600000"]),
        // "7MFY23": the first seven months of Pakistan's fiscal year ending in 2023.
        ("Exports were $1.28 billion in 7MFY23.", "2024-02-20", ("PAK", "CHN"), ["PAK": "07-01"],
         ["exports PAK→CHN 2022-07/2023-01 1280000000"]),
        // A bracketed month range between the span and its fiscal year.
        ("Exports reached $1.57 billion in the first seven months (July-January) of FY24.", "2024-02-20", ("PAK", "CHN"), ["PAK": "07-01"],
         ["exports PAK→CHN 2023-07/2024-01 1570000000"]),
        // … and before "the current fiscal year".
        ("Imports stood at $1.9bn during the first five months (July-November) of the current fiscal year.", "2023-12-07", ("PAK", "SAU"),
         ["PAK": "07-01"], ["imports SAU→PAK 2023-07/2023-11 1900000000"]),
        // Quarters counted from January.
        ("Trade amounted to 3.2 billion US dollars over the first three quarters of 2023.", "2023-10-25", ("KAZ", "UZB"), [:],
         ["trade_turnover KAZ↔UZB 2023-01/2023-09 3200000000"]),
        // "of the current year" after "the first N months".
        ("Trade made up 412.7 million US dollars in the first three months of the current year.", "2023-05-04", ("AZE", "ISR"), [:],
         ["trade_turnover AZE↔ISR 2023-01/2023-03 412700000"]),
        // "the current fiscal" with no "year" after "the first half of": India's April to September.
        ("Imports jumped to $36.1 billion in the first half of the current fiscal, data showed.", "2023-11-16", ("IND", "RUS"), ["IND": "04-01"],
         ["imports RUS→IND 2023-04/2023-09 36100000000"]),
        // "Jan-Sep last year": the months of the year before publication, not September alone.
        ("Trade was $3.1 billion in Jan-Sep last year.", "2023-10-25", ("KAZ", "UZB"), [:],
         ["trade_turnover KAZ↔UZB 2022-01/2022-09 3100000000"]),
    ])
    func spansOfTheYearInShorthandAndWords(_ text: String, _ published: String, _ pair: (String, String), _ fiscal: [String: String],
                                           _ expected: [String]) throws {
        let found = try rows(text, published: published, pair: pair, outlet: pair.0, fiscal: fiscal)
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        // The lead's period is the base; "the indicator" is the figure of the paragraph before.
        ("Trade turnover totaled $3.41 billion in H1 2024.\n\nCompared to the same period of 2023, the indicator decreased by 6.8 percent.",
         "2024-07-22", ("AZE", "TUR"),
         ["trade_turnover AZE↔TUR 2024-01/2024-06 3410000000", "trade_turnover AZE↔TUR 2024-01/2024-06 vs 2023-01/2023-06 -6.8"]),
        // A year as the base, and an elliptical multiple after "by".
        ("In 2022, the trade turnover amounted to 511.3 million US dollars.\n\nCompared with 2021, the trade turnover increased by 37.2 percent, export by 2.1 times.",
         "2023-02-15", ("AZE", "KAZ"),
         ["trade_turnover AZE↔KAZ 2022 511300000", "trade_turnover AZE↔KAZ 2022 vs 2021 37.2", "exports AZE→KAZ 2022 vs 2021 110"]),
        // "last year" after a month range in the lead.
        ("Trade amounted to 3.2 billion US dollars over the first three quarters of 2023.\n\nCompared to Jan-Sep last year, the figure rose 12.4%.",
         "2023-10-25", ("KAZ", "UZB"),
         ["trade_turnover KAZ↔UZB 2023-01/2023-09 3200000000", "trade_turnover KAZ↔UZB 2023-01/2023-09 vs 2022-01/2022-09 12.4"]),
        // "% more in comparison with".
        ("In January-March 2023, trade turnover amounted to USD 45.7 mln, which is 31.5% more in comparison with the corresponding period of 2022.",
         "2023-04-21", ("AZE", "UZB"),
         ["trade_turnover AZE↔UZB 2023-01/2023-03 45700000", "trade_turnover AZE↔UZB 2023-01/2023-03 vs 2022-01/2022-03 31.5"]),
        // "pc" touching the number.
        ("Exports increased by 23pc year-on-year to $1.57 billion in 2023.", "2024-02-20", ("PAK", "CHN"),
         ["exports PAK→CHN 2023 vs 2022 23", "exports PAK→CHN 2023 1570000000"]),
    ])
    func comparisonsAndChangesInNewsWording(_ text: String, _ published: String, _ pair: (String, String), _ expected: [String]) throws {
        let found = try rows(text, published: published, pair: pair, outlet: pair.0)
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        // "now stands at" beside the participle "registered": the year of publication, not the day.
        ("The number of Indian companies registered with the chamber now stands at 83,000.", "2024-01-15", ("ARE", "IND"), "ARE",
         ["companies_registered IND→ARE 2024 83000"]),
        // A bracket after "has signed" is a past event too (the day); "RIYADH:" introduces no list.
        ("Saudi fund signs $400 million loans for Pakistan\n\nRIYADH: The Saudi fund has signed loan agreements worth SR1.5 billion ($400 million) for projects in Pakistan.",
         "2023-07-12", ("SAU", "PAK"), "SAU", ["loans SAU→PAK 2023-07-12 400000000"]),
        // "ordered in 2021" dates the later clause's order, not the delivery before it; "the first of 25" counts jets.
        ("The Pakistan Air Force inducted six J-10CE fighter jets from China, the first of 25 Pakistan ordered in 2021.", "2022-03-14", ("PAK", "CHN"), nil,
         ["arms_delivered CHN→PAK 2022-03-14 6", "arms_ordered CHN→PAK 2021 25"]),
        // "Türkiye's trade minister": a title, not a trade cue.
        ("Turkish construction firms have undertaken projects in Azerbaijan to the tune of $16.8 billion since 1992, Türkiye's trade minister said.",
         "2022-05-26", ("TUR", "AZE"), "TUR", ["deal_value TUR→AZE 1992/2022 16800000000"]),
        // A delivery still to come is the count on order.
        ("Under the contract, 14 systems will be supplied to India by Russia.", "2023-02-14", ("IND", "RUS"), "IND",
         ["arms_ordered RUS→IND 2023-02-14 14"]),
        // The subject of "received" receives.
        ("Pakistan received $1.2bn in 2023 under the Saudi deferred oil payment facility.", "2023-12-07", ("PAK", "SAU"), "PAK",
         ["loans SAU→PAK 2023 1200000000"]),
        // "which is 1.6 times more" is between its figure's parties.
        ("In 2023, Kazakh investors invested 480 million dollars in the economy of Uzbekistan, which is 1.6 times more than in 2022.",
         "2024-03-04", ("UZB", "KAZ"), "UZB",
         ["investment KAZ→UZB 2023 480000000", "investment KAZ→UZB 2023 vs 2022 60"]),
    ])
    func tensesClausesAndParties(_ text: String, _ published: String, _ pair: (String, String), _ outlet: String?, _ expected: [String]) throws {
        let found = try rows(text, published: published, pair: pair, outlet: outlet)
        #expect(found == expected, "\(found)")
    }
}
