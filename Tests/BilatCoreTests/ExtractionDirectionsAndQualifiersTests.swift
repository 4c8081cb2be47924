import Testing
@testable import BilatCore

/// Rules of step 7 (docs/extract-strict-tuning.md), tuned on the strict set's tuning articles U57–U76: who sells and
/// who buys (buying verbs and nouns, goods supplied, a company's country, "US" in capitals, a country in a later
/// clause), asides inside a clause, bounds written with "just", "north of" and the like, and figures not to propose
/// (a headline naming the flow from the other side, re-exports to a third market, a subject outside the pair before
/// an aside). The sentences are written for these tests; rows are `indicator FLOW period[ vs compared] value qualifier`.
@Suite struct ExtractionDirectionsAndQualifiersTests {
    static let extractor: Extractor = {
        var v = ExtractionPeriodsAndCountsTests.extractor.vocabulary
        func p(_ text: String) -> Phrase { Phrase(text)! }
        v.cues += [.init(indicator: "defence_deal_value", phrase: p("purchase*"), direction: .toPartner),
                   .init(indicator: "defence_deal_value", phrase: p("arms"), direction: .toPartner),
                   .init(indicator: "defence_deal_value", phrase: p("defence"), direction: .toPartner),
                   .init(indicator: "trade_turnover", phrase: p("goods"), direction: .both),
                   .init(indicator: "arms_ordered", phrase: p("buy*"), direction: .toPartner)]
        v.units["arms_ordered", default: []] += [p("armored vehicles")]
        v.units["arms_delivered", default: []] += [p("armored vehicles")]
        v.exclusions += [.init(indicator: nil, phrase: p("to take"), reason: "a goal or target, not a reported figure")]
        for (name, code) in [("Saudi", "SAU"), ("Chinese", "CHN"), ("Uzbek", "UZB"), ("United States", "USA"), ("Bangladesh", "BGD"),
                             ("Türkiye", "TUR"), ("Indian", "IND")] {
            v.countries[p(name)] = code
        }
        return Extractor(vocabulary: v)
    }()

    func rows(_ text: String, published: String = "2023-05-29", pair: (String, String), outlet: String? = nil,
              fiscal: [String: String] = [:]) throws -> [String] {
        var settings = ExtractionSettings(sourceID: "t", published: try PeriodReader.parse(published), reporter: pair.0,
                                          partner: pair.1, fiscalYearStarts: try fiscal.mapValues { try #require(FiscalYearStart(text: $0)) })
        settings.outletCountry = outlet
        return Self.extractor.extract(ArticleText(text), settings: settings).candidates.map { c in
            "\(c.indicator) \(StrictRow(c).flow) \(c.period?.label ?? "-")" + (c.comparedWith.map { " vs \($0.label)" } ?? "")
                + " \(c.quantity.value.plainText) \(c.quantity.qualifier.rawValue)"
        }
    }

    @Test(arguments: [
        // A buying verb: the country after it sells, its subject buys.
        ("Kazakhstan purchased Uzbek products for $0.9 billion in 2022.", ("KAZ", "UZB"), ["imports UZB→KAZ 2022 900000000 exact"]),
        // "purchases of X": X sells; with no arms word, purchases are imports, not an arms deal.
        ("Saudi purchases of Pakistani rice, textiles and meat came to roughly $490 million in 2022.", ("SAU", "PAK"),
         ["imports PAK→SAU 2022 490000000 approximately"]),
        // With an arms word, a purchase stays an arms deal.
        ("Saudi purchases of Pakistani arms came to $490 million in 2022.", ("SAU", "PAK"), ["defence_deal_value PAK→SAU 2022 490000000 exact"]),
        // Goods supplied are the supplier's exports.
        ("Turkish companies supplied to Uzbekistan goods for 1.7 billion dollars in 2021.", ("UZB", "TUR"), ["exports TUR→UZB 2021 1700000000 exact"]),
        ("In 2021, supplies of Pakistani goods to Azerbaijan were worth $11.9 million.", ("AZE", "PAK"), ["exports PAK→AZE 2021 11900000 exact"]),
        // A country in a later clause, before a later number, is that number's.
        ("Pakistan's imports from the Kingdom rose to $4.5 billion in 2022, while Saudi purchases of Pakistani rice, textiles and meat came to roughly $490 million.",
         ("SAU", "PAK"), ["imports SAU→PAK 2022 4500000000 exact", "imports PAK→SAU 2022 490000000 approximately"]),
        // A company's country takes the preposition before the company.
        ("India has signed a deal to buy 31 drones from General Atomics of the United States for about $3.5 billion.", ("IND", "USA"),
         ["arms_ordered USA→IND 2023-05-29 31 exact", "defence_deal_value USA→IND 2023-05-29 3500000000 approximately"]),
        // "in the economy of X": X receives.
        ("Since 1995, Türkiye has invested around $19.5 billion in the economy of Azerbaijan.", ("AZE", "TUR"),
         ["investment TUR→AZE 1995/2023 19500000000 approximately"]),
    ])
    func whoSellsAndWhoBuys(_ text: String, _ pair: (String, String), _ expected: [String]) throws {
        let found = try rows(text, pair: pair)
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        // "US" in capitals is the United States; "US dollars" is a currency.
        ("India's exports to the US rose to $78.31 billion in 2022.", ("IND", "USA"), ["exports IND→USA 2022 78310000000 exact"]),
        ("The US, meanwhile, sold India weapons worth some $1.5 billion in 2022.", ("IND", "RUS"), [String]()),
        ("Trade turnover exceeded 3.6 billion US dollars in 2021.", ("UZB", "TUR"), ["trade_turnover TUR↔UZB 2021 3600000000 lower_bound"]),
        // An aside between commas does not cut the clause: the subject before it is the figure's.
        ("Exports to Russia, however, fell 11.6 per cent to $2.8 billion in 2022.", ("IND", "RUS"),
         ["exports IND→RUS 2022 vs 2021 -11.6 exact", "exports IND→RUS 2022 2800000000 exact"]),
        ("Bangladesh, by comparison, bought Chinese goods worth $22.9 billion in 2022.", ("PAK", "CHN"), [String]()),
        ("Israel's trade with the United States, by comparison, exceeded $50 billion in 2022.", ("TUR", "ISR"), [String]()),
    ])
    func countriesAndAsides(_ text: String, _ pair: (String, String), _ expected: [String]) throws {
        let found = try rows(text, pair: pair, outlet: pair.0)
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        ("Exports reached just under $17.5 billion in 2022.", "exports AZE→TUR 2022 17500000000 nearly"),
        ("Exports reached just shy of $17.5 billion in 2022.", "exports AZE→TUR 2022 17500000000 nearly"),
        ("Exports reached just over $17.5 billion in 2022.", "exports AZE→TUR 2022 17500000000 lower_bound"),
        ("Exports were valued at north of $53 billion in 2022.", "exports AZE→TUR 2022 53000000000 lower_bound"),
        ("Exports were well over $53 billion in 2022.", "exports AZE→TUR 2022 53000000000 lower_bound"),
        ("Exports were south of $53 billion in 2022.", "exports AZE→TUR 2022 53000000000 upper_bound"),
        ("Exports were in the region of $53 billion in 2022.", "exports AZE→TUR 2022 53000000000 approximately"),
        ("Exports reached $3.3 bln in 2022.", "exports AZE→TUR 2022 3300000000 exact"),
        // "-ing" forms of change verbs state a change too.
        ("Bilateral trade rising 7.65 per cent to $128.55 billion in 2022.", "trade_turnover AZE↔TUR 2022 vs 2021 7.65 exact"),
    ])
    func boundsAndScales(_ text: String, _ expected: String) throws {
        let found = try rows(text, pair: ("AZE", "TUR"), outlet: "AZE")
        #expect(found.first == expected, "\(found)")
    }

