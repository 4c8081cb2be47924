import Foundation
import BilatCore

/// What `bilat build` says the project holds: datasets, relationships, figures per indicator with the span of
/// periods, and the findings.
public enum BuildSummary {
    /// Relationships listed one by one before the rest are counted.
    static let listedRelationships = 12

    public static func lines(_ outcome: AnalysisStage.Outcome) -> [String] {
        var lines: [String] = []
        for d in outcome.datasets {
            lines.append("\(d.name): \(d.sources.count) sources, \(d.figures.count) figures, \(d.events.count) events, \(d.indicators.count) indicators")
        }
        let relationships = outcome.relationships
        if relationships.count > 1 {
            lines.append("\(relationships.count) relationships:")
            for r in relationships.prefix(listedRelationships) {
                lines.append("  \(r.relationship.id) \(r.view.title): \(r.dataset.figures.count) figures, from \(r.view.datasets.joined(separator: ", "))")
            }
            if relationships.count > listedRelationships {
                lines.append("  … and \(relationships.count - listedRelationships) more (see Output/index.html)")
            }
        }
        var spans: [String: (count: Int, first: Int, last: Int)] = [:]
        for d in outcome.datasets {
            for f in d.figures {
                let known = spans[f.indicator]
                spans[f.indicator] = ((known?.count ?? 0) + 1, min(known?.first ?? f.period.start.year, f.period.start.year),
                                      max(known?.last ?? f.period.end.year, f.period.end.year))
            }
        }
        let width = spans.keys.map(\.count).max() ?? 0
        for indicator in spans.keys.sorted() {
            guard let s = spans[indicator] else { continue }
            let span = s.first == s.last ? "\(year(s.first))" : "\(year(s.first))–\(year(s.last))"
            let name = indicator.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("\(name)  \(s.count) figure\(s.count == 1 ? "" : "s"), \(span)")
        }
        return lines
    }

    /// Four digits, as the store's ISO dates print a year.
    static func year(_ y: Int) -> String {
        let digits = String(abs(y))
        return (y < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
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

    /// Errors printed one by one before the rest are counted: at a million figures there can be thousands.
    static let listedErrors = 20

    /// Each open error-level finding, with its relationship and the first row it names.
    public static func openErrorLines(_ outcome: AnalysisStage.Outcome) -> [String] {
        var open: [(String, Finding)] = []
        for r in outcome.relationships {
            for f in r.findings where f.severity == .error && !f.isAccepted { open.append((r.relationship.id, f)) }
        }
        var lines = open.prefix(listedErrors).map { relationship, f in
            "error: \(relationship): \(f.message)" + (f.locations.first.map { " (\($0.path):\($0.line))" } ?? "")
        }
        if open.count > listedErrors { lines.append("… and \(open.count - listedErrors) more errors; see bilat check") }
        return lines
    }
}
