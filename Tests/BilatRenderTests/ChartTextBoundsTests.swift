import BilatCore
@testable import BilatRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Every text of a chart, with the box it takes: from its x, y, font size, weight and anchor, and a width per
/// character on the wide side (`TextExtent`), inside the `translate` of each group around it.
final class TextBoxes: NSObject, XMLParserDelegate {
    struct Box { var text: String, x0, y0, x1, y1: Double }
    var boxes: [Box] = []
    var viewBox: (width: Double, height: Double) = (0, 0)
    private var offsets: [(Double, Double)] = [(0, 0)]
    private var open: (attributes: [String: String], text: String)?
    private var depthInTitle = 0

    static func of(_ svg: String) -> TextBoxes {
        let boxes = TextBoxes()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = boxes
        _ = parser.parse()
        return boxes
    }

    /// The texts whose box is not wholly inside the viewBox, with where they are.
    var outside: [String] {
        boxes.filter { $0.x0 < 0 || $0.y0 < 0 || $0.x1 > viewBox.width || $0.y1 > viewBox.height }.map {
            "\"\($0.text.prefix(60))\" at x \(Int($0.x0))…\(Int($0.x1)), y \(Int($0.y0))…\(Int($0.y1)) in \(Int(viewBox.width))×\(Int(viewBox.height))"
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        let (dx, dy) = offsets.last ?? (0, 0)
        switch name {
        case "svg":
            let numbers = (attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
            if numbers.count == 4 { viewBox = (numbers[2], numbers[3]) }
            offsets.append((dx, dy))
        case "g":
            var (tx, ty) = (0.0, 0.0)
            if let t = attributes["transform"], t.hasPrefix("translate("), t.hasSuffix(")") {
                let parts = t.dropFirst(10).dropLast().split(separator: ",").compactMap { Double($0) }
                if parts.count == 2 { (tx, ty) = (parts[0], parts[1]) }
            }
            offsets.append((dx + tx, dy + ty))
        case "text": open = (attributes, "")
        case "title": depthInTitle += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depthInTitle == 0 { open?.text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "svg", "g": offsets.removeLast()
        case "title": depthInTitle -= 1
        case "text":
            guard let (a, text) = open else { return }
            open = nil
            let (dx, dy) = offsets.last ?? (0, 0)
            let size = Double(a["font-size"] ?? "16") ?? 16
            let width = TextExtent.width(text, size: size, bold: (Int(a["font-weight"] ?? "400") ?? 400) >= 600)
            let x = dx + (Double(a["x"] ?? "0") ?? 0), y = dy + (Double(a["y"] ?? "0") ?? 0)
            let x0: Double
            switch a["text-anchor"] {
            case "end": x0 = x - width
            case "middle": x0 = x - width / 2
            default: x0 = x
            }
            // From the ascent of capitals and accents above the baseline to the descent of g and p below it.
            boxes.append(Box(text: text, x0: x0, y0: y - size, x1: x0 + width, y1: y + size * 0.3))
        default: break
        }
    }
}

/// Generated stress charts: long subjects and periods, extreme values, one row and two hundred, every kind.
enum StressCharts {
    static let longSubject = "documents signed between the two states, cumulative, including memoranda of understanding, "
        + "protocols on cooperation in education, culture, tourism and municipal services, and intergovernmental agreements"
    static let unbroken = String(repeating: "Azerbaijan–Pakistan", count: 8)
    static let longPeriodText = "January–September 2018, cumulative to date"
    static let subjects = ["", "flood relief", longSubject, unbroken, "Азербайджан–پاکستان 🇦🇿🇵🇰 <b>&amp;</b>", longPeriodText]
    static let values: [Decimal] = [Decimal(string: "0.000001")!, 1, 7, 36, 9_500_000_000, Decimal(string: "1000000000000000")!,
                                    -2_500_000, 0, Decimal(string: "123456789012345")!]

    static func period(_ i: Int) -> Period {
        let forms = ["2018", "January–September 2018", "2018-Q1", "2012–2022", "the past ten years", "2017-07-01/2018-06-30",
                     "28 Feb–1 Mar 2017", "1992–2022", "July 2024", "9999", "0001"]
        let text = forms[i % forms.count]
        return (try? PeriodReader.parse(text, reference: try? PeriodReader.parse("2022-10-04"))) ?? Period.year(2000 + i % 20) ?? ChartTests.fallback
    }

    static func observation(_ i: Int, unit: String, indicator: String = "aid", direction: Direction = .toPartner,
                            reporter: String = "AZE", partner: String = "PAK", subject: String? = nil, period: Period? = nil,
                            id: String? = nil) -> Observation {
        let key = SeriesKey(dataset: "stress", indicator: indicator, reporter: reporter, partner: partner, direction: direction,
                            subject: subject ?? subjects[i % subjects.count], unit: unit)
        let value = values[i % values.count]
        let qualifier = Qualifier.allCases[i % Qualifier.allCases.count]
        return Observation(id: id ?? "o\(i)", key: key, period: period ?? Self.period(i), value: value,
                           high: i % 7 == 3 ? value * 2 : nil, qualifier: qualifier, isEstimated: i % 3 == 1,
                           significantDigits: 3, sourceIDs: ["s"],
                           derivation: i % 5 == 4 ? Derivation(formula: "x / (1 + 5%)", inputs: ["x"]) : nil)
    }

    static let sources = [
        Source(id: "s", publisher: "A publisher with a very long name " + unbroken, title: longSubject, published: period(0)),
        Source(id: "t", publisher: "Today.Az", title: "Azerbaijan-Pakistan ties", published: nil),
    ]

    static let counts = [1, 2, 7, 200]

    /// Every chart kind at every row count, named for a failure message.
    static var all: [(name: String, svg: String)] {
        var charts: [(String, String)] = []
        for n in counts {
            let title = "Stress \(n): " + longSubject
            let money = (0..<n).map { i in
                ChartRow(label: "Aid: " + subjects[i % subjects.count], observation: observation(i, unit: "USD"),
                         flow: ChartRow.flow(reporter: "Azerbaijan " + String(repeating: "x", count: i % 3 * 40), partner: "Pakistan",
                                             direction: Direction.allCases[i % 3]))
            }
            charts.append(("money \(n)", MoneyComparisonChart.render(title: title, currency: "USD", rows: money, sources: sources, flagged: ["o1"])))
            let oneUnit = (0..<n).map { ChartRow(label: subjects[$0 % subjects.count], observation: observation($0, unit: "documents")) }
            charts.append(("counts one unit \(n)", CountsChart.render(title: title, rows: oneUnit, sources: sources, flagged: ["o2"])))
            let units = ["documents", "memorandums", "Azerbaijani military officers trained in " + unbroken]
            let manyUnits = (0..<n).map { ChartRow(label: subjects[$0 % subjects.count], observation: observation($0, unit: units[$0 % units.count])) }
            charts.append(("counts units \(n)", CountsChart.render(title: title, rows: manyUnits, sources: sources)))
            let series = (0..<n).map { i -> Observation in
                let text = i % 4 == 1 ? "January–September \(1990 + i)" : i % 4 == 2 ? "\(1990 + i)-Q1" : "\(1990 + i)"
                return observation(i, unit: "USD", indicator: "trade_turnover", direction: .both, subject: "", period: try? PeriodReader.parse(text))
            }
            if let key = series.first?.key {
                charts.append(("series \(n)", TimeSeriesChart.render(title: title, key: key, observations: series, sources: sources, flagged: ["o3"])))
                var officers = key
                officers.unit = "Azerbaijani military officers"
                let counted = series.enumerated().map { i, o in
                    observation(i, unit: officers.unit, indicator: "trade_turnover", direction: .both, subject: "", period: o.period)
                }
                charts.append(("series count \(n)", TimeSeriesChart.render(title: title, key: officers, observations: counted, sources: sources)))
            }
            let flows = (0..<n).flatMap { i -> [Observation] in
                let year = Period.year(1990 + i) ?? period(0)
                return [observation(i, unit: "USD", indicator: "exports", direction: .toPartner, subject: "all goods", period: year, id: "x\(i)"),
                        observation(i + 1, unit: "USD", indicator: "imports", direction: .fromPartner, reporter: "PAK", partner: "AZE",
                                    subject: "all goods", period: year, id: "m\(i)")]
            }
            charts.append(("mirror \(n)", MirrorChart.render(title: title, pairs: MirrorFlows.pairs(flows), sources: sources)))
            let events = (0..<n).map { i in
                Event(id: "e\(i)", date: i % 2 == 0 ? period(i) : Period(start: period(i).start, end: period(i).end, granularity: .month, isApproximate: true),
                      dateText: i % 2 == 0 ? "2022-10-04" : longPeriodText, title: subjects[i % subjects.count] + " " + longSubject,
                      sourceIDs: ["s"], note: i % 4 == 0 ? "disputed" : "")
            }
            charts.append(("timeline \(n)", TimelineChart.render(title: title, events: events, sources: sources)))
        }
        return charts
    }
}

@Suite struct ChartTextBoundsTests {
    static let charts = StressCharts.all

    @Test(arguments: 0..<charts.count)
    func everyTextLiesInsideTheViewBox(index: Int) {
        let (name, svg) = Self.charts[index]
        #expect(ChartTests.parses(svg), "\(name): not well-formed XML")
        let boxes = TextBoxes.of(svg)
        #expect(boxes.viewBox.width == ChartStyle.width, "\(name): no viewBox")
        #expect(!boxes.boxes.isEmpty, "\(name): no text")
        let outside = boxes.outside
        #expect(outside.isEmpty, "\(name): \(outside.count) texts outside the viewBox: \(outside.prefix(5))")
    }

    /// agreements_signed and money-usd as a reader saw them clipped: a long row label at the left, a value with its
    /// period and "est." at the right, and 36 documents beside 7 memorandums.
    static let issueCounts: String = {
        let documents = SeriesKey(dataset: "d", indicator: "agreements_signed", reporter: "AZE", partner: "PAK", direction: .both,
                                  subject: "documents signed between the two states, cumulative", unit: "documents")
        var memoranda = documents
        (memoranda.subject, memoranda.unit) = ("memorandums signed on 16 May 2022 in Ganja", "memorandums")
        let rows = [
            ChartRow(label: documents.subject, observation: Observation(id: "a", key: documents, period: StressCharts.period(7), value: 36,
                                                                        qualifier: .exact, isEstimated: false, significantDigits: 2, sourceIDs: [])),
            ChartRow(label: memoranda.subject, observation: Observation(id: "b", key: memoranda, period: ChartTests.period("2022-05-16"), value: 7,
                                                                        qualifier: .exact, isEstimated: false, significantDigits: 1, sourceIDs: [])),
        ]
        return CountsChart.render(title: "Agreements signed, Azerbaijan–Pakistan", rows: rows, sources: [ChartTests.source])
    }()

    static let issueMoney: String = {
        var money = ChartTests.key
        money.indicator = "exports"
        let big = Observation(id: "m", key: money, period: ChartTests.period("January–September 2018"), value: 9_500_000_000,
                              qualifier: .exact, isEstimated: true, significantDigits: 2, sourceIDs: [])
        let small = Observation(id: "n", key: money, period: ChartTests.period("2018"), value: 1_000_000,
                                qualifier: .exact, isEstimated: false, significantDigits: 1, sourceIDs: [])
        return MoneyComparisonChart.render(title: "Money figures side by side, Azerbaijan–Pakistan", currency: "USD", rows: [
            ChartRow(label: "Exports", observation: big, flow: "Azerbaijan → Pakistan"),
            ChartRow(label: "Imports", observation: small, flow: "Pakistan → Azerbaijan"),
        ], sources: [ChartTests.source])
    }()

    @Test func theChartsOfTheIssueFit() {
        #expect(TextBoxes.of(Self.issueCounts).outside.isEmpty)
        #expect(Self.issueCounts.contains(">Counted in documents</text>") && Self.issueCounts.contains(">Counted in memorandums</text>"),
                "different units are separate, labelled panels")
        #expect(Self.issueCounts.contains("on its own axis: compare"), "the subtitle says the panels are not compared")
        #expect(TextBoxes.of(Self.issueMoney).outside.isEmpty)
        #expect(Self.issueMoney.contains(">$9.5B</text>") && Self.issueMoney.contains(">Jan–Sep 2018, est.</text>"),
                "the value keeps its period and est.")
        #expect(Self.issueMoney.contains(">Azerbaijan → Pakistan</text>") && Self.issueMoney.contains("A → B: from A to B"))
    }

    @Test func theCheckFindsClippedText() {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 100"><g transform="translate(0,20)">
            <text x="250" y="20" font-size="13" text-anchor="end">gned between the two states, cumulative and more and more words</text>
            <text x="700" y="20" font-size="12">$9.5B (Jan–Sep 2018, est.)</text><text x="20" y="20" font-size="12">fits</text></g></svg>
            """
        #expect(TextBoxes.of(svg).outside.count == 2)
    }

    /// `BILAT_CHART_DUMP=DIR swift test --filter ChartTextBoundsTests` writes the stress charts to DIR, to render
    /// with rsvg-convert and look at.
    @Test func dumpsTheStressChartsWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["BILAT_CHART_DUMP"] else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, svg) in Self.charts {
            try Data(svg.utf8).write(to: URL(fileURLWithPath: folder + "/" + name.replacingOccurrences(of: " ", with: "-") + ".svg"))
        }
        for (name, svg) in [("issue-counts", Self.issueCounts), ("issue-money", Self.issueMoney)] {
            try Data(svg.utf8).write(to: URL(fileURLWithPath: folder + "/" + name + ".svg"))
        }
    }

    @Test func rowsOfOneUnitShareOneAxis() {
        let key = SeriesKey(dataset: "d", indicator: "agreements_signed", reporter: "AZE", partner: "PAK", direction: .both, subject: "", unit: "documents")
        let rows = [("a", "36"), ("b", "7")].map { id, value in
            ChartRow(label: id, observation: Observation(id: id, key: key, period: ChartTests.period("2022"), value: ChartTests.decimal(value),
                                                         qualifier: .exact, isEstimated: false, significantDigits: 2, sourceIDs: []))
        }
        let svg = CountsChart.render(title: "A", rows: rows, sources: [])
        // One axis: one "0" tick, and bar widths in the ratio of the values.
        #expect(svg.components(separatedBy: ">0</text>").count - 1 == 1)
        let widths = svg.components(separatedBy: "\n").filter { $0.contains("<rect") && $0.contains("height=\"16\"") }
            .compactMap { $0.components(separatedBy: "width=\"").dropFirst().first?.split(separator: "\"").first.flatMap { Double($0) } }
        #expect(widths.count == 2)
        if widths.count == 2 { #expect(abs(widths[0] / widths[1] - 36.0 / 7) < 0.05, "\(widths)") }
        #expect(svg.contains("Every row counts documents, on one axis."))
        #expect(!svg.contains("Counted in"), "one unit needs no panel headings")
    }

    @Test(arguments: [
        (["2018", "January–September 2019"], "part of a year (Jan–Sep)"),
        (["2018", "2019-Q1", "January–September 2019"], "part of a year (Q1, Jan–Sep)"),
        (["January–June 2018", "July–December 2019"], "part of a year (H1, H2)"),
    ])
    func theLegendNamesThePartsDrawn(periods: [String], legend: String) {
        let points = periods.enumerated().map { i, p in
            Observation(id: "p\(i)", key: ChartTests.key, period: ChartTests.period(p), value: Decimal(i + 1), qualifier: .exact,
                        isEstimated: false, significantDigits: 3, sourceIDs: [])
        }
        let svg = TimeSeriesChart.render(title: "T", key: ChartTests.key, observations: points, sources: [])
        #expect(svg.contains(">\(legend)</text>"), "\(svg.components(separatedBy: "\n").filter { $0.contains("part of") })")
        #expect(svg.contains(">full year or longer</text>") == periods.contains { !$0.contains("–") && !$0.contains("Q") })
        #expect(!svg.contains("derived:"), "no entry for marks not drawn")
    }

    @Test(arguments: [
        ("documents signed between the two states, cumulative", 200.0, 13.0, 2),
        (String(repeating: "x", count: 300), 100.0, 12.0, 1),
        ("short", 500.0, 12.0, 1),
    ])
    func fittedTextFitsAndKeepsTheWholeInItsTitle(text: String, width: Double, size: Double, lines: Int) {
        let fitted = TextExtent.fit(text, width: width, size: size, bold: true, maxLines: lines)
        #expect(fitted.lines.count <= lines)
        #expect(fitted.lines.allSatisfy { TextExtent.width($0, size: size, bold: true) <= width })
        #expect(fitted.full == text)
        #expect(fitted.isShortened == (fitted.lines.joined(separator: " ") != text))
        if fitted.isShortened {
            #expect(fitted.lines.last?.hasSuffix("…") == true)
            let svg = ChartText.elements(fitted, y: 0, lineHeight: 14, [("x", "0"), ("y", "0")]).map { $0.render() }.joined()
            #expect(svg.contains("<title>\(SVGElement.escape(text))</title>"))
        }
    }

    /// Widths in px at 100 px that rsvg-convert drew with DejaVu Sans (Book and Bold), the widest sans-serif here;
    /// measured with docs/chart-text-widths.py. The estimate must not be narrower than any of them.
    @Test(arguments: [
        ("documents signed between the two states, cumulative", 2746.0, 3095.0), ("$9.5B (Jan–Sep 2018, est.)", 1320, 1477),
        ("Azerbaijani military officers", 1366, 1561), ("WWWWWWWW", 788, 880), ("mmmmmmmm", 771, 826), ("1234567890", 630, 692),
        ("January–September 2018, cumulative to date", 2272, 2544), ("Ǝ—%@MW", 541, 576), ("Trade turnover, Azerbaijan–Pakistan", 1787, 2023),
        ("~1,000,000,000 units (est.)", 1379, 1544), ("Азербайджан", 712, 791), ("$1.60B–$2.00B", 753, 829), ("Q1, Jan–Sep, H1", 792, 884),
    ])
    func theWidthEstimateIsNotNarrowerThanAWideFont(text: String, regular: Double, bold: Double) {
        #expect(TextExtent.width(text, size: 100) >= regular)
        #expect(TextExtent.width(text, size: 100, bold: true) >= bold)
    }
}
