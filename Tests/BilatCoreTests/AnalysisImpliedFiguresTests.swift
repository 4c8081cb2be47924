import BilatCore
import Foundation
import Testing

// Implied figures: the other end of a stated change, the other part of a total.

@Suite("Implied figures")
struct AnalysisImpliedFiguresTests: AnalysisFixtures {
    func derive(_ figures: [Figure]) -> [Observation] {
        let d = dataset(figures)
        return ImpliedFigures.derive(from: d, reported: Observation.reported(in: d))
    }

    // MARK: Stated changes

    @Test func theEarlierEndFromAStatedChangeAndTheLaterEnd() throws {
        let t2017 = try figure("t2017", "trade_turnover", period: "2017", "$7.34 million", source: "a", status: .estimated)
        let derived = derive([
            t2017,
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", source: "b", comparedWith: "2016"),
        ])
        #expect(derived.count == 1)
        let o = try #require(derived.first)
        #expect(o.id == "trade_turnover~2016")
        #expect(o.isDerived)
        #expect(o.period == (try period("2016")))
        #expect(o.key == SeriesKey(figure: t2017, dataset: "test"))
        #expect(close(o.value, 7_340_000 / 1.2655, within: 1e-6))
        #expect(o.value.rounded(places: 0) == 5_800_079)
        #expect(o.significantDigits == 3, "three from $7.34 million, four from 26.55 %")
        #expect(HumanNumber.format(o.value, significant: o.significantDigits) == "5.80 million")
        #expect(o.qualifier == .exact)
        #expect(o.isEstimated, "the 2017 figure is an estimate")
        #expect(o.sourceIDs == ["a", "b"])
        let derivation = try #require(o.derivation)
        #expect(derivation.inputs == ["t2017", "c2017"])
        #expect(derivation.formula == "t2017 / (1 + 26.55%) [stated change c2017]")
    }

