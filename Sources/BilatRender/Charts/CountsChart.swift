import BilatCore
import Foundation

/// Counts with their qualifiers: each figure on its own row and its own axis, because counts in
/// different units (officers, units) are not one measure. "More than" figures end in an arrow,
/// "about" figures in a band of ±10 %.
public enum CountsChart {
    public typealias Row = ChartRow


    /// - Parameter flagged: ids of observations an open error finding involves; each gets a ring and the legend an entry.
    public static func render(title: String, rows: [Row], sources: [Source], flagged: Set<String> = []) -> String {
        let rows = rows.sorted { ($0.observation.period.start, $0.label) < ($1.observation.period.start, $1.label) }
        let labelWidth = 250.0, left = labelWidth + 30, right = ChartStyle.width - 150
        let rowHeight = 70.0
        let marked = rows.filter { flagged.contains($0.observation.id) }.count
        let plotHeight = Double(rows.count) * rowHeight + 10 + (marked > 0 ? 24 : 0)
        var plot: [SVGElement] = []
        for (i, row) in rows.enumerated() {
            let o = row.observation
            let top = Double(i) * rowHeight + 10
            let cy = top + 18
            // A count below zero (or not a number) has no bar: it is drawn at zero, and its label gives the value.
            let drawn = o.value.position.isFinite ? max(0, o.value.position) : 0
            let ticks = NiceScale.ticks(upTo: drawn * 1.3, count: 4)
            let maxTick = ticks.last ?? 1
            func x(_ v: Double) -> Double { left + v / maxTick * (right - left) }
            plot.append(SVGElement("text", [("x", coordinate(labelWidth)), ("y", coordinate(cy + 4)), ("font-size", "13"), ("font-weight", "600"),
                                            ("text-anchor", "end"), ("fill", ChartStyle.ink)], text: row.label))
            plot.append(SVGElement("text", [("x", coordinate(labelWidth)), ("y", coordinate(cy + 20)), ("font-size", "11"), ("text-anchor", "end"),
                                            ("fill", ChartStyle.muted)], text: o.period.isWindow || o.period.isApproximate ? "about \(o.period.rangeName)" : o.period.rangeName))
            // The row's own axis, in its own unit.
            plot.append(SVGElement("line", [("x1", coordinate(left)), ("x2", coordinate(right)), ("y1", coordinate(cy + 14)), ("y2", coordinate(cy + 14)), ("stroke", ChartStyle.muted)]))
            for t in ticks {
                plot.append(SVGElement("line", [("x1", coordinate(x(t))), ("x2", coordinate(x(t))), ("y1", coordinate(cy + 14)), ("y2", coordinate(cy + 18)), ("stroke", ChartStyle.muted)]))
                plot.append(SVGElement("text", [("x", coordinate(x(t))), ("y", coordinate(cy + 30)), ("font-size", "11"), ("text-anchor", "middle"), ("fill", ChartStyle.muted)],
                                       text: ValueLabel.tick(Decimal(t), unit: "")))
            }
            let end = x(drawn)
            plot.append(SVGElement("rect", [("x", coordinate(left)), ("y", coordinate(cy - 8)), ("width", coordinate(end - left)), ("height", "16"),
                                            ("fill", o.isDerived ? "#ffffff" : ChartStyle.green), ("stroke", ChartStyle.green)]))
            switch o.qualifier {
            case .lowerBound:
                // Open to the right: the true count is at least this.
                plot.append(SVGElement("line", [("x1", coordinate(end)), ("x2", coordinate(end + 36)), ("y1", coordinate(cy)), ("y2", coordinate(cy)),
                                                ("stroke", ChartStyle.green), ("stroke-width", "2"), ("stroke-dasharray", "4 3")]))
                plot.append(SVGElement("path", [("d", "M \(coordinate(end + 36)) \(coordinate(cy - 5)) L \(coordinate(end + 44)) \(coordinate(cy)) L \(coordinate(end + 36)) \(coordinate(cy + 5)) Z"),
                                                ("fill", ChartStyle.green)]))
            case .upperBound:
                plot.append(SVGElement("line", [("x1", coordinate(end)), ("x2", coordinate(end)), ("y1", coordinate(cy - 12)), ("y2", coordinate(cy + 12)),
                                                ("stroke", ChartStyle.vermillion), ("stroke-width", "2")]))
            case .approximately, .nearly:
                let low = x(drawn * 0.9), high = x(drawn * (o.qualifier == .nearly ? 1.0 : 1.1))
                plot.append(SVGElement("rect", [("x", coordinate(low)), ("y", coordinate(cy - 11)), ("width", coordinate(high - low)), ("height", "22"),
                                                ("fill", ChartStyle.green), ("fill-opacity", "0.25")]))
            case .exact:
                break
            }
            if flagged.contains(o.id) { plot.append(ErrorMark.ring(x: end, y: cy)) }
            let bandEnd = o.qualifier == .approximately ? x(drawn * 1.1) : end
            let labelX = bandEnd + (o.qualifier == .lowerBound ? 52 : 12)
            let valueText = ValueLabel.label(o, unit: o.key.unit)
            plot.append(SVGElement("text", [("x", coordinate(labelX)), ("y", coordinate(cy + 4)), ("font-size", "13"), ("font-weight", "600"), ("fill", ChartStyle.ink)],
                                   text: valueText))
        }
        let units = Set(rows.map(\.observation.key.unit))
        let subtitle = units.count > 1
            ? "Each row has its own axis: \(units.sorted().joined(separator: " and ")) are different measures and are not compared. An arrow means \"more than\"; a band means \"about\"."
            : "An arrow means \"more than\"; a band means \"about\" (±10 %)."
        let described = rows.map { r in
            let o = r.observation
            return "\(r.label), \(o.period.rangeName): \(ValueLabel.label(o, unit: o.key.unit)) (\(o.qualifier.rawValue.replacingOccurrences(of: "_", with: " ")))"
        }.joined(separator: "; ")
        if marked > 0 { plot += ErrorMark.legendRow(x: labelWidth - 200, y: plotHeight - 12) }
        let frame = ChartFrame(title: title, subtitle: subtitle, description: "\(title). \(described)." + ErrorMark.description(marked), sources: sources)
        return frame.document(plotHeight: plotHeight, plot: plot)
    }
}

extension Period {
    /// "Oct 2012–Oct 2022", "2014–2024", "Feb 2022", "12 Dec 1991", "28 Feb–1 Mar 2017".
    public var rangeName: String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func month(_ d: CalendarDate) -> String { "\(months[d.month - 1]) \(d.year)" }
        func day(_ d: CalendarDate, year: Bool = true) -> String { "\(d.day) \(months[d.month - 1])" + (year ? " \(d.year)" : "") }
        switch granularity {
        case .year where isFiscalYear:
            return "\(fiscalName) (\(month(start))–\(month(end)))"
        case .year:
            return start.year == end.year ? String(start.year) : "\(start.year)–\(end.year)"
        case .month, .quarter:
            if start.year == end.year && start.month == end.month { return month(start) }
            if start.year == end.year { return "\(months[start.month - 1])–\(months[end.month - 1]) \(start.year)" }
            return "\(month(start))–\(month(end))"
        case .day:
            if start == end { return day(start) }
            return start.year == end.year ? "\(day(start, year: false))–\(day(end))" : "\(day(start))–\(day(end))"
        }
    }
}
