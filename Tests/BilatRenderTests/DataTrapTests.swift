import BilatCore
@testable import BilatRender
import Foundation
import Testing

/// Valid but extreme data drawn and exported without a trap, and without a `nan` or `inf` in any SVG coordinate.
///
/// Each case here crashed the process before the renderers guarded it.
@Suite struct RenderTrapTests {
    static let source = Source(id: "s", publisher: "P", title: "T")

    static func point(_ period: String, _ value: Decimal, unit: String = "USD", id: String = "p") -> Observation {
        let key = SeriesKey(dataset: "t", indicator: "exports", reporter: "AZE", partner: "PAK", direction: .toPartner,
                            subject: "", unit: unit)
        // The periods are written out in the tables below and always parse.
        let parsed = (try? PeriodReader.parse(period)) ?? Period.year(2000)!
        return Observation(id: id, key: key, period: parsed, value: value, qualifier: .exact, isEstimated: false,
                           significantDigits: max(1, value.significantDigits), sourceIDs: ["s"])
    }

    static let big = Decimal(string: "99999999999999999999999999999999999999")!
    static let tiny = Decimal(string: "0.00000000000000000000000000000000000001")!

    /// Money amounts on a log axis: $0 has no logarithm (it was drawn at x = -inf, and `Int(-inf)` trapped),
    /// and a negative amount gave `nan`.
    @Test(arguments: [[0], [-5], [0, 5_000_000], [-3, 0, 2], [tiny, big], [1], [tiny]] as [[Decimal]])
    func moneyOnALogAxis(values: [Decimal]) throws {
        let rows = values.enumerated().map { i, v in ChartRow(label: "row \(i)", observation: Self.point("2021", v, id: "p\(i)")) }
        let svg = MoneyComparisonChart.render(title: "Money", currency: "USD", rows: rows, sources: [Self.source])
        try SVGCheck.expectSound(svg)
        for value in values where value <= 0 {
            #expect(svg.contains("not on a logarithmic scale"), "a \(value) amount is listed, not placed on the axis")
        }
    }

    /// Series at the ends of the calendar: year 9999 made the axis ask for 1 January 10000 (a force unwrap of nil).
    @Test(arguments: [["9999"], ["0001"], ["0001", "9999"], ["9998", "9999"], ["9999-12-31"], ["0001-01-01"],
                      ["9999-Q4", "9998-Q4"], ["1000", "2000", "3000"]])
    func timeSeriesAtTheEndsOfTheCalendar(periods: [String]) throws {
        let points = periods.enumerated().map { i, p in Self.point(p, Decimal(i + 1), id: "p\(i)") }
        let svg = TimeSeriesChart.render(title: "T", key: points[0].key, observations: points, sources: [Self.source])
        try SVGCheck.expectSound(svg)
        // A long span labels round years and draws a tick for each label only, not one per year.
        #expect(svg.components(separatedBy: "<line").count < 400)
    }

    /// Values a time series must draw inside its plot: zero, negative, 38 digits and tiny.
    @Test(arguments: [[0], [-5], [-5, 5], [big], [tiny], [tiny, big], [-big, big], [-big, -big + 100_000_000_000_000_000],
                      [big, big - 100_000_000_000_000_000]] as [[Decimal]])
    func timeSeriesValues(values: [Decimal]) throws {
        let points = values.enumerated().map { i, v in Self.point(String(2000 + i), v, id: "p\(i)") }
        let svg = TimeSeriesChart.render(title: "T", key: points[0].key, observations: points, sources: [Self.source])
        try SVGCheck.expectSound(svg)
    }

    /// Counts that are zero, negative or extreme: no bar of negative width, nothing non-finite.
    @Test(arguments: [0, -5, big, tiny, -big] as [Decimal], Qualifier.allCases)
    func counts(value: Decimal, qualifier: Qualifier) throws {
        let o = Self.point("2021", value, unit: "officers")
        let q = Observation(id: o.id, key: o.key, period: o.period, value: o.value, qualifier: qualifier, isEstimated: false,
                            significantDigits: o.significantDigits, sourceIDs: o.sourceIDs)
        let svg = CountsChart.render(title: "C", rows: [ChartRow(label: "officers", observation: q)], sources: [Self.source])
        try SVGCheck.expectSound(svg)
        #expect(!svg.contains("width=\"-"), "no negative width")
    }

    /// The last guard: a coordinate that is not finite, or too large for an Int, is written as a finite number.
    @Test(arguments: [Double.nan, .infinity, -.infinity, 1e300, -1e300, Double.greatestFiniteMagnitude])
    func coordinatesAreAlwaysFinite(value: Double) {
        let text = coordinate(value)
        #expect(Double(text)?.isFinite == true, "\(text)")
    }

    @Test(arguments: [Double.nan, .infinity, 0, -1, 1e-300])
    func niceScaleOfAnyMaximum(maximum: Double) {
        let ticks = NiceScale.ticks(upTo: maximum)
        #expect(ticks.count >= 2)
        #expect(ticks.allSatisfy { $0.isFinite })
        #expect((ticks.last ?? 0) > 0)
    }

