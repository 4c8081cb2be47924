import BilatCore
import Foundation

/// Amounts of very different sizes side by side ($2 million of aid beside a $1.6 billion deal) as a
/// dot plot on a logarithmic axis: bars would start at an arbitrary floor on a log scale, and a linear
/// axis would flatten every amount under $100 million into the baseline.
public enum MoneyComparisonChart {
    public typealias Row = ChartRow


    static let labelWidth = 290.0, rowHeight = 48.0, top = 30.0
    /// The value labels' column right of the plot: wide enough for "$9.5B" over "Jan–Sep 2018, est.".
    static let valueRoom = 180.0

    /// - Parameter flagged: ids of observations an open error finding involves; each gets a ring and the legend an entry.
    public static func render(title: String, currency: String, rows: [Row], sources: [Source], flagged: Set<String> = []) -> String {
        let rows = rows.sorted { ($0.observation.value, $0.label, $0.observation.id) > ($1.observation.value, $1.label, $1.observation.id) }
        let left = labelWidth + 20, right = ChartStyle.width - 20 - valueRoom
        let marked = rows.filter { flagged.contains($0.observation.id) }.count
        let plotHeight = top + Double(rows.count) * rowHeight + 10 + (marked > 0 ? 24 : 0)
        // A logarithmic axis has no place for zero or a negative amount: those rows are listed, not placed.
        func placeable(_ v: Double) -> Bool { v > 0 && v.isFinite }
        let values = rows.map { $0.observation.value.position }.filter(placeable)
        let lowPower = Int(exactly: floor(log10(values.min() ?? 1))) ?? 0
        let powers = max(1, (Int(exactly: ceil(log10(values.max() ?? 10))) ?? 0) - lowPower)
        // At most ten gridlines: amounts from a cent to 38 digits step by more than one power of ten.
        let step = (powers + 9) / 10
        let highPower = lowPower + step * ((powers + step - 1) / step)
        func x(_ v: Double) -> Double { left + (log10(v) - Double(lowPower)) / Double(highPower - lowPower) * (right - left) }

        var plot: [SVGElement] = []
        let bottom = top + Double(rows.count) * rowHeight
        // A gridline at every step; a label only where it does not run into the one before ("$0.000001", "$0.001").
        let gridlines = stride(from: lowPower, through: highPower, by: step).map { (x: x(pow(10, Double($0))), text: ValueLabel.tick(Decimal.power($0), unit: currency)) }
        for (tick, labelled) in zip(gridlines, TickLabels.kept(gridlines, size: 12)) {
            plot.append(SVGElement("line", [("x1", coordinate(tick.x)), ("x2", coordinate(tick.x)), ("y1", coordinate(top - 6)), ("y2", coordinate(bottom)),
                                            ("stroke", ChartStyle.grid)]))
            if let labelled {
                plot += ChartText.elements(labelled, y: top - 12, lineHeight: 14, [("x", coordinate(tick.x)), ("y", "0"), ("font-size", "12"),
                                                                                  ("text-anchor", "middle"), ("fill", ChartStyle.muted)])
            }
        }
        for (i, row) in rows.enumerated() {
            let o = row.observation
            let cy = top + Double(i) * rowHeight + rowHeight / 2
            // The measure on up to two lines, and under it who paid or gave whom.
            let label = TextExtent.fit(row.label, width: labelWidth - 20, size: 12, maxLines: row.flow.isEmpty ? 3 : 2)
            let flow = TextExtent.fit(row.flow, width: labelWidth - 20, size: 11)
            let lineCount = Double(label.lines.count + flow.lines.count)
            let firstBaseline = cy + 4 - (lineCount - 1) / 2 * 14
            plot += ChartText.elements(label, y: firstBaseline, lineHeight: 14, [("x", coordinate(labelWidth)), ("y", "0"), ("font-size", "12"),
                                                                               ("text-anchor", "end"), ("fill", ChartStyle.ink)])
            plot += ChartText.elements(flow, y: firstBaseline + Double(label.lines.count) * 14, lineHeight: 14,
                                       [("x", coordinate(labelWidth)), ("y", "0"), ("font-size", "11"), ("text-anchor", "end"), ("fill", ChartStyle.muted)])
            let placed = placeable(o.value.position)
            if placed {
                plot.append(SVGElement("line", [("x1", coordinate(left)), ("x2", coordinate(x(o.value.position))), ("y1", coordinate(cy)), ("y2", coordinate(cy)),
                                                ("stroke", ChartStyle.grid), ("stroke-width", "1"), ("stroke-dasharray", "1 3")]))
                plot.append(TimeSeriesChart.marker(partial: o.period.isPartialYear, derived: o.isDerived, x: x(o.value.position), y: cy))
            }
            if flagged.contains(o.id) { plot.append(ErrorMark.ring(x: placed ? x(o.value.position) : left - 10, y: cy)) }
            // The value over its period and marks, right of the dot: the column right of the plot always has room.
            var notes = [o.period.rangeName]
            if o.isEstimated { notes.append("est.") }
            if !placed { notes.append("not on a logarithmic scale") }
            let textX = placed ? x(o.value.position) + 10 : left
            let room = ChartStyle.width - 20 - textX
            let value = TextExtent.fit(ValueLabel.label(o, unit: currency), width: room, size: 12, bold: true)
            let note = TextExtent.fit(notes.joined(separator: ", "), width: room, size: 11, maxLines: 2)
            plot += ChartText.elements(value, y: cy - 2, lineHeight: 14, [("x", coordinate(textX)), ("y", "0"), ("font-size", "12"), ("font-weight", "600"), ("fill", ChartStyle.ink)])
            plot += ChartText.elements(note, y: cy + 12, lineHeight: 13, [("x", coordinate(textX)), ("y", "0"), ("font-size", "11"), ("fill", ChartStyle.muted)])
        }
        let described = rows.map { r in
            "\(r.label)\(r.flow.isEmpty ? "" : " (\(r.flow))"): \(HumanNumber.format(r.observation.value, significant: r.observation.significantDigits)) \(currency)"
                + (r.observation.isEstimated ? ", estimated" : "")
        }.joined(separator: "; ")
        let frame = ChartFrame(
            title: title,
            subtitle: subtitle(rows, currency: currency, step: step),
            description: "\(title). \(described)." + ErrorMark.description(marked), sources: sources)
        if marked > 0 { plot += ErrorMark.legendRow(x: 20, y: plotHeight - 12) }
        return frame.document(plotHeight: plotHeight, plot: plot)
    }

