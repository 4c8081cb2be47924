import Foundation
import BilatCore

/// What `bilat build` says the store holds: figures per indicator, with the span of periods.
public enum BuildSummary {
    public static func lines(datasets: [Dataset], figures: [FigureListing]) -> [String] {
        var lines: [String] = []
        for d in datasets {
            lines.append("\(d.name): \(d.sources.count) sources, \(d.figures.count) figures, \(d.events.count) events, \(d.indicators.count) indicators")
        }
        let byIndicator = Dictionary(grouping: figures, by: \.indicator)
        let width = byIndicator.keys.map(\.count).max() ?? 0
        for indicator in byIndicator.keys.sorted() {
            let group = byIndicator[indicator]!
            let first = group.map(\.periodStart).min()!.prefix(4), last = group.map(\.periodEnd).max()!.prefix(4)
            let span = first == last ? String(first) : "\(first)–\(last)"
            let name = indicator.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("\(name)  \(group.count) figure\(group.count == 1 ? "" : "s"), \(span)")
        }
        return lines
    }
}
