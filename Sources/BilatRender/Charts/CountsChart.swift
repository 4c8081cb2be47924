import BilatCore
import Foundation

/// Counts with their qualifiers, in one panel per unit: rows that count the same thing (documents) share one axis,
/// so their bars compare; rows that count different things (documents, memorandums; officers, units) sit in
/// separate panels, each headed by its unit and with its own axis, and the subtitle says not to compare across
/// them. "More than" figures end in an arrow, "about" figures in a band of ±10 %.
public enum CountsChart {
    public typealias Row = ChartRow

    static let labelWidth = 250.0, rowGap = 10.0, axisHeight = 34.0, headingHeight = 26.0

    /// - Parameter flagged: ids of observations an open error finding involves; each gets a ring and the legend an entry.
    public static func render(title: String, rows: [Row], sources: [Source], flagged: Set<String> = []) -> String {
        let rows = rows.sorted {
            ($0.observation.key.unit, $0.observation.period.start, $0.label, $0.observation.id)
                < ($1.observation.key.unit, $1.observation.period.start, $1.label, $1.observation.id)
        }
        let units = Array(Set(rows.map(\.observation.key.unit))).sorted()
        let panelled = units.count > 1
        let left = labelWidth + 30
        // Room right of the plot for the longest value label (and an arrow's 52 px), within reason.
        let widest = rows.map { TextExtent.width(ValueLabel.label($0.observation, unit: $0.observation.key.unit) + " (est.)", size: 13, bold: true) }.max() ?? 0
        let right = ChartStyle.width - 20 - min(240, widest + 52)
        var plot: [SVGElement] = []
        var y = 4.0
        for unit in units {
            let panel = rows.filter { $0.observation.key.unit == unit }
            if panelled {
                let heading = TextExtent.fit("Counted in \(unit.isEmpty ? "no unit" : unit)", width: ChartStyle.width - 40, size: 13, bold: true)
                plot += ChartText.elements(heading, y: y + 15, lineHeight: 16, [("x", "20"), ("y", "0"), ("font-size", "13"), ("font-weight", "600"), ("fill", ChartStyle.ink)])
                plot.append(SVGElement("line", [("x1", "20"), ("x2", coordinate(ChartStyle.width - 20)), ("y1", coordinate(y + 21)), ("y2", coordinate(y + 21)), ("stroke", ChartStyle.grid)]))
                y += headingHeight
            }
            // One axis for the panel: every row in it counts the same thing.
            let drawn = panel.map { drawnValue($0.observation) }
            let ticks = NiceScale.ticks(upTo: (drawn.max() ?? 0) * 1.3, count: 4)
            let maxTick = ticks.last ?? 1
            func x(_ v: Double) -> Double { left + v / maxTick * (right - left) }
            let panelTop = y
            var rowsPlot: [SVGElement] = []
            for row in panel {
                let o = row.observation
                let label = TextExtent.fit(row.label, width: labelWidth - 20, size: 13, bold: true, maxLines: 2)
                let period = TextExtent.fit(o.period.isWindow || o.period.isApproximate ? "about \(o.period.rangeName)" : o.period.rangeName,
                                            width: labelWidth - 20, size: 11)
                let blockHeight = Double(label.lines.count) * 16 + 14
                rowsPlot += ChartText.elements(label, y: y + 14, lineHeight: 16, [("x", coordinate(labelWidth)), ("y", "0"), ("font-size", "13"), ("font-weight", "600"),
                                                                               ("text-anchor", "end"), ("fill", ChartStyle.ink)])
                rowsPlot += ChartText.elements(period, y: y + Double(label.lines.count) * 16 + 12, lineHeight: 14,
                                               [("x", coordinate(labelWidth)), ("y", "0"), ("font-size", "11"), ("text-anchor", "end"), ("fill", ChartStyle.muted)])
                let cy = y + blockHeight / 2 + 2
                rowsPlot += bar(o, x: x, left: left, cy: cy, flagged: flagged.contains(o.id))
                y += blockHeight + rowGap
            }
            // Gridlines behind the panel's rows, then its axis under them.
            for t in ticks {
                plot.append(SVGElement("line", [("x1", coordinate(x(t))), ("x2", coordinate(x(t))), ("y1", coordinate(panelTop)), ("y2", coordinate(y)),
                                                ("stroke", ChartStyle.grid)]))
            }
            plot += rowsPlot
            plot.append(SVGElement("line", [("x1", coordinate(left)), ("x2", coordinate(right)), ("y1", coordinate(y)), ("y2", coordinate(y)), ("stroke", ChartStyle.muted)]))
            let axis = ticks.map { (x: x($0), text: ValueLabel.tick(Decimal($0), unit: "")) }
            for (tick, labelled) in zip(axis, TickLabels.kept(axis, size: 11)) {
                plot.append(SVGElement("line", [("x1", coordinate(tick.x)), ("x2", coordinate(tick.x)), ("y1", coordinate(y)), ("y2", coordinate(y + 4)), ("stroke", ChartStyle.muted)]))
                if let labelled {
                    plot += ChartText.elements(labelled, y: y + 16, lineHeight: 14, [("x", coordinate(tick.x)), ("y", "0"), ("font-size", "11"),
                                                                                    ("text-anchor", "middle"), ("fill", ChartStyle.muted)])
                }
            }
            // The axis's unit right of its last tick label.
            let lastTick = min(80, TextExtent.width(axis.last?.text ?? "", size: 11) / 2)
            let caption = TextExtent.fit(unit, width: max(20, ChartStyle.width - 20 - right - lastTick - 8), size: 11)
            plot += ChartText.elements(caption, y: y + 16, lineHeight: 14, [("x", coordinate(right + lastTick + 8)), ("y", "0"), ("font-size", "11"),
                                                                           ("fill", ChartStyle.muted)])
            y += axisHeight
        }
        let marked = rows.filter { flagged.contains($0.observation.id) }.count
        if marked > 0 {
            plot += ErrorMark.legendRow(x: 20, y: y + 6)
            y += 24
        }
        let described = rows.map { r in
            let o = r.observation
            return "\(r.label), \(o.period.rangeName): \(ValueLabel.label(o, unit: o.key.unit)) (\(o.qualifier.rawValue.replacingOccurrences(of: "_", with: " ")))"
        }.joined(separator: "; ")
        let frame = ChartFrame(title: title, subtitle: subtitle(rows.map(\.observation), units: units),
                               description: "\(title). \(described)." + ErrorMark.description(marked), sources: sources)
        return frame.document(plotHeight: y, plot: plot)
    }

