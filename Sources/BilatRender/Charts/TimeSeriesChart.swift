import BilatCore
import Foundation

/// A series over time: full years as filled circles, parts of a year as diamonds with their months,
/// derived values hollow and dashed, lines only between periods one year apart — never across a gap.
public enum TimeSeriesChart {
    /// - Parameter flagged: ids of observations an open error finding involves; each gets a ring and the legend an entry.
    public static func render(title: String, key: SeriesKey, observations: [Observation], sources: [Source],
                              flagged: Set<String> = []) -> String {
        // A value with no place on an axis (NaN) is left out rather than drawn at a made-up height.
        let points = observations.filter { $0.value.position.isFinite }
            .sorted { ($0.period.start, $0.period.end, $0.id) < ($1.period.start, $1.period.end, $1.id) }
        let right = ChartStyle.width - 30
        // A range reaches up to its high end.
        let maxValue = points.map { $0.highOrValue.position.isFinite ? $0.highOrValue.position : $0.value.position }.max() ?? 1
        // Zero is on the axis; a negative value (a trade balance) takes the axis below it.
        let minValue = min(0, points.map(\.value.position).min() ?? 0)
        let ticks = NiceScale.ticks(from: minValue * 1.15, upTo: maxValue * 1.15)
        let yMin = ticks.first ?? 0, yMax = ticks.last ?? 1
        // The plot starts right of its widest tick label ("$1000T").
        // Ticks of a count are numbers: its unit, however long, is in the subtitle.
        let tickUnit = ValueLabel.isMoney(key.unit) ? key.unit : ""
        let tickWidth = ticks.map { TextExtent.width(ValueLabel.tick(Decimal($0), unit: tickUnit), size: 12) }.max() ?? 0
        let left = min(max(78, tickWidth + 28), ChartStyle.width / 2)
        // The key above the plot, in as many rows as its entries need.
        let legend = legendEntries(points)
        let legendRows = layoutLegend(legend.map(\.0), from: left, to: right)
        let top = 16 + 18 * Double(max(1, legendRows.map(\.row).max().map { $0 + 1 } ?? 1))
        let plotHeight = top + 266, bottom = plotHeight - 30
        let firstYear = points.map(\.period.start.year).min() ?? 2000
        // The axis ends where the next year would begin: year 10000 has no date, so it is only a number here.
        let lastYear = max((points.map(\.period.end.year).max() ?? 2000) + 1, firstYear + 1)
        let span = lastYear - firstYear
        let yearWidth = (right - left) / Double(span)
        func x(year: Int) -> Double { left + Double(year - firstYear) * yearWidth }
        func x(_ d: CalendarDate) -> Double {
            let fraction = (Double(d.month - 1) + Double(d.day - 1) / 31) / 12
            return x(year: d.year) + fraction * yearWidth
        }
        // The middle of a period: from its first day to the end of its last day.
        func xMid(_ p: Period) -> Double { (x(p.start) + x(p.end) + yearWidth / 365) / 2 }
        func y(_ v: Double) -> Double { bottom - (v - yMin) / (yMax - yMin) * (bottom - top) }

        var plot: [SVGElement] = []
        for t in ticks {
            plot.append(SVGElement("line", [("x1", coordinate(left)), ("x2", coordinate(right)), ("y1", coordinate(y(t))), ("y2", coordinate(y(t))),
                                            ("stroke", t == 0 ? ChartStyle.muted : ChartStyle.grid), ("stroke-width", "1")]))
            plot += ChartText.elements(TextExtent.fit(ValueLabel.tick(Decimal(t), unit: tickUnit), width: left - 16, size: 12), y: y(t) + 4, lineHeight: 14,
                                       [("x", coordinate(left - 8)), ("y", "0"), ("font-size", "12"), ("text-anchor", "end"), ("fill", ChartStyle.muted)])
        }
        // x axis: a label per year in the middle of its span, or fewer labels on long spans; a tick per year
        // up to a lifetime, and beyond that (year 1 to 9999 is valid data) a tick per label only.
        let every = Self.labelEvery(span: span)
        for year in firstYear...lastYear where span <= 120 || year % every == 0 || year == firstYear || year == lastYear {
            let tx = x(year: year)
            plot.append(SVGElement("line", [("x1", coordinate(tx)), ("x2", coordinate(tx)), ("y1", coordinate(bottom)), ("y2", coordinate(bottom + 5)), ("stroke", ChartStyle.muted)]))
            guard year < lastYear, year % every == 0 else { continue }
            let at = every == 1 ? tx + yearWidth / 2 : tx
            plot.append(SVGElement("text", [("x", coordinate(at)), ("y", coordinate(bottom + 20)), ("font-size", "12"), ("text-anchor", "middle"), ("fill", ChartStyle.muted)], text: String(year)))
        }

        // Lines only between comparable periods a year apart.
        for (i, a) in points.enumerated() {
            for b in points[(i + 1)...] where b.period.yearsAfter(a.period) == 1 {
                let color = a.period.isPartialYear ? ChartStyle.orange : ChartStyle.blue
                var attributes = [("x1", coordinate(xMid(a.period))), ("y1", coordinate(y(a.value.position))), ("x2", coordinate(xMid(b.period))),
                                  ("y2", coordinate(y(b.value.position))), ("stroke", color), ("stroke-width", "2")]
                if a.isDerived || b.isDerived { attributes.append(("stroke-dasharray", "5 4")) }
                plot.append(SVGElement("line", attributes))
            }
        }

        var placer = LabelPlacer(bounds: .init(x0: left, y0: 0, x1: right, y1: bottom - 2))
        // The error entry goes under the axis, where a row of its own always has room.
        let marked = points.filter { flagged.contains($0.id) }
        if !marked.isEmpty { plot += ErrorMark.legendRow(x: left, y: plotHeight + 2) }
        for ((_, symbol), spot) in zip(legend, legendRows) {
            let ly = 8 + Double(spot.row) * 18
            plot.append(SVGElement("g", [("transform", "translate(\(coordinate(spot.x + 6)),\(coordinate(ly)))")], children: [symbol]))
            plot += ChartText.elements(spot.text, y: ly + 4, lineHeight: 14, [("x", coordinate(spot.x + 16)), ("y", "0"), ("font-size", "12"), ("fill", ChartStyle.ink)])
            placer.reserve(.init(x0: spot.x, y0: ly - 8, x1: spot.x + spot.width, y1: ly + 10))
        }

        for p in points {
            let px = xMid(p.period), py = y(p.value.position)
            if p.period.isPartialYear {
                // The months the value covers, drawn under the marker.
                plot.append(SVGElement("line", [("x1", coordinate(x(p.period.start))), ("x2", coordinate(x(p.period.end) + yearWidth / 12)),
                                                ("y1", coordinate(py)), ("y2", coordinate(py)), ("stroke", ChartStyle.orange), ("stroke-width", "3"),
                                                ("stroke-opacity", "0.45")]))
            }
            if let high = p.high, high.position.isFinite {
                // A range: a bar from its low end, where the marker sits, to its high end.
                plot.append(SVGElement("line", [("x1", coordinate(px)), ("x2", coordinate(px)), ("y1", coordinate(py)),
                                                ("y2", coordinate(y(high.position))), ("stroke", ChartStyle.blue), ("stroke-width", "3"),
                                                ("stroke-opacity", "0.45")]))
                placer.reserve(.init(x0: px - 4, y0: y(high.position) - 4, x1: px + 4, y1: py))
            }
            plot.append(marker(partial: p.period.isPartialYear, derived: p.isDerived, x: px, y: py))
            if flagged.contains(p.id) { plot.append(ErrorMark.ring(x: px, y: py)) }
            let reach = flagged.contains(p.id) ? 11.0 : 7.0
            placer.reserve(.init(x0: px - reach, y0: py - reach, x1: px + reach, y1: py + reach))
        }
        for p in points {
            let px = xMid(p.period), py = y(p.value.position)
            let value = ValueLabel.label(p, unit: key.unit)
            var notes: [String] = []
            if p.period.isPartialYear { notes.append(partName(p.period)) }
            if p.isEstimated { notes.append("est.") }
            if p.isDerived { notes.append("derived") }
            let lines = [value] + (notes.isEmpty ? [] : [notes.joined(separator: ", ")])
            let width = lines.enumerated().map { TextExtent.width($1, size: $0 == 0 ? 12 : 11, bold: $0 == 0) }.max() ?? 0
            // Where no free place is left (hundreds of points), the label is the marker's tooltip instead.
            guard let spot = placer.place(x: px, y: py, width: width, lines: lines.count, lineHeight: 14) else {
                plot.append(SVGElement("circle", [("cx", coordinate(px)), ("cy", coordinate(py)), ("r", "7"), ("fill", "none"), ("pointer-events", "all")],
                                       children: [SVGElement("title", text: lines.joined(separator: ", "))]))
                continue
            }
            for (i, line) in lines.enumerated() {
                var attributes = [("x", coordinate(spot.x)), ("y", coordinate(spot.y + Double(i) * 14)), ("font-size", i == 0 ? "12" : "11"),
                                  ("text-anchor", "middle"), ("fill", i == 0 ? ChartStyle.ink : ChartStyle.muted)]
                if i == 0 { attributes.append(("font-weight", "600")) }
                plot.append(SVGElement("text", attributes, text: line))
            }
        }

        let described = points.map { p -> String in
            var s = "\(p.period.shortName): \(HumanNumber.format(p.value, significant: p.significantDigits))"
                + (p.high.map { " to " + HumanNumber.format($0, significant: $0.significantDigits) } ?? "") + " \(key.unit)"
            var notes: [String] = []
            if p.qualifier != .exact { notes.append(p.qualifier.rawValue.replacingOccurrences(of: "_", with: " ")) }
            if p.isEstimated { notes.append("estimated") }
            if p.isDerived { notes.append("derived") }
            if p.period.isPartialYear { notes.append("part of a year") }
            if !notes.isEmpty { s += " (\(notes.joined(separator: ", ")))" }
            return s
        }.joined(separator: "; ")
        let frame = ChartFrame(
            title: title,
            subtitle: "\(key.unit) by period. Lines join only periods one year apart; gaps are left open.",
            description: "\(title), \(key.unit). \(described)." + ErrorMark.description(marked.count),
            sources: sources)
        return frame.document(plotHeight: plotHeight, plot: plot)
    }

