import Testing
@testable import BilatCore

/// News idioms read after the strict set's first rules (docs/extract-strict-tuning.md, step 5): the outlet read
/// from the dateline, months of a fiscal year, the day a report was given, a change after a base value, a cue that
/// belongs to a later clause's number, a trade report's period carried on, and where the speakers are. The
/// sentences are written for these tests; rows are `indicator FLOW period[ vs compared] value`.
@Suite struct ExtractionNewsIdiomTests {
    static let extractor: Extractor = {
        var v = ExtractionIssue17RulesTests.vocabulary
        v.exclusions.append(.init(indicator: nil, phrase: Phrase("in the next")!, reason: "a forecast, not a reported figure"))
        for (name, code) in [("Karachi", "PAK"), ("Georgia", "GEO"), ("Uzbekistan", "UZB")] { v.countries[Phrase(name)!] = code }
        return Extractor(vocabulary: v)
    }()

    func rows(_ text: String, published: String, pair: (String, String), outlet: String? = nil,
              fiscal: [String: String] = [:]) throws -> [String] {
        try ExtractionTestRows.rows(Self.extractor, text, published: published, pair: pair, outlet: outlet, fiscal: fiscal,
                                    showingHigh: false)
    }

    @Test(arguments: [
        ("ISLAMABAD, March 3 (APP) – Exports rose", "PAK"),
        ("Baku / 12.03.2021 / Trend:", "AZE"),
        ("Baku, 20 September (AZERTAC)", "AZE"),
        ("BAKU, Azerbaijan — Exports to Turkey rose", "AZE"),
        ("KARACHI: Pakistan's exports to the UAE", "PAK"),
        ("DUBAI, Nov 20 — The UAE's exports", "ARE"),
        ("NEW DELHI, Sep 16: India's imports", "IND"),
        ("Tashkent, 20 October (UzA). In January-September 2022", "UZB"),
        ("Islamabad", "PAK"),
        // Not datelines: a headline that starts with a city or a country, an agency's name as a word.
        ("Islamabad hosts trade talks with Baku", nil as String?),
        ("Turkey, Azerbaijan eye wider trade after record year", nil),
        ("The trend continued in 2021 (Report)", nil),
    ])
    func datelineNamesTheOutlet(_ line: String, _ country: String?) {
        #expect(Dateline.read(line) == country)
    }

    @Test func theDatelineSpeaksForBareExportsWhenNoOutletIsGiven() throws {
        let text = "Trade up in 2020\n\nISLAMABAD, March 3 (APP) – Exports rose to $312.6 million in 2020, while imports were $398.4 million."
        #expect(try rows(text, published: "2021-03-03", pair: ("TUR", "PAK"))
                == ["exports PAK→TUR 2020 312600000", "imports TUR→PAK 2020 398400000"])
        // A given outlet wins over the dateline.
        #expect(try rows(text, published: "2021-03-03", pair: ("TUR", "PAK"), outlet: "TUR")
                == ["exports TUR→PAK 2020 312600000", "imports PAK→TUR 2020 398400000"])
    }

    @Test(arguments: [
        ("Exports rose to $312.6 million during the first seven months of fiscal year 2020-21.",
         ["exports PAK→TUR 2020-07/2021-01 312600000"]),
        ("Exports rose to $312.6 million in the first seven months of FY2020-21.",
         ["exports PAK→TUR 2020-07/2021-01 312600000"]),
        ("Imports during July-January 2020-21 were recorded at $398.4 million.",
         ["imports TUR→PAK 2020-07/2021-01 398400000"]),
        ("Imports during July-January 2020-21 were recorded at $398.4 million against $421.7 million during July-January 2019-20, showing a decline of 5.5 percent.",
         ["imports TUR→PAK 2020-07/2021-01 398400000", "imports TUR→PAK 2019-07/2020-01 421700000",
          "imports TUR→PAK 2020-07/2021-01 vs 2019-07/2020-01 -5.5"]),
    ])
    func monthsOfAFiscalYear(_ text: String, _ expected: [String]) throws {
        let found = try rows(text, published: "2021-03-03", pair: ("PAK", "TUR"), outlet: "PAK", fiscal: ["PAK": "07-01"])
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        // The day the data came out is not the figure's: "last year" is.
        ("Exports rose 23% last year to $2.1 billion, data showed on Wednesday.",
         ["exports TUR→AZE 2021 vs 2020 23", "exports TUR→AZE 2021 2100000000"]),
        // A period after a base value is the base's.
        ("Imports fell last year to $1.4 billion from $1.7 billion in 2020.",
         ["imports AZE→TUR 2021 1400000000", "imports AZE→TUR 2020 1700000000"]),
        // "on Monday" before the verb is the event's day.
        ("Turkey and Azerbaijan on Monday signed a contract for 4 corvettes.",
         ["arms_ordered TUR→AZE 2022-02-07 4"]),
        // A change after "against" a base is the figure's change.
        ("Imports were recorded at $398.4 million in 2021 against $421.7 million in 2020, showing a decline of 5.5 percent.",
         ["imports AZE→TUR 2021 398400000", "imports AZE→TUR 2020 421700000", "imports AZE→TUR 2021 vs 2020 -5.5"]),
        // A goal in the next years is dropped.
        ("The two countries agreed to enhance bilateral trade to $5 billion in the next three years.", []),
    ])
    func reportDatesBasesAndGoals(_ text: String, _ expected: [String]) throws {
        let found = try rows(text, published: "2022-02-09", pair: ("TUR", "AZE"), outlet: "TUR")
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        // A cue in a later clause with a number of its own is that number's.
        ("India's imports from Russia, mostly oil, were valued at $34.0 billion in 2022, while exports stood at $8.9 billion.",
         ("IND", "RUS"), "IND", ["imports RUS→IND 2022 34000000000", "exports IND→RUS 2022 8900000000"]),
        // "This is … more than": a change of the figure before, in a new paragraph.
        ("Trade turnover amounted to $412.5 million in 2021.\n\nThis is 18.3 percent more than in 2020.",
         ("AZE", "GEO"), "AZE", ["trade_turnover AZE↔GEO 2021 412500000", "trade_turnover AZE↔GEO 2021 vs 2020 18.3"]),
        // A trade report goes on about its first figure's period.
        ("Trade turnover amounted to $412.5 million in 2021.\n\nExports totalled $301.2 million, while imports amounted to $111.3 million.",
         ("AZE", "GEO"), "AZE", ["trade_turnover AZE↔GEO 2021 412500000", "exports AZE→GEO 2021 301200000", "imports GEO→AZE 2021 111300000"]),
        // "The figure for all of 2020" is the measure of the sentence before, in its own period.
        ("Trade turnover amounted to $412.5 million in 2021.\n\nThe figure for all of 2020 was $380.2 million.",
         ("AZE", "GEO"), "AZE", ["trade_turnover AZE↔GEO 2021 412500000", "trade_turnover AZE↔GEO 2020 380200000"]),
        // Where the speakers are is no party: Pakistan sells under "a contract with Pakistan".
        ("Azerbaijan has signed a contract with Pakistan for aircraft valued at $1.6 billion, officials in Karachi said.",
         ("PAK", "AZE"), nil, ["defence_deal_value PAK→AZE 2022-02-09 1600000000"]),
    ])
    func cuesChangesAndSides(_ text: String, _ pair: (String, String), _ outlet: String?, _ expected: [String]) throws {
        let found = try rows(text, published: "2022-02-09", pair: pair, outlet: outlet)
        #expect(found == expected, "\(found)")
    }
}
