import BilatCore
@testable import BilatRender
import Testing

/// A point an open error finding involves is ringed, and the legend says what the ring means.
@Suite struct ErrorMarkTests {
    static let series = ChartTests.series
    static let rows = series.map { ChartRow(label: $0.id, observation: $0) }

    static func render(_ kind: Int, flagged: Set<String>) -> String {
        switch kind {
        case 0: return TimeSeriesChart.render(title: "T", key: ChartTests.key, observations: series, sources: [ChartTests.source], flagged: flagged)
        case 1: return MoneyComparisonChart.render(title: "M", currency: "USD", rows: rows, sources: [ChartTests.source], flagged: flagged)
        default: return CountsChart.render(title: "C", rows: rows, sources: [ChartTests.source], flagged: flagged)
        }
    }

    static func rings(_ svg: String) -> Int {
        svg.components(separatedBy: "r=\"10\" fill=\"none\" stroke=\"\(ChartStyle.vermillion)\"").count - 1
    }

    @Test(arguments: 0..<3)
    func flaggedPointsAreRingedWithALegend(kind: Int) {
        let plain = Self.render(kind, flagged: [])
        let marked = Self.render(kind, flagged: ["p2017", "p2021"])
        #expect(Self.rings(plain) == 0 && !plain.contains(ErrorMark.legend))
        #expect(Self.rings(marked) == 3, "two points and the legend's ring")
        #expect(marked.contains(ErrorMark.legend))
        #expect(marked.contains("2 points are in an open error finding."))
        #expect(ChartTests.parses(marked))
    }

    @Test func anUnknownIdMarksNothing() {
        #expect(Self.render(0, flagged: ["elsewhere"]) == Self.render(0, flagged: []))
    }
}
