import BilatCore
import Foundation

/// Amounts of very different sizes side by side ($2 million of aid beside a $1.6 billion deal) as a
/// dot plot on a logarithmic axis: bars would start at an arbitrary floor on a log scale, and a linear
/// axis would flatten every amount under $100 million into the baseline.
public enum MoneyComparisonChart {
    public typealias Row = ChartRow


    /// - Parameter flagged: ids of observations an open error finding involves; each gets a ring and the legend an entry.
    public static func render(title: String, currency: String, rows: [Row], sources: [Source], flagged: Set<String> = []) -> String {
        let rows = rows.sorted { ($0.observation.value, $0.label) > ($1.observation.value, $1.label) }
        let labelWidth = 330.0, left = labelWidth + 20, right = ChartStyle.width - 90
        let rowHeight = 40.0, top = 30.0
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
        for power in stride(from: lowPower, through: highPower, by: step) {
            let tx = x(pow(10, Double(power)))
            plot.append(SVGElement("line", [("x1", coordinate(tx)), ("x2", coordinate(tx)), ("y1", coordinate(top - 6)), ("y2", coordinate(bottom)),
                                            ("stroke", ChartStyle.grid)]))
            plot.append(SVGElement("text", [("x", coordinate(tx)), ("y", coordinate(top - 12)), ("font-size", "12"), ("text-anchor", "middle"),
                                            ("fill", ChartStyle.muted)], text: ValueLabel.tick(Decimal.power(power), unit: currency)))
        }
        for (i, row) in rows.enumerated() {
            let o = row.observation
            let cy = top + Double(i) * rowHeight + rowHeight / 2
            // The measure, on up to two lines; the period goes with the value.
            let lines = Array(ChartStyle.wrap(row.label, width: labelWidth, size: 12).prefix(2))
            for (n, line) in lines.enumerated() {
                let baseline = cy + 4 + (Double(n) - Double(lines.count - 1) / 2) * 14
                plot.append(SVGElement("text", [("x", coordinate(labelWidth)), ("y", coordinate(baseline)), ("font-size", "12"), ("text-anchor", "end"),
                                                ("fill", ChartStyle.ink)], text: line))
            }
            let placed = placeable(o.value.position)
            if placed {
                plot.append(SVGElement("line", [("x1", coordinate(left)), ("x2", coordinate(x(o.value.position))), ("y1", coordinate(cy)), ("y2", coordinate(cy)),
                                                ("stroke", ChartStyle.grid), ("stroke-width", "1"), ("stroke-dasharray", "1 3")]))
                plot.append(TimeSeriesChart.marker(partial: o.period.isPartialYear, derived: o.isDerived, x: x(o.value.position), y: cy))
            }
            if flagged.contains(o.id) { plot.append(ErrorMark.ring(x: placed ? x(o.value.position) : left - 10, y: cy)) }
            var text = ValueLabel.label(o, unit: currency)
            var notes = [o.period.rangeName]
            if o.isEstimated { notes.append("est.") }
            if !placed { notes.append("not on a logarithmic scale") }
            if !notes.isEmpty { text += " (\(notes.joined(separator: ", ")))" }
            plot.append(SVGElement("text", [("x", coordinate(placed ? x(o.value.position) + 10 : left)), ("y", coordinate(cy + 4)), ("font-size", "12"),
                                            ("font-weight", "600"), ("fill", ChartStyle.ink)], text: text))
        }
        let described = rows.map { "\($0.label): \(HumanNumber.format($0.observation.value, significant: $0.observation.significantDigits)) \(currency)" }
            .joined(separator: "; ")
        let frame = ChartFrame(
            title: title,
            subtitle: "\(currency), logarithmic scale: each gridline is \(step == 1 ? "ten" : "10^\(step)") times the one before, so small and large amounts can be read on one chart. Circles are full years, diamonds parts of a year.",
            description: "\(title). \(described)." + ErrorMark.description(marked), sources: sources)
        if marked > 0 { plot += ErrorMark.legendRow(x: 20, y: plotHeight - 12) }
        return frame.document(plotHeight: plotHeight, plot: plot)
    }
}
