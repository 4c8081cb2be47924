import BilatCore
@testable import BilatRender
import BilatTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Charts on small data: valid, accessible, self-contained SVG whose encodings are honest.
@Suite struct ChartTests {
    static let key = SeriesKey(dataset: "t", indicator: "trade_turnover", reporter: "AZE", partner: "PAK", direction: .both, subject: "", unit: "USD")
    /// A fixture's period or amount: one that does not read fails the test that uses it, not the whole run.
    static func period(_ text: String) -> Period {
        do { return try PeriodReader.parse(text) } catch {
            Issue.record("fixture period '\(text)' does not read: \(error)")
            return fallback
        }
    }

    /// What an unreadable fixture period stands in for, so that the test goes on to report it (a year that exists).
    static let fallback: Period = {
        guard let year = Period.year(2000) else { fatalError("the year 2000 exists") }
        return year
    }()

    static func decimal(_ text: String) -> Decimal {
        guard let value = Decimal(string: text) else { Issue.record("fixture amount '\(text)' does not read"); return 0 }
        return value
    }

    static let source = Source(id: "s", publisher: "Pub <&>", title: "=HYPERLINK(\"x\") <script>", published: Self.period("2022-10-04"))

    static func point(_ id: String, _ period: String, _ value: String, qualifier: Qualifier = .exact, estimated: Bool = false, derived: Bool = false) -> Observation {
        Observation(id: id, key: key, period: Self.period(period), value: Self.decimal(value), qualifier: qualifier,
                    isEstimated: estimated, significantDigits: 3, sourceIDs: ["s"],
                    derivation: derived ? Derivation(formula: "x / (1 + 5%)", inputs: ["x"]) : nil)
    }

    static let series = [
        point("p2016", "2016", "5800000", derived: true), point("p2017", "2017", "7340000", estimated: true),
        point("p2018", "January–September 2018", "8340000"), point("p2021", "2021", "11700000"),
    ]

    static func parses(_ svg: String) -> Bool {
        let parser = XMLParser(data: Data(svg.utf8))
        return parser.parse()
    }

    static var allKinds: [String] {
        [
            TimeSeriesChart.render(title: "Trade <turnover>", key: key, observations: series, sources: [source]),
            MoneyComparisonChart.render(title: "Money", currency: "USD", rows: series.map { .init(label: $0.id + " <b>", observation: $0) }, sources: [source]),
            CountsChart.render(title: "Counts", rows: [.init(label: "officers", observation: point("o", "2021", "100", qualifier: .lowerBound))], sources: [source]),
            TimelineChart.render(title: "Events", events: [Event(id: "e", date: Self.period("1991-12-12"), dateText: "1991-12-12",
                                                                 title: "<script>alert(1)</script>", sourceIDs: ["s"])], sources: [source]),
        ]
    }

    @Test(arguments: 0..<4)
    func everyChartIsValidAccessibleAndSelfContained(kind: Int) {
        let svg = Self.allKinds[kind]
        #expect(Self.parses(svg), "not well-formed XML")
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("viewBox=\"0 0 760 "))
        #expect(svg.contains("<title id=\"title\">"))
        #expect(svg.contains("<desc id=\"desc\">"))
        #expect(svg.contains("font-family=\"system-ui"))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("href"))
        #expect(!svg.contains("<image"))
        #expect(!svg.contains("url("))
        #expect(svg.contains("Source: Pub &lt;&amp;&gt;, “=HYPERLINK(&quot;x&quot;) &lt;script&gt;” (4 Oct 2022)"))
        // The same data gives the same bytes, run after run: compared with the bytes committed, not with a second
        // render in this process, which could not see a difference that depends on the run.
        let golden = Repository.root + "/Tests/BilatRenderTests/Golden/chart-kind-\(kind).svg"
        let mismatch = Golden.mismatch(svg, golden: golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func timeSeriesShowsPartialYearsEstimatesAndDerivedValues() {
        let svg = TimeSeriesChart.render(title: "T", key: Self.key, observations: Self.series, sources: [Self.source])
        #expect(svg.contains(">Jan–Sep</text>"), "the partial year is labelled with its months")
        #expect(svg.contains("<path d=\"M "), "the partial year is a diamond")
        #expect(svg.contains(">est.</text>") || svg.contains(">est., derived</text>"))
        #expect(svg.contains("derived</text>"))
        #expect(svg.contains("fill=\"#ffffff\" stroke=\"#0072B2\" stroke-width=\"2\" stroke-dasharray=\"2 2\""), "derived points are hollow and dashed")
        #expect(svg.contains(">$11.7M</text>"))
        #expect(svg.contains(">$10M</text>"), "ticks at round values in human units")
        #expect(svg.contains("2016: 5.80 million USD (derived)"), "the description carries the data")
    }

    @Test func linesJoinOnlyPeriodsOneYearApart() {
        let svg = TimeSeriesChart.render(title: "T", key: Self.key, observations: Self.series, sources: [Self.source])
        let seriesLines = svg.components(separatedBy: "\n").filter { $0.contains("<line") && $0.contains("stroke=\"#0072B2\"") && $0.contains("stroke-width=\"2\"") }
        // 2016–2017 only: 2017 and Jan–Sep 2018 are not comparable, and 2018–2021 is a gap.
        #expect(seriesLines.count == 1)
        #expect(seriesLines.first?.contains("stroke-dasharray=\"5 4\"") == true, "a line from a derived value is dashed")
    }

    @Test func countsShowBoundsAsBounds() {
        let svg = CountsChart.render(title: "C", rows: [
            .init(label: "officers", observation: Self.point("o", "2021", "100", qualifier: .lowerBound)),
            .init(label: "units", observation: Observation(id: "u", key: SeriesKey(dataset: "t", indicator: "x", reporter: "A", partner: "B", direction: .both, subject: "", unit: "units"),
                                                         period: Self.period("2021"), value: 100, qualifier: .approximately, isEstimated: false, significantDigits: 1, sourceIDs: [])),
        ], sources: [])
        #expect(svg.contains(">100+ USD</text>") || svg.contains(">$100+</text>"))
        #expect(svg.contains(">~100 units</text>"))
        #expect(svg.contains("Each panel counts a different thing (USD, units)"), "different units are said not to be comparable")
        #expect(svg.contains(">Counted in units</text>") && svg.contains(">Counted in USD</text>"), "one labelled panel per unit")
    }

    @Test func moneyComparisonUsesALogarithmicAxisAndSaysSo() {
        let rows = [Self.point("deal", "2022-02", "1600000000"), Self.point("aid", "2022", "2000000")].map { MoneyComparisonChart.Row(label: $0.id, observation: $0) }
        let svg = MoneyComparisonChart.render(title: "M", currency: "USD", rows: rows, sources: [])
        for tick in ["$1M", "$10M", "$100M", "$1B", "$10B"] { #expect(svg.contains(">\(tick)</text>")) }
        #expect(svg.contains("logarithmic scale"))
        #expect(svg.contains(">$1.60B</text>"), "three significant digits, as the figure carries")
        #expect(svg.contains(">Feb 2022</text>"), "the period under the value")
    }

    @Test func timelineMarksLongGaps() {
        let events = [("a", "1993-03-12"), ("b", "2003-05"), ("c", "2005")].map {
            Event(id: $0.0, date: Self.period($0.1), dateText: $0.1, title: "event \($0.0)", sourceIDs: [])
        }
        let svg = TimelineChart.render(title: "E", events: events, sources: [])
        #expect(svg.contains("no events recorded 1994–2002"))
        #expect(!svg.contains("no events recorded 2004"))
    }
}
