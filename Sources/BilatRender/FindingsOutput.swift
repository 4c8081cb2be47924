import BilatCore
import Foundation

/// `bilat check`: findings grouped by severity, each with its figures, sources and rows.
public enum FindingsOutput {
    public struct Line: Encodable, Sendable {
        public var relationship: String
        public var datasets: [String]
        public var id: String
        public var kind: String
        public var severity: String
        public var message: String
        public var figures: [String]
        public var sources: [String]
        public var rows: [String]
        public var accepted: Bool
        public var acceptedReason: String?

        public init(_ f: Finding, context: Context = Context()) {
            relationship = context.relationship; datasets = context.datasets
            id = f.id; kind = f.kind.rawValue; severity = f.severity.rawValue; message = f.message
            figures = f.subjects; sources = f.sourceIDs; rows = f.locations.map { "\($0.path):\($0.line)" }
            accepted = f.isAccepted; acceptedReason = f.acceptedReason
        }
    }

    /// The relationship a finding was found in, and the datasets of its rows.
    public struct Context: Sendable {
        public var relationship: String
        public var datasets: [String]
        public init(relationship: String = "", datasets: [String] = []) {
            self.relationship = relationship
            self.datasets = datasets
        }
    }

    public static let csvColumns = ["relationship", "datasets", "id", "kind", "severity", "accepted", "message", "sources", "rows", "accepted_reason"]

    public static func csv(_ findings: [Finding], writer: CSVWriter = CSVWriter(), context: (Finding) -> Context = { _ in Context() }) -> String {
        writer.render(header: csvColumns, rows: findings.map { csvCells($0, context: context($0)) })
    }

    /// One finding's CSV row.
    static func csvCells(_ f: Finding, context: Context) -> [CSVWriter.Cell] {
        let l = Line(f, context: context)
        return [.orEmpty(l.relationship), .orEmpty(l.datasets.joined(separator: ";")), .text(l.id), .text(l.kind), .text(l.severity), .text(l.accepted ? "yes" : "no"), .text(l.message),
                    .text(l.sources.joined(separator: ";")), .text(l.rows.joined(separator: ";")),
                l.acceptedReason.map { .text($0) } ?? .empty]
    }

    /// One finding's lines in the table; `relationship` is empty where the listing names none.
    static func appendTable(_ f: Finding, relationship: String, to out: inout String) {
        out += "  \(f.isAccepted ? "[accepted] " : "")\(relationship.isEmpty ? "" : relationship + " ")\(f.id)\n"
        out += "    \(f.message)\n"
        if !f.sourceIDs.isEmpty { out += "    sources: \(f.sourceIDs.joined(separator: ", "))\n" }
        for l in f.locations { out += "    at \(l.path):\(l.line)\n" }
        if let reason = f.acceptedReason { out += "    accepted because: \(reason)\n" }
    }

    public static func render(_ findings: [Finding], as format: OutputFormat, context: (Finding) -> Context = { _ in Context() }) throws -> String {
        switch format {
        case .json: return try JSONOutput.render(findings.map { Line($0, context: context($0)) })
        case .csv: return csv(findings, context: context)
        case .table:
            guard !findings.isEmpty else { return "no findings\n" }
            var out = ""
            // Relationships are named only where the findings span several.
            let several = Set(findings.map { context($0).relationship }).count > 1
            for severity in Finding.Severity.allCases {
                let group = findings.filter { $0.severity == severity }
                guard !group.isEmpty else { continue }
                let open = group.filter { !$0.isAccepted }.count
                out += "\(severity.rawValue)s: \(group.count)\(open == group.count ? "" : " (\(group.count - open) accepted)")\n"
                for f in group { appendTable(f, relationship: several ? context(f).relationship : "", to: &out) }
            }
            return out
        }
    }
}