    /// Axes over two values close together far from zero (an endless loop of 10^18 ticks, until memory ran out).
    @Test(arguments: [(-1.15e38, -1.15e38 + 1e22), (1e38, 1e38 + 1e22), (-5, -3), (2, 3), (-1e300, 1e300)])
    func niceScaleBetween(minimum: Double, maximum: Double) {
        let ticks = NiceScale.ticks(from: minimum, upTo: maximum)
        #expect((2...24).contains(ticks.count))
        #expect(ticks.contains(0))
        // Covered to within a thousandth of a step, as the axes always were.
        let step = ticks[1] - ticks[0]
        #expect(ticks[0] <= min(0, minimum) && ticks[ticks.count - 1] + step / 1000 >= max(0, maximum))
    }

    /// The SVG check itself finds what it looks for.
    @Test(arguments: [
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg a=\"1\"><g x=\"nan\"/></svg>\n", false),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg a=\"1\"><path d=\"M 1 -INF\"/></svg>\n", false),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg a=\"1\"><g></svg>\n", false),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg a=\"1\"><svg a=\"1\"></svg></svg>\n", false),
        ("<svg a=\"1\"></svg>\n", false),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg a=\"1\"><text x=\"2\">nan inf</text><g/></svg>\n", true),
    ])
    func svgCheck(svg: String, sound: Bool) {
        #expect(SVGCheck.problems(svg).isEmpty == sound, "\(SVGCheck.problems(svg))")
    }

    /// Events exported when two sources share an id: the first one's title is used, nothing traps.
    @Test func eventsWithDuplicateSourceIDs() throws {
        let sources = [Source(id: "s", publisher: "P", title: "first"), Source(id: "s", publisher: "P", title: "second")]
        let event = Event(id: "e", date: Period.year(2021)!, dateText: "2021", title: "E", sourceIDs: ["s"])
        let csv = CSVExport.events([Dataset(name: "d", sources: sources, events: [event])], relationships: [], flavour: .plain)
        #expect(csv.contains(",first,"))
        #expect(!csv.contains("second"))
    }
}

/// Notebook cell options: each malformed one is a located error saying what is accepted, never a trap.
@Suite struct NotebookOptionTests {
    @Test(arguments: [
        ("```bilat growth =", 17, "an option with no name"),
        ("```bilat growth =trade_turnover", 17, "an option with no name"),
        ("```bilat growth indicator=", 17, "option 'indicator' has no value"),
        ("```bilat growth indicator=a  indicator=b", 30, "option 'indicator' is given twice"),
        ("  ```bilat growth ==", 19, "an option with no name"),
    ])
    func malformedOptionIsALocatedError(line: String, column: Int, message: String) throws {
        let text = "# Title\n\n\(line)\n```\n"
        let error = try #require(throws: DiagnosticsError.self) { try Notebook.parse(text, path: "Notebooks/year.md") }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
        #expect(diagnostic.location == BilatCore.SourceLocation(path: "Notebooks/year.md", line: 3, column: column))
        #expect(diagnostic.accepted?.contains("key=value") == true)
    }

    @Test func wellFormedOptionsAreRead() throws {
        let notebook = try Notebook.parse("```bilat growth indicator=trade_turnover  flag  x=a=b\n```\n", path: "n.md")
        guard case .cell(let cell)? = notebook.segments.first else { Issue.record("no cell"); return }
        #expect(cell.options == ["indicator": "trade_turnover", "flag": "true", "x": "a=b"])
    }
}

/// What every SVG must be, whatever the data: a document with one balanced root, and finite numbers only.
enum SVGCheck {
    static func problems(_ svg: String) -> [String] {
        guard svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), svg.hasSuffix("</svg>\n") else {
            return ["no single <svg> root"]
        }
        var found: [String] = []
        var svg = svg
        svg.withUTF8 { bytes in
            // One pass over the bytes: elements opened and closed, and every attribute value (all of them are
            // numbers, colours and names the charts write; data goes into text, never into an attribute).
            let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), quote = UInt8(ascii: "\"")
            var opened = 0, closed = 0, roots = 0, inTag = false, inValue = false, valueStart = 0
            var last1: UInt8 = 0, last2: UInt8 = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                if inValue {
                    // "nan" or "inf" in any case, read from the last three bytes.
                    let word = (UInt32(last2 | 0x20) << 16) | (UInt32(last1 | 0x20) << 8) | UInt32(b | 0x20)
                    if word == 0x6E_61_6E || word == 0x69_6E_66 {
                        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<min(i + 8, bytes.count)]), as: UTF8.self)
                        found.append("an attribute reads \"\(value)…\"")
                    }
                    last2 = last1; last1 = b
                    if b == quote { inValue = false }
                } else if inTag {
                    if b == quote { inValue = true; valueStart = i + 1; last1 = 0; last2 = 0 }
                    else if b == gt { inTag = false; if bytes[i - 1] == slash { closed += 1 } }
                } else if b == lt, i + 1 < bytes.count {
                    let next = bytes[i + 1]
                    if next == slash { closed += 1 } else if next != UInt8(ascii: "?") { opened += 1; inTag = true }
                    if next == UInt8(ascii: "s"), i + 4 < bytes.count, bytes[i + 2] == UInt8(ascii: "v"), bytes[i + 3] == UInt8(ascii: "g"),
                       bytes[i + 4] == UInt8(ascii: " ") { roots += 1 }
                }
            }
            if opened != closed { found.append("\(opened) elements opened, \(closed) closed") }
            if roots != 1 { found.append("\(roots) <svg> elements") }
        }
        return found
    }

    static func expectSound(_ svg: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let problems = problems(svg)
        #expect(problems.isEmpty, "\(problems.prefix(5))", sourceLocation: sourceLocation)
    }
}
