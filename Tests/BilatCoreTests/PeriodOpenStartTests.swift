import Foundation
import Testing
@testable import BilatCore

/// Totals to a date with no start named ("so far", "as of June 2023"): `../2024-03`, and the consumers that
/// must not take it for a span of its own.
@Suite struct PeriodOpenStartTests: AnalysisFixtures {
    @Test(arguments: [
        ("../2024", "2024-01-01", "2024-12-31", Period.Granularity.year),
        ("../2024-03", "2024-03-01", "2024-03-31", .month),
        ("../2024-Q1", "2024-01-01", "2024-03-31", .quarter),
        ("../2024-03-15", "2024-03-15", "2024-03-15", .day),
        ("~../2024", "2024-01-01", "2024-12-31", .year),
    ])
    func theLabelParsesBackToTheSamePeriod(_ label: String, _ start: String, _ end: String, _ granularity: Period.Granularity) throws {
        let p = try PeriodReader.parse(label)
        #expect(p.isOpenStart)
        #expect(p.label == label)
        #expect(p.start.description == start && p.end.description == end && p.granularity == granularity)
        #expect(try PeriodReader.parse(p.label) == p)
        #expect(p.coverage() == .toDate && p.coverage().word == "total to a date")
        #expect(!p.isWholeYears)
    }

    @Test(arguments: [
        ("January–March 2024", "../2024-03"), ("2024", "../2024"), ("2018-Q3", "../2018-Q3"), ("2022-10-04", "../2022-10-04"),
        ("2017-02-28/2017-03-01", "../2017-03-01"), ("1992/2022", "../2022"),
    ])
    func toTheEndOfAPeriodKeepsItsLastUnit(_ text: String, _ label: String) throws {
        #expect(Period.toEnd(of: try PeriodReader.parse(text)).label == label)
    }

    @Test(arguments: ["../", "../last year", "../the past ten years", "../../2024", "..2024"])
    func anOpenStartWithoutAnEndIsRefused(_ text: String) {
        #expect(throws: Diagnostic.self) { try PeriodReader.parse(text) }
    }

    @Test func openStartLabelsSortBeforeClosedOnesInOrderOfTheirEnds() throws {
        let labels = ["2023", "../2024-03", "2022-Q1", "../2023-06", "~2021"]
        #expect(labels.sorted() == ["../2023-06", "../2024-03", "2022-Q1", "2023", "~2021"])
        let a = try PeriodReader.parse("../2024-03"), closed = try PeriodReader.parse("2024-03")
        #expect(a != closed)
        #expect(a.start == closed.start && a.end == closed.end)
    }

    /// The span checks, growth's comparison and mirror pairing never take a total to a date for a span.
    @Test(arguments: ["2024-03", "2024", "2023-03", "../2024-03", "../2023-03"])
    func spansAreNeverComparedWithAnOpenStart(_ other: String) throws {
        let open = try PeriodReader.parse("../2024-03"), p = try PeriodReader.parse(other)
        #expect(!open.hasSameSpan(as: p) && !p.hasSameSpan(as: open))
        #expect(!open.contains(p) && !p.contains(open))
        #expect(!open.overlaps(p) && !p.overlaps(open))
        #expect(open.yearsAfter(p) == nil && p.yearsAfter(open) == nil)
    }

    @Test func growthImpliedFiguresAndMirrorsSkipAnOpenStartButTheFigureStays() throws {
        let figures = [
            try figure("y2022", "trade_turnover", period: "2022", "$10 million"),
            try figure("y2023", "trade_turnover", period: "2023", "$12 million"),
            try figure("sofar", "trade_turnover", period: "../2023", "$90 million"),
            try figure("up", "trade_turnover", period: "../2023", "up 20%", comparedWith: "2022"),
            try figure("share", "exports", period: "../2023", "60% of the trade", direction: .toPartner),
            try figure("mx", "exports", period: "../2023", "$5 million", direction: .toPartner),
            try figure("mm", "imports", period: "../2023", "$5 million", direction: .fromPartner, reporter: "PAK", partner: "AZE"),
        ]
        let d = dataset(figures)
        #expect(d.figures.count == 7)
        let observed = observations(d)
        #expect(!observed.contains { $0.period.isOpenStart }, "\(observed.map(\.id))")
        let rows = Growth.rows(observed)
        #expect(rows.map(\.observation.id).sorted() == ["y2022", "y2023"])
        #expect(try row("y2023", in: rows).previous?.id == "y2022")
        // Even handed to growth directly, an open start is no point of a series.
        let direct = Observation.reported(in: dataset(figures.filter { $0.id != "sofar" })) + [try observation("sofar", "../2023", 90_000_000)]
        #expect(!Growth.rows(direct).contains { $0.observation.id == "sofar" })
        let closed = try #require(Observation.reported(in: dataset([try figure("mx", "exports", period: "2023", "$5 million",
                                                                               direction: .toPartner)])).first)
        #expect(MirrorFlows.takesPart(closed))
        let open = Observation(id: "mx", key: closed.key, period: try period("../2023"), value: closed.value, qualifier: .exact,
                               isEstimated: false, significantDigits: 1, sourceIDs: ["a"])
        #expect(!MirrorFlows.takesPart(open))
        #expect(MirrorFlows.pairs(Observation.reported(in: d)).isEmpty)
        _ = Checks.run(d)
    }
}