    /// A count below zero (or not a number) has no bar: it is drawn at zero, and its label gives the value.
    static func drawnValue(_ o: Observation) -> Double {
        o.value.position.isFinite ? max(0, o.value.position) : 0
    }

    /// The bar, its qualifier's mark, the error ring and the value label of one row centred on `cy`.
    static func bar(_ o: Observation, x: (Double) -> Double, left: Double, cy: Double, flagged: Bool) -> [SVGElement] {
        let drawn = drawnValue(o)
        let end = x(drawn)
        var plot: [SVGElement] = []
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
        if flagged { plot.append(ErrorMark.ring(x: end, y: cy)) }
        let bandEnd = o.qualifier == .approximately ? x(drawn * 1.1) : end
        // Never closer to the edge than 40 px, whatever the scale did with an extreme value.
        let labelX = min(bandEnd + (o.qualifier == .lowerBound ? 52 : 12), ChartStyle.width - 60)
        let value = TextExtent.fit(ValueLabel.label(o, unit: o.key.unit) + (o.isEstimated ? " (est.)" : ""), width: max(20, ChartStyle.width - 20 - labelX), size: 13, bold: true)
        plot += ChartText.elements(value, y: cy + 4, lineHeight: 16, [("x", coordinate(labelX)), ("y", "0"), ("font-size", "13"), ("font-weight", "600"), ("fill", ChartStyle.ink)])
        return plot
    }

    /// What the axes mean and a key to the marks that are drawn, and only those.
    static func subtitle(_ observations: [Observation], units: [String]) -> String {
        var parts: [String] = []
        if units.count > 1 {
            parts.append("Each panel counts a different thing (\(units.map { $0.isEmpty ? "no unit" : $0 }.joined(separator: ", "))) on its own axis: compare bars within a panel, not across panels.")
        } else if let unit = units.first, observations.count > 1 {
            parts.append("Every row counts \(unit.isEmpty ? "the same thing" : unit), on one axis.")
        }
        let qualifiers = Set(observations.map(\.qualifier))
        if qualifiers.contains(.lowerBound) { parts.append("An arrow means \"more than\".") }
        if qualifiers.contains(.approximately) { parts.append("A band means \"about\" (±10 %).") }
        if qualifiers.contains(.nearly) { parts.append("A band ending at the bar means \"nearly\".") }
        if qualifiers.contains(.upperBound) { parts.append("A red line at the end means \"at most\".") }
        if observations.contains(where: \.isDerived) { parts.append("Hollow bars are derived from other figures.") }
        return parts.joined(separator: " ")
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
