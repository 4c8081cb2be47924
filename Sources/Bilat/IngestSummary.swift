import Foundation
import BilatStore

/// The lines `bilat ingest` and `bilat build` print about what changed.
public enum IngestSummary {
    public static func lines(_ report: IngestReport, database: String) -> [String] {
        var lines: [String] = []
        for table in ["figures", "sources", "events", "statuses", "indicators", "parties"] {
            let c = report[table]
            lines.append("\(table.padding(toLength: 10, withPad: " ", startingAt: 0)) \(c.added) added, \(c.changed) changed, \(c.removed) removed, \(c.unchanged) unchanged"
                         + (c.moved > 0 ? " (\(c.moved) on another line)" : ""))
        }
        for name in report.removedDatasets { lines.append("removed dataset \(name) (its folder is gone)") }
        lines.append(report.wroteAnything ? "wrote \(database)" : "no changes; \(database) left as it was")
        return lines
    }
}
