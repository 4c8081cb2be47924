import Testing
@testable import BilatCore

/// The rules issue 17 added for real articles, one table per rule: a sentence (or two), and the rows it must give
/// as `indicator FLOW period[ vs compared] value`. Tuned on the strict set's tuning half; the sentences here are
/// written for these tests.
@Suite struct ExtractionIssue17RulesTests {
    static let vocabulary: ExtractionVocabulary = {
        func p(_ text: String) -> Phrase { Phrase(text)! }
        func cues(_ indicator: String, _ direction: Direction, _ words: [String]) -> [ExtractionVocabulary.Cue] {
            words.map { .init(indicator: indicator, phrase: p($0), direction: direction) }
        }
        let cueList = cues("trade_turnover", .both, ["turnover", "trade", "bilateral trade"])
            + cues("exports", .toPartner, ["export*"]) + cues("imports", .fromPartner, ["import*"])
            + cues("aid", .toPartner, ["aid", "assistance"]) + cues("medical_aid", .toPartner, ["medic*"])
            + cues("defence_deal_value", .toPartner, ["deal", "contract"])
            + cues("arms_ordered", .toPartner, ["ordered", "contract", "building"])
            + cues("arms_delivered", .toPartner, ["deliver*", "supplied"])
            + cues("companies_registered", .toPartner, ["registered"])
            + cues("investment", .toPartner, ["invest*"])
        let arms = ["corvettes", "rifles", "aircraft", "drones", "systems"].map(p)
        var v = ExtractionVocabulary(
            cues: cueList,
            units: ["arms_ordered": arms, "arms_delivered": arms, "companies_registered": [p("companies")],
                    "medical_aid": [p("tonnes")]],
            exclusions: [.init(indicator: nil, phrase: p("efforts are"), reason: "a goal or target, not a reported figure"),
                         .init(indicator: nil, phrase: p("projected"), reason: "a forecast, not a reported figure")],
            countries: [:])
        for (names, code) in [(["Azerbaijan", "Azerbaijani", "Baku"], "AZE"), (["Pakistan", "Pakistani", "Karachi"], "PAK"),
                              (["Turkey", "Turkish"], "TUR"), (["Russia", "Russian"], "RUS"), (["India", "Indian"], "IND"),
                              (["Israel", "Israeli"], "ISR"), (["Kazakhstan"], "KAZ")] {
            for n in names { v.countries[p(n)] = code }
        }
        return v
    }()

    static let extractor = Extractor(vocabulary: vocabulary)

    func rows(_ text: String, published: String = "2023-06-14", pair: (String, String) = ("AZE", "PAK"),
              outlet: String? = nil) throws -> [String] {
        var settings = ExtractionSettings(sourceID: "t", published: try PeriodReader.parse(published), reporter: pair.0,
                                          partner: pair.1)
        settings.outletCountry = outlet
        return Self.extractor.extract(ArticleText(text), settings: settings).candidates.map { c in
            let row = StrictRow(c)
            return "\(c.indicator) \(row.flow) \(c.period?.label ?? "-")" + (c.comparedWith.map { " vs \($0.label)" } ?? "")
                + " \(c.quantity.value.plainText)"
        }
    }

    @Test(arguments: [
        // The import of X products comes from X.
        ("Azerbaijan's import of Pakistani products grew to $15.2 million in 2022.", nil as String?,
         ["imports PAK→AZE 2022 15200000"]),
        // A destination in the clause before is not the importer; the outlet's country is.
        ("In 2022 exports to Pakistan made up $2.2 million, imports - $12.1 million.", "AZE",
         ["exports AZE→PAK 2022 2200000", "imports PAK→AZE 2022 12100000"]),
        // The outlet speaks for trade only: a gift that names no side is not the outlet's.
        ("Azerbaijan sent $2 million in aid to Pakistan in 2022. A consignment of 10 tonnes of medicines arrived in 2022.", "PAK",
         ["aid AZE→PAK 2022 2000000", "medical_aid AZE→PAK 2022 10"]),
        // "in X" names where investment goes.
        ("Azerbaijani investments in Pakistan reached $148 million in 2021.", nil, ["investment AZE→PAK 2021 148000000"]),
        // Companies are counted by their home country, the side that gives.
        ("In 2022, 35 Pakistani companies registered in Baku.", nil, ["companies_registered PAK→AZE 2022 35"]),
    ])
    func direction(_ text: String, _ outlet: String?, _ expected: [String]) throws {
        #expect(try rows(text, outlet: outlet) == expected)
    }

    @Test(arguments: [
        // "a contract with X": X sells.
        ("Azerbaijan signed a contract with Israel for two Barak air defence systems on 12 June.", ("ISR", "AZE"),
         ["arms_ordered ISR→AZE 2023-06-12 2"]),
        // "from X" sells; the subject of "ordered" buys.
        ("In 2020 India ordered 12 more Su-30MKI fighter aircraft from Russia.", ("IND", "RUS"), ["arms_ordered RUS→IND 2020 12"]),
        // A sentence naming neither seller nor buyer takes the seller another arms figure of the article names.
        ("India and Russia signed a contract for 600,000 AK-203 assault rifles worth $680 million on 12 June. "
         + "Since 2002 Russia has delivered 50 aircraft to India.", ("IND", "RUS"),
         ["arms_ordered RUS→IND 2023-06-12 600000", "defence_deal_value RUS→IND 2023-06-12 680000000",
          "arms_delivered RUS→IND 2002/2023 50"]),
        // One noun counted by two indicators: the cue decides ("building" orders, "delivered" delivers).
        ("Under a contract signed in 2018, Turkey is building four corvettes for Pakistan. "
         + "Turkey has delivered two corvettes to Pakistan since 2021.", ("TUR", "PAK"),
         ["arms_ordered TUR→PAK 2018 4", "arms_delivered TUR→PAK 2021/2023 2"]),
        // A contract's projected value is its value, not a forecast.
        ("The contract with Israel, signed on 12 June, is projected to be about $1.2 billion.", ("ISR", "AZE"),
         ["defence_deal_value ISR→AZE 2023-06-12 1200000000"]),
    ])
    func armsDeals(_ text: String, _ pair: (String, String), _ expected: [String]) throws {
        #expect(try rows(text, pair: pair) == expected)
    }