    @Test("estimated travels from either input", arguments: [
        (FigureStatus?.none, FigureStatus?.none, false), (.estimated, nil, true), (nil, .estimated, true), (.provisional, nil, false),
    ])
    func estimatedTravels(_ level: FigureStatus?, _ change: FigureStatus?, _ estimated: Bool) throws {
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million", status: level),
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", comparedWith: "2016", status: change),
        ])
        #expect(try #require(derived.first).isEstimated == estimated)
    }

    @Test func theSameMonthsOfTheYearBefore() throws {
        let derived = derive([
            try figure("t2018js", "trade_turnover", period: "January–September 2018", "$8.34 million"),
            try figure("c2018js", "trade_turnover", period: "January–September 2018", "22.46% increase",
                       comparedWith: "January–September 2017"),
        ])
        let o = try #require(derived.first)
        #expect(derived.count == 1)
        #expect(o.period.label == "2017-01/2017-09")
        #expect(o.period.end.description == "2017-09-30")
        #expect(close(o.value, 8_340_000 / 1.2246, within: 1e-6))
        #expect(HumanNumber.format(o.value, significant: o.significantDigits) == "6.81 million")
        #expect(o.derivation?.inputs == ["t2018js", "c2018js"])
    }

    @Test func theLaterEndFromTheEarlierEndAndTheChange() throws {
        let derived = derive([
            try figure("t2016", "trade_turnover", period: "2016", "$5.8 million"),
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", comparedWith: "2016"),
        ])
        #expect(derived.count == 1)
        let o = try #require(derived.first)
        #expect(o.id == "trade_turnover~2017")
        #expect(o.period == (try period("2017")))
        #expect(o.value == 7_339_900)
        #expect(o.significantDigits == 2)
        #expect(HumanNumber.format(o.value, significant: o.significantDigits) == "7.3 million")
        #expect(o.derivation?.formula == "t2016 × (1 + 26.55%) [stated change c2017]")
        #expect(o.derivation?.inputs == ["t2016", "c2017"])
    }

    @Test func aDecreaseDividesByOneMinusTheFall() throws {
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.6 million"),
            try figure("c2017", "trade_turnover", period: "2017", "a 5% drop", comparedWith: "2016"),
        ])
        let o = try #require(derived.first)
        #expect(o.period == (try period("2016")))
        #expect(o.value == 8_000_000)
        #expect(o.derivation?.formula == "t2017 / (1 − 5%) [stated change c2017]")
    }

    @Test func aFallOfAHundredPercentOrMoreImpliesNothing() throws {
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.6 million"),
            try figure("c2017", "trade_turnover", period: "2017", "a 100% drop", comparedWith: "2016"),
        ])
        #expect(derived.isEmpty)
    }

    @Test func neverMadeWhenAReportedFigureExists() throws {
        let derived = derive([
            try figure("t2016", "trade_turnover", period: "2016", "$5.8 million"),
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", comparedWith: "2016"),
        ])
        #expect(derived.isEmpty)
    }

    @Test func oneImpliedFigurePerSeriesAndPeriodTheFirstStatedChangeByIdWins() throws {
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("c2017b", "trade_turnover", period: "2017", "30% increase", source: "b", comparedWith: "2016"),
            try figure("c2017a", "trade_turnover", period: "2017", "26.55% increase", source: "a", comparedWith: "2016"),
        ])
        #expect(derived.count == 1)
        #expect(derived.first?.derivation?.inputs == ["t2017", "c2017a"])
    }

    @Test func betweenExactDerivationsTheOneWithMoreDigitsWins() throws {
        // 5.8 million × 1.2655 keeps two digits; 1.64 + 5.7 million keeps three.
        let derived = derive([
            try figure("t2016", "trade_turnover", period: "2016", "$5.8 million"),
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", comparedWith: "2016"),
            try figure("x2017", "exports", period: "2017", "$1.64 million", direction: .toPartner),
            try figure("m2017", "imports", period: "2017", "$5.7 million", direction: .fromPartner),
        ])
        #expect(derived.map(\.id) == ["trade_turnover~2017"])
        #expect(derived.first?.derivation?.formula == "m2017 + x2017")
        #expect(derived.first?.value == 7_340_000)
    }

    @Test("exact inputs win over qualified ones, whichever way each is derived", arguments: [
        // (the change, exports, imports, the formula that must be used)
        ("about 200% increase", "$7.6 million", "$20.5 million", "m2020 + x2020"),
        ("200% increase", "about $7.6 million", "$20.5 million", "t2019 × (1 + 200%) [stated change c2020]"),
        ("about 200% increase", "more than $7.6 million", "$20.5 million", "t2019 × (1 + 200%) [stated change c2020]"),
        ("over 200% increase", "about $7.6 million", "$20.5 million", "m2020 + x2020"),
        ("200% increase", "$7.6 million", "$20.5 million", "m2020 + x2020"),
    ])
    func exactInputsWin(_ change: String, _ exports: String, _ imports: String, _ formula: String) throws {
        let figures = [
            try figure("t2019", "trade_turnover", period: "2019", "$9.30 million"),
            try figure("c2020", "trade_turnover", period: "2020", change, comparedWith: "2019"),
            try figure("x2020", "exports", period: "2020", exports, direction: .toPartner),
            try figure("m2020", "imports", period: "2020", imports, direction: .fromPartner),
        ]
        let derived = derive(figures)
        #expect(derived.map(\.id) == ["trade_turnover~2020"])
        let o = try #require(derived.first)
        #expect(o.derivation?.formula == formula, "the formula shown is the one used")
        #expect(derive(figures.reversed()) == derived, "the choice does not depend on row order")
    }

    @Test func theBriefsExampleGivesTurnoverFromTheExactParts() throws {
        let o = try #require(derive([
            try figure("t2019", "trade_turnover", period: "2019", "$13.3 million"),
            try figure("c2020", "trade_turnover", period: "2020", "about 200% increase", comparedWith: "2019"),
            try figure("x2020", "exports", period: "2020", "$7.6 million", direction: .toPartner),
            try figure("m2020", "imports", period: "2020", "$20.5 million", direction: .fromPartner),
        ]).first)
        #expect(o.value == 28_100_000)
        #expect(o.qualifier == .exact)
        #expect(o.derivation?.inputs == ["m2020", "x2020"])
    }

    @Test func anEstimateLosesToAFigureThatIsNot() throws {
        let derived = derive([
            try figure("t2019", "trade_turnover", period: "2019", "an estimated $9.30 million"),
            try figure("c2020", "trade_turnover", period: "2020", "200% increase", comparedWith: "2019"),
            try figure("x2020", "exports", period: "2020", "$7.6 million", direction: .toPartner),
            try figure("m2020", "imports", period: "2020", "$20.5 million", direction: .fromPartner),
        ])
        #expect(derived.first?.derivation?.formula == "m2020 + x2020")
        #expect(derived.first?.isEstimated == false)
    }

    @Test func derivedIdsAreUnique() throws {
        let derived = derive([
            // One level with changes against two base years: two implied figures from one end.
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", comparedWith: "2016"),
            try figure("c2017x", "trade_turnover", period: "2017", "50% increase", comparedWith: "2015"),
            // The same composition in two currencies.
            try figure("m2017", "imports", period: "2017", "$5.7 million", direction: .fromPartner),
            try figure("tazn", "trade_turnover", period: "2017", "AZN 12 million"),
            try figure("mazn", "imports", period: "2017", "AZN 9 million", direction: .fromPartner),
        ])
        // 2016 and 2015 for each currency's 2017 level, and 2017 exports in each currency.
        #expect(derived.count == 6)
        // "indicator~period" first; the unit, then subject and parties, are added only to tell ids apart.
        #expect(Set(derived.map(\.id)).count == derived.count, "\(derived.map(\.id))")
        #expect(derived.contains { $0.id.hasSuffix("~AZN") }, "\(derived.map(\.id))")
    }

    @Test func aReportedFigureInAnotherUnitDoesNotBlockTheDerivation() throws {
        let derived = derive([
            try figure("azn2016", "trade_turnover", period: "2016", "AZN 9 million"),
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", comparedWith: "2016"),
        ])
        // The AZN series gets its 2017 from 2016; the USD series its 2016 from 2017.
        #expect(Set(derived.map(\.id)) == ["trade_turnover~2016", "trade_turnover~2017"])
        #expect(derived.first { $0.id == "trade_turnover~2016" }?.key.unit == "USD")
        #expect(derived.first { $0.id == "trade_turnover~2017" }?.key.unit == "AZN")
    }

    @Test func aStatedChangeOfAnotherSeriesImpliesNothing() throws {
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("c2017", "exports", period: "2017", "26.55% increase", direction: .toPartner, comparedWith: "2016"),
        ])
        #expect(derived.isEmpty)
    }

    @Test("bounds travel through a stated change", arguments: [
        // level 2017, change, qualifier of the implied 2016 (nil: nothing implied)
        ("more than $7.34 million", "26.55% increase", Qualifier?.some(.lowerBound)),
        ("up to $7.34 million", "26.55% increase", .upperBound),
        ("$7.34 million", "over 20% increase", .upperBound),
        ("$7.34 million", "up to 20% increase", .lowerBound),
        ("more than $7.34 million", "up to 20% increase", .lowerBound),
        ("more than $7.34 million", "over 20% increase", nil),
        ("about $7.34 million", "26.55% increase", .approximately),
        ("$7.34 million", "about 26.55% increase", .approximately),
    ])
    func boundsOfTheEarlierEnd(_ level: String, _ change: String, _ qualifier: Qualifier?) throws {
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", level),
            try figure("c2017", "trade_turnover", period: "2017", change, comparedWith: "2016"),
        ])
        if let qualifier {
            #expect(derived.count == 1)
            #expect(derived.first?.qualifier == qualifier)
        } else {
            #expect(derived.isEmpty, "bounds pulling both ways leave nothing to say")
        }
    }

    @Test("bounds travel to the later end", arguments: [
        ("over $5.8 million", "26.55% increase", Qualifier?.some(.lowerBound)),
        ("$5.8 million", "over 20% increase", .lowerBound),
        ("$5.8 million", "up to 20% increase", .upperBound),
        ("over $5.8 million", "up to 20% increase", nil),
    ])
    func boundsOfTheLaterEnd(_ level: String, _ change: String, _ qualifier: Qualifier?) throws {
        let derived = derive([
            try figure("t2016", "trade_turnover", period: "2016", level),
            try figure("c2017", "trade_turnover", period: "2017", change, comparedWith: "2016"),
        ])
        if let qualifier {
            #expect(derived.first?.qualifier == qualifier)
            #expect(derived.first?.period == (try period("2017")))
        } else {
            #expect(derived.isEmpty)
        }
    }

    // MARK: Compositions

    @Test func theOtherPartFromATotalAndOnePart() throws {
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million", source: "a"),
            try figure("m2017", "imports", period: "2017", "$5.7 million", source: "b", direction: .fromPartner),
        ])
        #expect(derived.count == 1)
        let o = try #require(derived.first)
        #expect(o.id == "exports~2017")
        #expect(o.key == SeriesKey(dataset: "test", indicator: "exports", reporter: "AZE", partner: "PAK",
                                   direction: .toPartner, subject: "", unit: "USD"))
        #expect(o.period == (try period("2017")))
        #expect(o.value == 1_640_000, "a difference is exact")
        #expect(o.significantDigits == 3)
        #expect(HumanNumber.format(o.value, significant: o.significantDigits) == "1.64 million")
        #expect(o.qualifier == .exact)
        #expect(!o.isEstimated)
        #expect(o.sourceIDs == ["a", "b"])
        #expect(o.derivation?.formula == "t2017 − m2017")
        #expect(Set(o.derivation?.inputs ?? []) == ["t2017", "m2017"])
    }

    @Test func theTotalFromTwoParts() throws {
        let derived = derive([
            try figure("x2017", "exports", period: "2017", "$1.64 million", direction: .toPartner),
            try figure("m2017", "imports", period: "2017", "$5.7 million", direction: .fromPartner, status: .estimated),
        ])
        #expect(derived.count == 1)
        let o = try #require(derived.first)
        #expect(o.key.indicator == "trade_turnover")
        #expect(o.key.direction == .both)
        #expect(o.value == 7_340_000)
        #expect(o.significantDigits == 3)
        #expect(o.isEstimated)
        #expect(o.derivation?.formula == "m2017 + x2017")
    }

    @Test func aPartLargerThanItsTotalImpliesNothing() throws {
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", "$5 million"),
            try figure("m2017", "imports", period: "2017", "$7.34 million", direction: .fromPartner),
        ])
        #expect(derived.isEmpty)
    }

    @Test func allThreeReportedOrOnlyOneImpliesNothing() throws {
        #expect(derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("x2017", "exports", period: "2017", "$1.64 million", direction: .toPartner),
            try figure("m2017", "imports", period: "2017", "$5.7 million", direction: .fromPartner),
        ]).isEmpty)
        #expect(derive([try figure("t2017", "trade_turnover", period: "2017", "$7.34 million")]).isEmpty)
    }

    @Test func partsOfOtherPeriodsUnitsOrDirectionsDoNotCombine() throws {
        #expect(derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("m2016", "imports", period: "2016", "$5.7 million", direction: .fromPartner),
        ]).isEmpty)
        #expect(derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("m2017", "imports", period: "2017", "AZN 5.7 million", direction: .fromPartner),
        ]).isEmpty)
        #expect(derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("m2017", "imports", period: "2017", "$5.7 million", direction: .toPartner),
        ]).isEmpty, "imports are a flow from the partner")
    }

    @Test("bounds travel through a difference", arguments: [
        ("more than $7.34 million", "$5.7 million", Qualifier?.some(.lowerBound)),
        ("$7.34 million", "more than $5.7 million", .upperBound),
        ("$7.34 million", "up to $5.7 million", .lowerBound),
        ("more than $7.34 million", "more than $5.7 million", nil),
        ("about $7.34 million", "$5.7 million", .approximately),
    ])
    func compositionBounds(_ total: String, _ part: String, _ qualifier: Qualifier?) throws {
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", total),
            try figure("m2017", "imports", period: "2017", part, direction: .fromPartner),
        ])
        if let qualifier {
            #expect(derived.first?.qualifier == qualifier)
        } else {
            #expect(derived.isEmpty)
        }
    }

    @Test func aStatedChangeComesBeforeAComposition() throws {
        // 2016 turnover implied from 2017 and the change; 2016 imports alone do not make 2016 exports from it.
        let derived = derive([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", comparedWith: "2016"),
            try figure("m2016", "imports", period: "2016", "$4 million", direction: .fromPartner),
        ])
        #expect(derived.map(\.id) == ["trade_turnover~2016"], "derived figures are not chained")
    }

    @Test func derivedFiguresAreSortedBySeriesAndPeriod() throws {
        let derived = derive([
            try figure("t2018", "trade_turnover", period: "2018", "$8 million"),
            try figure("c2018", "trade_turnover", period: "2018", "10% increase", comparedWith: "2017"),
            try figure("t2015", "trade_turnover", period: "2015", "$5 million"),
            try figure("c2016", "trade_turnover", period: "2016", "10% increase", comparedWith: "2015"),
            try figure("t2020", "trade_turnover", period: "2020", "$9 million"),
            try figure("m2020", "imports", period: "2020", "$4 million", direction: .fromPartner),
        ])
        #expect(derived.map(\.id) == ["exports~2020", "trade_turnover~2016", "trade_turnover~2017"])
    }
}
