import BilatCore
import Foundation

/// One flow's two reports per period: the exporter's (FOB, circles) beside the importer's converted to FOB
/// (squares), with the asymmetry under each period. Periods are categories, not a time axis: a month and a
/// year of one flow are never paired, and each keeps its own place.
public enum MirrorChart {
    public static func render(title: String, pairs unsorted: [MirrorPair], sources: [Source]) -> String {
        let pairs = unsorted.sorted {
            ($0.period.start, $0.period.end, $0.importerReport?.id ?? "", $0.exporterReport?.id ?? "")
                < ($1.period.start, $1.period.end, $1.importerReport?.id ?? "", $1.exporterReport?.id ?? "")
        }
        guard let first = pairs.first else { return ChartFrame(title: title, subtitle: "", description: title, sources: sources).document(plotHeight: 20, plot: []) }
        let (exporter, importer, unit, factor) = (first.exporter, first.importer, first.unit, first.factor.text)
        let left = 78.0, right = ChartStyle.width - 30
        let exporterName = "\(exporter)'s exports to \(importer) (FOB)"
        let importerName = "\(importer)'s imports from \(exporter) × \(factor) (at FOB)"
        let legend = TimeSeriesChart.layoutLegend([exporterName, importerName], from: left, to: right)
        let top = 22 + 18 * Double((legend.map(\.row).max() ?? 0) + 1)
        let plotHeight = top + 280, bottom = plotHeight - 50
        let values = pairs.flatMap { [$0.exporterReport?.value.position, $0.importerFOB?.position] }.compactMap { $0 }.filter(\.isFinite)
        let ticks = NiceScale.ticks(from: min(0, values.min() ?? 0) * 1.15, upTo: (values.max() ?? 1) * 1.15)
        let yMin = ticks.first ?? 0, yMax = ticks.last ?? 1
        func y(_ v: Double) -> Double { bottom - (v - yMin) / (yMax - yMin) * (bottom - top) }
        let slot = (right - left) / Double(pairs.count)
        let labelled = pairs.count <= 8

        var plot: [SVGElement] = []
        for t in ticks {
            plot.append(SVGElement("line", [("x1", coordinate(left)), ("x2", coordinate(right)), ("y1", coordinate(y(t))), ("y2", coordinate(y(t))),
                                            ("stroke", t == 0 ? ChartStyle.muted : ChartStyle.grid), ("stroke-width", "1")]))
            plot += ChartText.elements(TextExtent.fit(ValueLabel.tick(Decimal(t), unit: unit), width: left - 16, size: 12), y: y(t) + 4, lineHeight: 14,
                                       [("x", coordinate(left - 8)), ("y", "0"), ("font-size", "12"), ("text-anchor", "end"), ("fill", ChartStyle.muted)])
        }
        for (spot, symbol) in zip(legend, [marker(exporter: true, x: 0, y: 0), marker(exporter: false, x: 0, y: 0)]) {
            let ly = 8 + Double(spot.row) * 18
            plot.append(SVGElement("g", [("transform", "translate(\(coordinate(spot.x + 6)),\(coordinate(ly)))")], children: [symbol]))
            plot += ChartText.elements(spot.text, y: ly + 4, lineHeight: 14, [("x", coordinate(spot.x + 16)), ("y", "0"), ("font-size", "12"), ("fill", ChartStyle.ink)])
        }
        // Under the axis, each period and its asymmetry; on a crowded axis every k-th, so that none overlap.
        func below(_ p: MirrorPair) -> String {
            p.asymmetryPercent.map { MirrorOutput.percentText($0) } ?? (p.reported == .exporterOnly ? "\(importer) did not report" : "\(exporter) did not report")
        }
        let widest = pairs.map { max(TextExtent.width($0.period.shortName, size: 12), TextExtent.width(below($0), size: 11)) }.max() ?? 0
        let every = max(1, Int((min(widest, 160) + 8) / max(slot, 1)) + 1)
        for (i, p) in pairs.enumerated() {
            let cx = left + (Double(i) + 0.5) * slot
            if i % every == 0 {
                let room = slot * Double(every) - 8
                plot += ChartText.elements(TextExtent.fit(p.period.shortName, width: room, size: 12), y: bottom + 18, lineHeight: 14,
                                           [("x", coordinate(cx)), ("y", "0"), ("font-size", "12"), ("text-anchor", "middle"), ("fill", ChartStyle.ink)])
                plot += ChartText.elements(TextExtent.fit(below(p), width: room, size: 11), y: bottom + 34, lineHeight: 14,
                                           [("x", coordinate(cx)), ("y", "0"), ("font-size", "11"), ("text-anchor", "middle"), ("fill", ChartStyle.muted)])
            }
            for (value, isExporter) in [(p.exporterReport?.value, true), (p.importerFOB, false)] {
                guard let value, value.position.isFinite else { continue }
                let mx = cx + (isExporter ? -12 : 12), my = y(value.position)
                plot.append(marker(exporter: isExporter, x: mx, y: my))
                if labelled {
                    let lx = mx + (isExporter ? -8 : 8)
                    let room = min(120, isExporter ? lx - 4 : ChartStyle.width - lx - 4)
                    plot += ChartText.elements(TextExtent.fit(ValueLabel.format(value, unit: unit, significant: 3), width: room, size: 11), y: my - 8, lineHeight: 14,
                                               [("x", coordinate(lx)), ("y", "0"), ("font-size", "11"), ("text-anchor", isExporter ? "end" : "start"),
                                                ("fill", ChartStyle.ink)])
                }
            }
        }
        let described = pairs.map { p in
            "\(p.period.shortName): \(exporter) \(p.exporterReport.map { $0.value.plainText + " " + unit } ?? "not reported"), "
                + "\(importer) at FOB \(p.importerFOB.map { $0.plainText + " " + unit } ?? "not reported")"
                + (p.asymmetryPercent.map { ", asymmetry " + MirrorOutput.percentText($0) } ?? "")
        }.joined(separator: "; ")
        let frame = ChartFrame(
            title: title,
            subtitle: "\(unit). The importer's CIF value × \(factor) gives its FOB value; under each period, (importer at FOB − exporter) ÷ exporter.",
            description: "\(title). \(described).", sources: sources)
        return frame.document(plotHeight: plotHeight, plot: plot)
    }

    /// Circles for the exporter's report, squares for the importer's: told apart by shape as well as colour.
    static func marker(exporter: Bool, x: Double, y: Double) -> SVGElement {
        if exporter {
            return SVGElement("circle", [("cx", coordinate(x)), ("cy", coordinate(y)), ("r", "5"), ("fill", ChartStyle.blue),
                                         ("stroke", ChartStyle.blue), ("stroke-width", "2")])
        }
        return SVGElement("rect", [("x", coordinate(x - 5)), ("y", coordinate(y - 5)), ("width", "10"), ("height", "10"),
                                   ("fill", ChartStyle.vermillion), ("stroke", ChartStyle.vermillion), ("stroke-width", "2")])
    }
}