    /// Years between axis labels: every year on short spans, round steps giving at most a dozen labels on long ones.
    static func labelEvery(span: Int) -> Int {
        if span <= 12 { return 1 }
        if span <= 30 { return 5 }
        if span <= 120 { return 10 }
        return [20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500].first { span / $0 <= 12 } ?? 5000
    }

    /// The key's entries for the marks drawn, and only those; the part-of-a-year entry names the parts drawn.
    static func legendEntries(_ points: [Observation]) -> [(String, SVGElement)] {
        var legend: [(String, SVGElement)] = []
        if points.contains(where: { !$0.period.isPartialYear }) {
            legend.append(("full year or longer", marker(partial: false, derived: false, x: 0, y: 0)))
        }
        var parts: [String] = []
        for p in points where p.period.isPartialYear && !parts.contains(partName(p.period)) { parts.append(partName(p.period)) }
        if !parts.isEmpty {
            legend.append(("part of a year (\(parts.joined(separator: ", ")))", marker(partial: true, derived: false, x: 0, y: 0)))
        }
        if points.contains(where: \.isDerived) {
            legend.append(("derived: computed from a stated change or a total", marker(partial: false, derived: true, x: 0, y: 0)))
        }
        return legend
    }

    /// Legend entries left to right, a new row when the next does not fit; an entry wider than a row is shortened.
    static func layoutLegend(_ texts: [String], from left: Double, to right: Double) -> [(text: TextExtent.Fitted, x: Double, row: Int, width: Double)] {
        var placed: [(text: TextExtent.Fitted, x: Double, row: Int, width: Double)] = []
        var x = left, row = 0
        for text in texts {
            let fitted = TextExtent.fit(text, width: right - left - 16, size: 12)
            let width = 16 + (fitted.lines.map { TextExtent.width($0, size: 12) }.max() ?? 0) + 18
            if x > left && x + width - 18 > right { x = left; row += 1 }
            placed.append((fitted, x, row, width))
            x += width
        }
        return placed
    }

