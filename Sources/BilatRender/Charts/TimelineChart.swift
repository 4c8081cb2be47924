import BilatCore
import Foundation

/// Events in date order, one row each, with an open gap marked wherever years pass without one.
public enum TimelineChart {
    public static func render(title: String, events: [Event], sources: [Source]) -> String {
        let events = events.sorted { ($0.date.start, $0.date.end, $0.id) < ($1.date.start, $1.date.end, $1.id) }
        let dateRight = 150.0, lineX = 166.0, textLeft = 182.0, textWidth = ChartStyle.width - textLeft - 20
        var plot: [SVGElement] = []
        var y = 10.0
        var previous: Event?
        var rows: [(y: Double, height: Double)] = []
        for event in events {
            if let previous, event.date.start.year - previous.date.end.year > 2 {
                let gap = "no events recorded \(previous.date.end.year + 1)–\(event.date.start.year - 1)"
                plot.append(SVGElement("text", [("x", coordinate(textLeft)), ("y", coordinate(y + 12)), ("font-size", "11"), ("font-style", "italic"),
                                                ("fill", ChartStyle.muted)], text: gap))
                plot.append(SVGElement("line", [("x1", coordinate(lineX - 6)), ("x2", coordinate(lineX + 6)), ("y1", coordinate(y + 5)), ("y2", coordinate(y + 9)), ("stroke", ChartStyle.muted)]))
                plot.append(SVGElement("line", [("x1", coordinate(lineX - 6)), ("x2", coordinate(lineX + 6)), ("y1", coordinate(y + 10)), ("y2", coordinate(y + 14)), ("stroke", ChartStyle.muted)]))
                y += 22
            }
            let lines = ChartStyle.wrap(event.title, width: textWidth, size: 13)
            let date = event.date.isApproximate && event.date.granularity != .year ? event.dateText : event.date.rangeName
            // A long date wraps to two lines in its column; beyond that it is shortened, whole in its <title>.
            let dateText = TextExtent.fit(date, width: dateRight - 20, size: 12, maxLines: 2)
            let height = max(dateText.lines.count > 1 ? 40 : 26, Double(lines.count) * 17 + 9)
            plot += ChartText.elements(dateText, y: y + 13, lineHeight: 14,
                                       [("x", coordinate(dateRight)), ("y", "0"), ("font-size", "12"), ("text-anchor", "end"), ("fill", ChartStyle.muted)])
            plot.append(SVGElement("circle", [("cx", coordinate(lineX)), ("cy", coordinate(y + 9)), ("r", "4.5"),
                                              ("fill", event.note.isEmpty ? ChartStyle.blue : ChartStyle.vermillion)]))
            for (i, line) in lines.enumerated() {
                plot.append(SVGElement("text", [("x", coordinate(textLeft)), ("y", coordinate(y + 13 + Double(i) * 17)), ("font-size", "13"), ("fill", ChartStyle.ink)], text: line))
            }
            rows.append((y, height))
            y += height
            previous = event
        }
        plot.insert(SVGElement("line", [("x1", coordinate(lineX)), ("x2", coordinate(lineX)), ("y1", "4"), ("y2", coordinate(y)), ("stroke", ChartStyle.grid), ("stroke-width", "2")]), at: 0)
        let described = events.map { "\($0.date.rangeName): \($0.title)" }.joined(separator: "; ")
        let frame = ChartFrame(
            title: title,
            subtitle: "\(events.count) events. Red dots mark events whose sources disagree or carry a note.",
            description: "\(title). \(described).", sources: sources)
        return frame.document(plotHeight: y + 4, plot: plot)
    }
}