    /// The scale, then a key to the marks and arrows that are drawn, and only those.
    static func subtitle(_ rows: [Row], currency: String, step: Int) -> String {
        var parts = ["\(currency), logarithmic scale: each gridline is \(step == 1 ? "ten" : "10^\(step)") times the one before, so small and large amounts can be read on one chart."]
        let observations = rows.map(\.observation)
        let full = observations.contains { !$0.period.isPartialYear }
        // Diamonds are every span that is not whole years; the key names the kinds drawn ("part of a year",
        // "a date" for a deal or pledge, "multi-year window"), so a dated deal is not called part of a year.
        var kinds: [String] = []
        for o in observations where o.period.isPartialYear {
            let word = o.period.coverage(indicator: o.key.indicator, isLevelAtDate: o.key.isLevelAtDate).word ?? "part of a year"
            if !kinds.contains(word) { kinds.append(word) }
        }
        if !kinds.isEmpty {
            let list = kinds.count == 1 ? kinds[0] : kinds.dropLast().joined(separator: ", ") + " or " + (kinds.last ?? "")
            parts.append(full ? "Circles are full years or longer, diamonds \(list)." : "Diamonds are \(list).")
        }
        if observations.contains(where: \.isDerived) { parts.append("Hollow marks are derived from other figures.") }
        let flows = rows.map(\.flow)
        if flows.contains(where: { $0.contains("→") }) { parts.append("A → B: from A to B (aid or investment given, goods sold or exported).") }
        if flows.contains(where: { $0.contains("↔") }) { parts.append("A ↔ B: trade both ways.") }
        return parts.joined(separator: " ")
    }
}
