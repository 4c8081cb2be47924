import BilatCore
import Foundation
import Testing

/// The strict scorer: a row is right only when every compared field agrees.
@Suite struct StrictScoreTests {
    static func period(_ text: String) -> Period? { try? PeriodReader.parse(text) }

    @Test func theCasesPeriodsRead() {
        #expect(Self.period("2022") != nil && Self.period("2021") != nil && Self.period("2020") != nil)
    }

    static let exports = StrictRow(indicator: "exports", flow: FigureFlow(reporter: "AZE", partner: "PAK", direction: .toPartner),
                                   period: period("2022"), comparedWith: nil, value: 9_600_000, high: nil, unit: "USD", qualifier: .exact)

    static func changed(_ f: (inout StrictRow) -> Void) -> StrictRow {
        var r = exports
        f(&r)
        return r
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var proposed: [StrictRow]
        var expected: [StrictRow]
        var correct: Int
        var failures: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "exact match", proposed: [exports], expected: [exports], correct: 1, failures: []),
        Case(name: "value wrong", proposed: [changed { $0.value = 9_700_000 }], expected: [exports], correct: 0,
             failures: ["wrong: not expected", "missed: not proposed"]),
        Case(name: "currency wrong", proposed: [changed { $0.unit = "EUR" }], expected: [exports], correct: 0,
             failures: ["wrong: not expected", "missed: not proposed"]),
        Case(name: "indicator wrong", proposed: [changed { $0.indicator = "imports" }], expected: [exports], correct: 0,
             failures: ["wrong: indicator", "missed: indicator"]),
        Case(name: "period wrong", proposed: [changed { $0.period = period("2021") }], expected: [exports], correct: 0,
             failures: ["wrong: period", "missed: period"]),
        Case(name: "no period", proposed: [changed { $0.period = nil }], expected: [exports], correct: 0,
             failures: ["wrong: period", "missed: period"]),
        Case(name: "compared period wrong", proposed: [changed { $0.comparedWith = period("2021") }], expected: [exports], correct: 0,
             failures: ["wrong: compared_with", "missed: compared_with"]),
        Case(name: "qualifier wrong", proposed: [changed { $0.qualifier = .lowerBound }], expected: [exports], correct: 0,
             failures: ["wrong: qualifier", "missed: qualifier"]),
        Case(name: "direction reversed", proposed: [changed { $0.flow = FigureFlow(reporter: "PAK", partner: "AZE", direction: .toPartner) }],
             expected: [exports], correct: 0, failures: ["wrong: direction", "missed: direction"]),
        Case(name: "same flow written from the other side",
             proposed: [changed { $0.flow = FigureFlow(reporter: "PAK", partner: "AZE", direction: .fromPartner) }],
             expected: [exports], correct: 1, failures: []),
        Case(name: "two wrong fields", proposed: [changed { $0.period = period("2021"); $0.qualifier = .approximately }],
             expected: [exports], correct: 0, failures: ["wrong: period, qualifier", "missed: period, qualifier"]),
        Case(name: "duplicate counted once", proposed: [exports, exports], expected: [exports], correct: 1, failures: ["wrong: duplicate"]),
        Case(name: "range matched", proposed: [changed { $0.value = 2; $0.high = 3 }], expected: [changed { $0.value = 2; $0.high = 3 }],
             correct: 1, failures: []),
        Case(name: "range split in two", proposed: [changed { $0.value = 2 }, changed { $0.value = 3 }],
             expected: [changed { $0.value = 2; $0.high = 3 }], correct: 0,
             failures: ["wrong: range", "wrong: not expected", "missed: range"]),
        Case(name: "range high end wrong", proposed: [changed { $0.value = 2; $0.high = 4 }], expected: [changed { $0.value = 2; $0.high = 3 }],
             correct: 0, failures: ["wrong: range", "missed: range"]),
        Case(name: "counted noun: plural and last word", proposed: [changed { $0.unit = "Azerbaijani officers" }],
             expected: [changed { $0.unit = "officer" }], correct: 1, failures: []),
        Case(name: "counted noun differs", proposed: [changed { $0.unit = "jets" }], expected: [changed { $0.unit = "aircraft" }], correct: 0,
             failures: ["wrong: not expected", "missed: not proposed"]),
        Case(name: "nothing proposed", proposed: [], expected: [exports], correct: 0, failures: ["missed: not proposed"]),
        Case(name: "nothing expected", proposed: [exports], expected: [], correct: 0, failures: ["wrong: not expected"]),
    ]

    @Test(arguments: cases) func scoresOneArticle(_ c: Case) {
        var score = StrictScore()
        score.add(article: "a.txt", proposed: c.proposed, expected: c.expected)
        #expect(score.correct == c.correct)
        #expect(score.proposed == c.proposed.count)
        #expect(score.expected == c.expected.count)
        let failures = score.wrong.map { "wrong: \($0.reason)" } + score.missed.map { "missed: \($0.reason)" }
        #expect(failures == c.failures)
    }

    @Test func precisionRecallAndBreakdownAddUpOverArticles() {
        var score = StrictScore()
        score.add(article: "a.txt", proposed: [Self.exports, Self.changed { $0.period = Self.period("2021") }],
                  expected: [Self.exports, Self.changed { $0.period = Self.period("2020") }])
        score.add(article: "b.txt", proposed: [Self.exports], expected: [Self.exports, Self.changed { $0.value = 1 }])
        #expect(score.correct == 2 && score.proposed == 3 && score.expected == 4)
        #expect(abs(score.precision - 2.0 / 3.0) < 1e-9)
        #expect(score.recall == 0.5)
        #expect(score.description == "strict precision 0.667 (2/3), recall 0.500 (2/4)")
        #expect(score.breakdownText == "period 2, not proposed 1")
    }

    @Test func anExpectedRowIsMatchedByOnlyOneProposal() {
        var score = StrictScore()
        // The second proposal is the same figure as the first: it cannot take the other expected row's place.
        score.add(article: "a.txt", proposed: [Self.exports, Self.exports],
                  expected: [Self.exports, Self.changed { $0.qualifier = .approximately }])
        #expect(score.correct == 1)
        #expect(score.wrong.map(\.reason) == [.duplicate])
        #expect(score.missed.map(\.reason) == [.fields([.qualifier])])
    }

    @Test func recallByKindCountsTheKindsOfMissedRows() {
        var score = StrictScore()
        let base = Self.changed { $0.kinds = ["base value"]; $0.value = 5 }
        let range = Self.changed { $0.kinds = ["range", "cumulative total"]; $0.value = 1; $0.high = 2 }
        score.add(article: "a.txt", proposed: [base], expected: [base, range])
        let kinds = score.recallByKind(expected: [base, range]).map { "\($0.kind) \($0.found)/\($0.of)" }
        #expect(kinds == ["base value 1/1", "cumulative total 0/1", "range 0/1"])
    }

    @Test(arguments: [("USD", "USD"), ("percent", "percent"), ("TIV", "TIV"), ("Azerbaijani officers", "officer"),
                      ("companies", "company"), ("aircraft", "aircraft"), ("glass", "glass"), ("  JETS ", "jet")])
    func unitsCompareByTheirLastWord(_ unit: String, _ key: String) {
        #expect(StrictRow.unitKey(unit) == key)
    }
}