    @Test(arguments: [
        // Cumulative totals from a month or a day, to the publication's.
        ("Azerbaijan has provided $2.5 million in aid to Pakistan since the floods began in June.", "2022-09-06",
         ["aid AZE→PAK 2022-06/2022-09 2500000"]),
        ("In total, Azerbaijan has sent aid worth $5 million to Pakistan since September 2021.", "2022-02-10",
         ["aid AZE→PAK 2021-09/2022-02 5000000"]),
        // A base value has its own period, the one after it, and takes the indicator of the figure it is the base of.
        ("Trade between Azerbaijan and Pakistan rose 9.5 percent to $4.6 billion last year from $4.2 billion in 2020.", "2022-03-15",
         ["trade_turnover AZE↔PAK 2021 vs 2020 9.5", "trade_turnover AZE↔PAK 2021 4600000000", "trade_turnover AZE↔PAK 2020 4200000000"]),
        ("Azerbaijan's imports from Pakistan reached $21.4 billion in January-May 2022, compared with $5.4 billion in the same period a year ago.",
         "2022-09-16", ["imports PAK→AZE 2022-01/2022-05 21400000000", "imports PAK→AZE 2021-01/2021-05 5400000000"]),
        // The sentence after goes on in the figure's period, not the base's.
        ("Trade between Azerbaijan and Pakistan rose to $7.86 billion in 2021, up from $4.1 billion in 2020.\n\n"
         + "Of that, Azerbaijani exports accounted for $5.2 billion.", "2022-04-05",
         ["trade_turnover AZE↔PAK 2021 7860000000", "trade_turnover AZE↔PAK 2020 4100000000", "exports AZE→PAK 2021 5200000000"]),
        // Present tense: the year of publication; "currently": the day.
        ("More than 100 Azerbaijani companies are registered in Pakistan.", "2022-05-26", ["companies_registered AZE→PAK 2022 100"]),
        ("Currently, Pakistan's exports to Azerbaijan stand at $30 million.", "2022-08-10", ["exports PAK→AZE 2022-08-10 30000000"]),
    ])
    func periods(_ text: String, _ published: String, _ expected: [String]) throws {
        #expect(try rows(text, published: published) == expected)
    }

    @Test(arguments: [
        // Multiples with a comparative and its base, and after "grown by".
        ("The trade turnover between Azerbaijan and Pakistan in 2021 amounted to $415.2 million, which is 1.6 times more than in 2020.",
         ["trade_turnover AZE↔PAK 2021 415200000", "trade_turnover AZE↔PAK 2021 vs 2020 60"]),
        ("Exports to Pakistan have grown by 1.5 times in 2022 compared to 2019.", ["exports AZE→PAK 2022 vs 2019 50"]),
        // Elliptical changes: the subject and sign of the change before, or the subject named just before.
        ("In 2021, the trade turnover decreased by 4.3 percent, and in 2020 - by 18 percent.",
         ["trade_turnover AZE↔PAK 2021 vs 2020 -4.3", "trade_turnover AZE↔PAK 2020 vs 2019 -18"]),
        ("In 2023 exports increased by 21 percent, and imports - by 9.4 percent.",
         ["exports AZE→PAK 2023 vs 2022 21", "imports PAK→AZE 2023 vs 2022 9.4"]),
        // A change named by its noun.
        ("In January-August 2021, the trade turnover amounted to $14.3 million (in January-August 2020 - $9.1 million). "
         + "The increase was 57.1 percent as compared to the same period of previous year.",
         ["trade_turnover AZE↔PAK 2021-01/2021-08 14300000", "trade_turnover AZE↔PAK 2020-01/2020-08 9100000",
          "trade_turnover AZE↔PAK 2021-01/2021-08 vs 2020-01/2020-08 57.1"]),
    ])
    func changes(_ text: String, _ expected: [String]) throws {
        #expect(try rows(text, published: "2024-02-16", outlet: "AZE") == expected)
    }

    @Test(arguments: [
        // A partner outside the pair, named with "with", is a third party's figure.
        ("Turkey's trade with Russia, by comparison, climbed to $33 billion in 2021.", [String]()),
        // A rounded headline is the body's figure, said again.
        ("Azerbaijan-Pakistan trade crosses $3 billion\n\nTrade between Azerbaijan and Pakistan reached $3.04 billion in 2022.",
         ["trade_turnover AZE↔PAK 2022 3040000000"]),
        // A goal after "and" leaves the figure before it.
        ("In 2022 bilateral trade was recorded at $17.9 million and efforts are being made to take it to $100 million.",
         ["trade_turnover AZE↔PAK 2022 17900000"]),
    ])
    func dropped(_ text: String, _ expected: [String]) throws {
        #expect(try rows(text, published: "2023-03-15", pair: ("AZE", "PAK")) == expected)
    }
}