    /// "Q1", "H2", or the months ("Jan–Sep"): the year is on the axis.
    static func partName(_ p: Period) -> String {
        let s = p.start, e = p.end
        let wholeMonths = s.day == 1 && CalendarDate.lastDay(year: e.year, month: e.month) == e && s.year == e.year
        if wholeMonths, e.month - s.month == 2, (s.month - 1) % 3 == 0 { return "Q\((s.month - 1) / 3 + 1)" }
        if wholeMonths, e.month - s.month == 5, s.month == 1 || s.month == 7 { return s.month == 1 ? "H1" : "H2" }
        return monthsName(p)
    }

    static func monthsName(_ p: Period) -> String {
        let name = p.shortName
        // "Jan–Sep 2018" → "Jan–Sep": the year is on the axis.
        if let space = name.lastIndex(of: " "), Int(name[name.index(after: space)...]) != nil { return String(name[..<space]) }
        return name
    }

    static func marker(partial: Bool, derived: Bool, x: Double, y: Double) -> SVGElement {
        let color = partial ? ChartStyle.orange : ChartStyle.blue
        var style = [("fill", derived ? "#ffffff" : color), ("stroke", color), ("stroke-width", "2")]
        if derived { style.append(("stroke-dasharray", "2 2")) }
        if partial {
            let d = "M \(coordinate(x)) \(coordinate(y - 6)) L \(coordinate(x + 6)) \(coordinate(y)) L \(coordinate(x)) \(coordinate(y + 6)) L \(coordinate(x - 6)) \(coordinate(y)) Z"
            return SVGElement("path", [("d", d)] + style)
        }
        return SVGElement("circle", [("cx", coordinate(x)), ("cy", coordinate(y)), ("r", "5")] + style)
    }
}
