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

    /// "2 warnings (1 accepted); see bilat check", or "no findings".
    public static func findingsLine(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "no findings" }
        let parts = Finding.Severity.allCases.compactMap { severity -> String? in
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { return nil }
            let accepted = group.filter(\.isAccepted).count
            return "\(group.count) \(severity.rawValue)\(group.count == 1 ? "" : "s")" + (accepted > 0 ? " (\(accepted) accepted)" : "")
        }
        return parts.joined(separator: ", ") + "; see bilat check"
    }
}
