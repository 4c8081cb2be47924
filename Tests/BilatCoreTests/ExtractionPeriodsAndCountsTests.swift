import Testing
@testable import BilatCore

/// Rules of step 6 (docs/extract-strict-tuning.md), tuned on the strict set's tuning articles U32–U46: periods that
/// step back from the figure's ("the previous quarter", "the previous fiscal year"), ranges closed by "until the end
/// of", halves and quarters of a fiscal year, a fiscal label in brackets, changes given as ranges, counts whose noun
/// carries a model number, and parties of giving verbs. The sentences are written for these tests; rows are
/// `indicator FLOW period[ vs compared] value[–high]`.
@Suite struct ExtractionPeriodsAndCountsTests {
    static let extractor: Extractor = {
        var v = ExtractionIssue17RulesTests.vocabulary
        func p(_ text: String) -> Phrase { Phrase(text)! }
        v.cues += [.init(indicator: "loans", phrase: p("lent"), direction: .toPartner),
                   .init(indicator: "trade_turnover", phrase: p("commodity circulation"), direction: .both),
                   .init(indicator: "arms_ordered", phrase: p("order"), direction: .toPartner),
                   .init(indicator: "arms_ordered", phrase: p("purchas*"), direction: .toPartner),
                   .init(indicator: "arms_ordered", phrase: p("bought"), direction: .toPartner),
                   .init(indicator: "arms_delivered", phrase: p("handed over"), direction: .toPartner)]
        for indicator in ["arms_ordered", "arms_delivered"] {
            v.units[indicator, default: []] += [p("helicopters"), p("munitions"), p("squadrons"), p("unmanned aerial vehicles"), p("uavs")]
        }
        v.units["companies_registered", default: []] += [p("joint ventures")]
        v.cues += [.init(indicator: "exports", phrase: p("sold"), direction: .toPartner),
                   .init(indicator: "exports", phrase: p("shipped"), direction: .toPartner),
                   .init(indicator: "loans", phrase: p("loan*"), direction: .toPartner)]
        for (name, code) in [("Saudi Arabia", "SAU"), ("Qatar", "QAT"), ("UAE", "ARE"), ("Georgia", "GEO"), ("Uzbekistan", "UZB"),
                             ("China", "CHN"), ("Afghanistan", "AFG")] {
            v.countries[p(name)] = code
        }
        return Extractor(vocabulary: v)
    }()

    func rows(_ text: String, published: String, pair: (String, String), outlet: String? = nil,
              fiscal: [String: String] = [:]) throws -> [String] {
        try ExtractionTestRows.rows(Self.extractor, text, published: published, pair: pair, outlet: outlet, fiscal: fiscal,
                                    showingHigh: true)
    }