    @Test(arguments: [
        // A headline naming the flow from the other side repeats the body's figure.
        ("China's exports to Pakistan fall to $12.1bn\n\nPakistan's imports from China fell to $12.14 billion in 2022.", ("PAK", "CHN"),
         ["imports CHN→PAK 2022 12140000000 exact"]),
        // A re-export to a third market is no flow of the pair; one to the partner is.
        ("Re-exports of Indian-origin products to Africa were estimated at around $4 billion in 2022.", ("ARE", "IND"), [String]()),
        ("The UAE's re-exports to India were estimated at around $4 billion in 2022.", ("ARE", "IND"), ["exports ARE→IND 2022 4000000000 approximately"]),
        // A goal: "agreed to take their bilateral trade to".
        ("The two countries have agreed to take their bilateral trade to $5 billion.", ("PAK", "TUR"), [String]()),
        // The period right after an earlier clause's base value is the base's.
        ("India's exports to the US rose to $78.31 billion in 2022-23 from $76.18 billion in 2021-22, while imports grew about 16 per cent to $50.24 billion.",
         ("IND", "USA"), ["exports IND→USA FY2022-04/2023-03 78310000000 exact", "exports IND→USA FY2021-04/2022-03 76180000000 exact",
                          "imports USA→IND FY2022-04/2023-03 vs FY2021-04/2022-03 16 approximately", "imports USA→IND FY2022-04/2023-03 50240000000 exact"]),
        // A contract's value in the present tense after an order is the order's, dated as it is.
        ("Azerbaijan has ordered another 30 armored vehicles from Turkish manufacturer Otokar.\n\nThe contract is worth some 75 million euros.",
         ("TUR", "AZE"), ["arms_ordered TUR→AZE 2023-06-15 30 exact", "defence_deal_value TUR→AZE 2023-06-15 75000000 approximately"]),
        // A headline's period of publication is not carried into the body.
        ("Saudi Arabia rolls over $2 billion loan to Pakistan\n\nSaudi Arabia has rolled over a $2 billion loan to Pakistan for another year.",
         ("SAU", "PAK"), ["loans SAU→PAK 2023-06-15 2000000000 exact"]),
        // A change in a new paragraph whose subject repeats the figure's is about that figure.
        ("Turkish defence sales to Azerbaijan topped $201 million in January-May.\n\nSales to Azerbaijan were 2.5 times higher than in the same period last year.",
         ("TUR", "AZE"), ["defence_deal_value TUR→AZE 2023-01/2023-05 201000000 lower_bound",
                          "defence_deal_value TUR→AZE 2023-01/2023-05 vs 2022-01/2022-05 150 approximately"]),
    ])
    func figuresNotToProposeAndTheirNeighbours(_ text: String, _ pair: (String, String), _ expected: [String]) throws {
        let found = try rows(text, published: "2023-06-15", pair: pair, outlet: pair.0, fiscal: ["IND": "04-01"])
        #expect(found == expected, "\(found)")
    }
}