    @Test(arguments: [
        // A base after "and" in the same sentence steps back from the figure's quarter.
        ("Imports rose to $1.04 billion in the third quarter and $980 million in the previous quarter.",
         ["imports ARE→AZE 2022-Q3 1040000000", "imports ARE→AZE 2022-Q2 980000000"]),
        // A base after "compared with".
        ("In the fourth quarter alone, turnover was $950 million, compared with $810 million in the previous quarter.",
         ["trade_turnover ARE↔AZE 2021-Q4 950000000", "trade_turnover ARE↔AZE 2021-Q3 810000000"]),
        // "That compares with": the referent's period, a quarter back.
        ("Trade reached $613.9 million in the first quarter of 2022.\n\nThat compares with $705 million in the previous quarter.",
         ["trade_turnover ARE↔AZE 2022-Q1 613900000", "trade_turnover ARE↔AZE 2021-Q4 705000000"]),
        // A change against the month before.
        ("Exports rose 4.2% month-on-month to $31 million in March.",
         ["exports AZE→ARE 2022-03 vs 2022-02 4.2", "exports AZE→ARE 2022-03 31000000"]),
        ("Exports rose 3% from a quarter earlier in the second quarter.",
         ["exports AZE→ARE 2022-Q2 vs 2022-Q1 3"]),
    ])
    func thePreviousQuarterStepsBackFromTheFigure(_ text: String, _ expected: [String]) throws {
        let found = try rows(text, published: "2022-11-16", pair: ("AZE", "ARE"), outlet: "AZE")
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        ("From July 2022 until the end of June, Saudi Arabia lent Pakistan $1.2 billion for oil.", ("PAK", "SAU"),
         ["loans SAU→PAK 2022-07/2023-06 1200000000"]),
        ("Azerbaijan invested a total of $4.2 billion in Georgia from 1996 until the end of 2022.", ("AZE", "GEO"),
         ["investment AZE→GEO 1996/2022 4200000000"]),
        ("Azerbaijan invested $4.2 billion in Georgia from 2010 to end-2022.", ("AZE", "GEO"),
         ["investment AZE→GEO 2010/2022 4200000000"]),
        ("Azerbaijan invested $4.2 billion in Georgia from March 2021 up to May 2023.", ("AZE", "GEO"),
         ["investment AZE→GEO 2021-03/2023-05 4200000000"]),
        // "until" alone is still a deadline.
        ("Azerbaijan will invest $4.2 billion in Georgia until 2030.", ("AZE", "GEO"), [String]()),
    ])
    func aRangeRunsUntilTheEndOfItsLastPeriod(_ text: String, _ pair: (String, String), _ expected: [String]) throws {
        let found = try rows(text, published: "2023-07-14", pair: pair)
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        // India's fiscal year starts in April: its first half is April to September.
        ("Imports from Qatar rose 41 per cent to $8.6 billion in the first half of 2022-23.", ["IND": "04-01"], ("IND", "QAT"),
         ["imports QAT→IND 2022-04/2022-09 vs 2021-04/2021-09 41", "imports QAT→IND 2022-04/2022-09 8600000000"]),
        ("Imports from Qatar were $4.1 billion in the second quarter of FY2022-23.", ["IND": "04-01"], ("IND", "QAT"),
         ["imports QAT→IND 2022-Q3 4100000000"]),
        ("Exports to Afghanistan during the first half of the current fiscal year fell to $486 million from $612 million in the same period of the previous fiscal year.",
         ["PAK": "07-01"], ("PAK", "AFG"),
         ["exports PAK→AFG 2022-07/2022-12 486000000", "exports PAK→AFG 2021-07/2021-12 612000000"]),
        // "the previous fiscal year" after a fiscal year named: the one before it.
        ("Imports from China declined to $12.4 billion in fiscal year 2022-23 from $17.6 billion in the previous fiscal year.",
         ["PAK": "07-01"], ("PAK", "CHN"),
         ["imports CHN→PAK FY2022-07/2023-06 12400000000", "imports CHN→PAK FY2021-07/2022-06 17600000000"]),
        // Alone, it is still the fiscal year before the publication date.
        ("Exports to China were $2.9 billion in the previous fiscal year.", ["PAK": "07-01"], ("PAK", "CHN"),
         ["exports PAK→CHN FY2021-07/2022-06 2900000000"]),
        // A fiscal label in brackets after its months.
        ("The exports during July-April (2021-22) were recorded at $28.9 million.", ["PAK": "07-01"], ("PAK", "UZB"),
         ["exports PAK→UZB 2021-07/2022-04 28900000"]),
        ("The exports during July-April (2021-22) were recorded at $28.9 million against the exports of $19.7 million during July-April (2020-21).",
         ["PAK": "07-01"], ("PAK", "UZB"),
         ["exports PAK→UZB 2021-07/2022-04 28900000", "exports PAK→UZB 2020-07/2021-04 19700000"]),
    ])
    func partsOfAFiscalYear(_ text: String, _ fiscal: [String: String], _ pair: (String, String), _ expected: [String]) throws {
        let found = try rows(text, published: "2023-01-20", pair: pair, outlet: pair.0, fiscal: fiscal)
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        ("Trade turnover in January-October of the current year made up $172.4 million.", ["trade_turnover AZE↔UZB 2023-01/2023-10 172400000"]),
        ("Trade turnover in January-October of the previous year made up $152.4 million.", ["trade_turnover AZE↔UZB 2022-01/2022-10 152400000"]),
        ("Aid worth $5 million has been sent to Uzbekistan since August last year.", ["aid AZE→UZB 2022-08/2023-11 5000000"]),
        ("In 2022, commodity circulation between the two countries reached $497 million.", ["trade_turnover AZE↔UZB 2022 497000000"]),
        // A year, a comma and a count are two numbers, not "2,022,100".
        ("In 2022, 100 loitering munitions were supplied to Uzbekistan.", ["arms_delivered AZE→UZB 2022 100"]),
        ("Trade turnover was $172.4 million in 2022.\n\nThis indicator increased by 1.4 times compared to the previous year's same period.",
         ["trade_turnover AZE↔UZB 2022 172400000", "trade_turnover AZE↔UZB 2022 vs 2021 40"]),
    ])
    func periodsAndCuesOfTranslatedNews(_ text: String, _ expected: [String]) throws {
        let found = try rows(text, published: "2023-11-20", pair: ("AZE", "UZB"), outlet: "AZE")
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        // A change given as a range is one row with both ends; a fall's low end is its larger drop.
        ("Imports grew 10 to 12 percent in 2022.", ["imports UZB→AZE 2022 vs 2021 10–12"]),
        ("Imports fell 3-5% in 2022.", ["imports UZB→AZE 2022 vs 2021 -5–-3"]),
        ("Imports were up 5–7% in 2022.", ["imports UZB→AZE 2022 vs 2021 5–7"]),
    ])
    func aChangeGivenAsARange(_ text: String, _ expected: [String]) throws {
        let found = try rows(text, published: "2023-11-20", pair: ("AZE", "UZB"), outlet: "AZE")
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        ("grew 10 to 12 percent", "10", "12"),
        ("fell 10 to 12 percent", "-12", "-10"),
        ("up 5–7%", "5", "7"),
        ("down 3-5 per cent", "-5", "-3"),
    ])
    func changeRangesRead(_ text: String, _ low: String, _ high: String) throws {
        let q = try QuantityReader.parse(text)
        #expect(q.kind == .percent && q.isChange)
        #expect(q.value.plainText == low && q.high?.plainText == high)
    }

    @Test(arguments: [
        ("5–7%", "a range of percentages is read only as a stated change"),
        ("grew 12 to 10 percent", "the low end of the range (12%) is above its high end (10%)"),
        ("grew 10 to 10 percent", "the two ends of the range are the same"),
    ])
    func changeRangesRefused(_ text: String, _ message: String) {
        guard case .failure(let d) = QuantityReader.read(text) else { Issue.record("\(text) was read"); return }
        #expect(d.description.contains(message), "\(d)")
    }

    @Test(arguments: [
        // A model number after a capitalised name is the model's, not a second count.
        ("Azerbaijan has purchased 12 Hermes 900 drones from Israel.", ("AZE", "ISR"), ["arms_ordered ISR→AZE 2023-06-28 12"]),
        ("Pakistan ordered 30 T129 ATAK helicopters from Turkey in 2018.", ("PAK", "TUR"), ["arms_ordered TUR→PAK 2018 30"]),
        // "out of four ordered": the noun counted comes earlier, in another clause.
        ("Two corvettes have been delivered to Pakistan by Turkey since 2022, out of four ordered in 2018.", ("PAK", "TUR"),
         ["arms_delivered TUR→PAK 2022/2023 2", "arms_ordered TUR→PAK 2018 4"]),
        // "handed over" is a particle, not a lower bound; "12 more of the aircraft".
        ("Russia has handed over 272 aircraft to India since 2002. India placed an order for 12 more of the aircraft in 2021.", ("IND", "RUS"),
         ["arms_delivered RUS→IND 2002/2023 272", "arms_ordered RUS→IND 2021 12"]),
        ("India bought five S-400 squadrons from Russia in 2018.", ("IND", "RUS"), ["arms_ordered RUS→IND 2018 5"]),
        // The contract of an order in the sentence before has the order's period.
        ("Pakistan ordered four corvettes from Turkey in 2018.\n\nThe contract was valued at about $1.5 billion.", ("PAK", "TUR"),
         ["arms_ordered TUR→PAK 2018 4", "defence_deal_value TUR→PAK 2018 1500000000"]),
    ])
    func countsOfWeaponsAndTheirContracts(_ text: String, _ pair: (String, String), _ expected: [String]) throws {
        let found = try rows(text, published: "2023-06-28", pair: pair)
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        ("an increase of 16 percent over USD 72.9 billion in 2021-22", "USD 72.9 billion"),
        ("Russia has handed over 272 aircraft", "272"),
        ("trade of over $5 million", "over $5 million"),
    ])
    func overIsALowerBoundOnlyBeforeTheNumber(_ text: String, _ written: String) {
        let s = SentenceTokens(text)
        var dropped: [(first: Int, last: Int, reason: DropReason)] = []
        let found = QuantitySpotter.spot(s, skipping: [Bool](repeating: false, count: s.count), dropped: &dropped)
        #expect(found.map(\.text).contains(written), "\(found.map(\.text))")
    }

    @Test(arguments: [
        ("Saudi Arabia lent Pakistan $1.2 billion in 2022.", ["loans SAU→PAK 2022 1200000000"]),
        ("Pakistan lent Saudi Arabia $1.2 billion in 2022.", ["loans PAK→SAU 2022 1200000000"]),
    ])
    func theObjectOfAGivingVerbReceives(_ text: String, _ expected: [String]) throws {
        let found = try rows(text, published: "2023-07-14", pair: ("PAK", "SAU"))
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        ("Goods worth $2.3 billion were exported to Uzbekistan in 9M 2023.", ["exports AZE→UZB 2023-01/2023-09 2300000000"]),
        ("Exports were $2.3 billion in 9M2023, 11.2 percent less than in the year-ago period.",
         ["exports AZE→UZB 2023-01/2023-09 2300000000", "exports AZE→UZB 2023-01/2023-09 vs 2022-01/2022-09 -11.2"]),
        ("Exports clocked in at $1.42 billion in the quarter ended September 30, 2023.", ["exports AZE→UZB 2023-Q3 1420000000"]),
        ("Exports were $3.1 billion in the six months ending June.", ["exports AZE→UZB 2023-01/2023-06 3100000000"]),
        ("Exports were $6.2 billion in the year ended March 2023.", ["exports AZE→UZB 2022-04/2023-03 6200000000"]),
        ("The bilateral trade volume has reached $402 million during the outgoing year.", ["trade_turnover AZE↔UZB 2023 402000000"]),
    ])
    func spansNamedByTheirEnd(_ text: String, _ expected: [String]) throws {
        let found = try rows(text, published: "2023-11-20", pair: ("AZE", "UZB"), outlet: "AZE")
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        ("Pakistan received $2.07 billion in loans from China during July-February of the current fiscal year.",
         ["loans CHN→PAK 2022-07/2023-02 2070000000"]),
        // No cue of its own, and "the same period a year earlier": the base of the figure before.
        ("Pakistan received $2.07 billion in loans from China during July-February of the current fiscal year. The country had received $1.2 billion from China in the same period a year earlier.",
         ["loans CHN→PAK 2022-07/2023-02 2070000000", "loans CHN→PAK 2021-07/2022-02 1200000000"]),
    ])
    func monthsOfTheCurrentFiscalYear(_ text: String, _ expected: [String]) throws {
        let found = try rows(text, published: "2023-03-21", pair: ("PAK", "CHN"), outlet: "PAK", fiscal: ["PAK": "07-01"])
        #expect(found == expected, "\(found)")
    }

    @Test(arguments: [
        // "sold" and "provided" with a bare object: the object receives.
        ("Kazakhstan sold Uzbekistan wheat worth $412 million in 2022.", ("KAZ", "UZB"), ["exports KAZ→UZB 2022 412000000"]),
        ("Since 2005, Azerbaijan has provided Pakistan with assistance totalling $8.3 million.", ("AZE", "PAK"), ["aid AZE→PAK 2005/2023 8300000"]),
        // An "-ed" word inside the noun is an adjective; a designation joined to letters is the model's.
        ("Turkey delivered 6 Bayraktar TB2 unmanned aerial vehicles to Azerbaijan in October.", ("AZE", "TUR"), ["arms_delivered TUR→AZE 2023-10 6"]),
        ("India has taken delivery of the first four Heron UAVs from Israel.", ("IND", "ISR"), ["arms_delivered ISR→IND 2023-11-20 4"]),
        ("India had ordered a total of 10 of the drones from Israel in 2021.", ("IND", "ISR"), ["arms_ordered ISR→IND 2021 10"]),
        // A bare base counts what its figure counts.
        ("126 joint ventures with Pakistani participation are now registered in Uzbekistan, compared to 98 last year.", ("PAK", "UZB"),
         ["companies_registered PAK→UZB 2023 126", "companies_registered PAK→UZB 2022 98"]),
    ])
    func partiesAndNounsOfSalesAndCounts(_ text: String, _ pair: (String, String), _ expected: [String]) throws {
        let found = try rows(text, published: "2023-11-20", pair: pair)
        #expect(found == expected, "\(found)")
    }

    static let peopleExtractor: Extractor = {
        var v = extractor.vocabulary
        func p(_ text: String) -> Phrase { Phrase(text)! }
        v.cues += [.init(indicator: "students_funded", phrase: p("fund*"), direction: .toPartner),
                   .init(indicator: "students_funded", phrase: p("studying"), direction: .toPartner),
                   .init(indicator: "personnel_trained", phrase: p("train*"), direction: .toPartner),
                   .init(indicator: "personnel_trained", phrase: p("courses"), direction: .toPartner),
                   .init(indicator: "medical_aid", phrase: p("medical"), direction: .toPartner)]
        v.units["students_funded", default: []] += [p("students")]
        v.units["personnel_trained", default: []] += [p("cadets"), p("officers")]
        v.units["medical_aid", default: []] += [p("masks")]
        v.countries[p("Islamabad")] = "PAK"
        return Extractor(vocabulary: v)
    }()

    @Test(arguments: [
        // The people's home receives; the country that pays, hosts or trains them gives.
        ("Some 250 students from Pakistan are studying in Azerbaijan on scholarships paid for by the Azerbaijani government.", "students_funded AZE→PAK 2022 250"),
        ("Pakistan's Higher Education Commission funds 45 students from Azerbaijan.", "students_funded PAK→AZE 2022 45"),
        ("In 2021 Pakistani military academies trained 300 cadets from Azerbaijan.", "personnel_trained PAK→AZE 2021 300"),
        ("In 2021 more than 120 Azerbaijani officers attended courses in Pakistan.", "personnel_trained PAK→AZE 2021 120"),
        // "according to" names the source, not a receiver.
        ("Since 2012, more than 600 students from Pakistan have been funded, according to the Azerbaijani embassy in Islamabad.",
         "students_funded AZE→PAK 2012/2022 600"),
        // A consignment goes where it arrives.
        ("The consignment, which arrived at Islamabad airport, included 500,000 medical masks from Azerbaijan.", "medical_aid AZE→PAK 2022-11-20 500000"),
        ("The first consignment reached Islamabad in April with 200,000 medical masks.", "medical_aid AZE→PAK 2022-04 200000"),
    ])
    func peopleAndConsignmentsTheirDirection(_ text: String, _ expected: String) throws {
        var settings = ExtractionSettings(sourceID: "t", published: try PeriodReader.parse("2022-11-20"), reporter: "AZE", partner: "PAK")
        settings.outletCountry = nil
        let found = Self.peopleExtractor.extract(ArticleText(text), settings: settings).candidates.map { c in
            "\(c.indicator) \(StrictRow(c).flow) \(c.period?.label ?? "-") \(c.quantity.value.plainText)"
        }
        #expect(found == [expected], "\(found)")
    }
}
