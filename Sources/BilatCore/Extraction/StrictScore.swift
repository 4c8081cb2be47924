/// Why a proposed row was wrong or an expected row was missed.
public enum StrictFailure: Hashable, Sendable, CustomStringConvertible {
    /// A proposed row equal to an expected row an earlier proposal already matched: the figure proposed twice.
    case duplicate
    /// A proposed row whose value (and unit) no expected row of the article has.
    case notExpected
    /// An expected row whose value (and unit) no proposed row of the article has.
    case notProposed
    /// A row with the same value as its nearest counterpart, differing in these fields.
    case fields([StrictField])

    public var description: String {
        switch self {
        case .duplicate: return "duplicate"
        case .notExpected: return "not expected"
        case .notProposed: return "not proposed"
        case .fields(let f): return f.map(\.rawValue).joined(separator: ", ")
        }
    }
}

/// Strict precision and recall: a proposed row is right only when its value (and a range's high end), unit,
/// indicator, period, compared period, qualifier and direction all equal those of an expected row of the same
/// article that no earlier proposal matched. Each expected row is matched at most once, so a figure proposed
/// twice counts once and the second proposal is wrong.
public struct StrictScore: Sendable, CustomStringConvertible {
    public struct Failure: Hashable, Sendable {
        public var article: String
        public var row: StrictRow
        public var reason: StrictFailure
        /// The nearest counterpart, for `fields`: the expected row a wrong proposal resembles, or the proposal
        /// a missed row resembles.
        public var nearest: StrictRow?
    }

    public var expected = 0
    public var proposed = 0
    public var correct = 0
    public var wrong: [Failure] = []
    public var missed: [Failure] = []

    public init() {}

    public var precision: Double { proposed == 0 ? 1 : Double(correct) / Double(proposed) }
    public var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }

    public var description: String {
        "strict precision \(Self.rounded(precision)) (\(correct)/\(proposed)), recall \(Self.rounded(recall)) (\(correct)/\(expected))"
    }

    static func rounded(_ x: Double) -> String {
        let thousandths = Int((x * 1000).rounded())
        let text = String(thousandths / 1000) + "." + String(String(thousandths % 1000 + 1000).dropFirst())
        return text
    }

    /// Adds one article: its proposed rows (in article order) against its expected rows.
    public mutating func add(article: String, proposed rows: [StrictRow], expected labels: [StrictRow]) {
        expected += labels.count
        proposed += rows.count
        var matched = [Bool](repeating: false, count: labels.count)
        for row in rows {
            if let i = labels.indices.first(where: { !matched[$0] && row.differences(from: labels[$0]).isEmpty }) {
                matched[i] = true
                correct += 1
            } else if labels.contains(where: { row.differences(from: $0).isEmpty }) {
                wrong.append(Failure(article: article, row: row, reason: .duplicate, nearest: nil))
            } else {
                let (reason, nearest) = Self.explain(row, among: labels, absent: .notExpected)
                wrong.append(Failure(article: article, row: row, reason: reason, nearest: nearest))
            }
        }
        for (i, label) in labels.enumerated() where !matched[i] {
            let (reason, nearest) = Self.explain(label, among: rows, absent: .notProposed)
            missed.append(Failure(article: article, row: label, reason: reason, nearest: nearest))
        }
    }

    /// The fields `row` gets wrong against its nearest counterpart with the same value and unit (fewest
    /// differences, first in order on a tie), or `absent` when none has that value.
    static func explain(_ row: StrictRow, among others: [StrictRow], absent: StrictFailure) -> (StrictFailure, StrictRow?) {
        var best: (fields: [StrictField], row: StrictRow)? = nil
        for other in others where other.value == row.value && other.unitKey == row.unitKey {
            let d = row.differences(from: other)
            if let b = best, b.fields.count <= d.count { continue }
            best = (d, other)
        }
        guard let best else { return (absent, nil) }
        return (.fields(best.fields), best.row)
    }

    /// How often each field was wrong among rows that had a counterpart with the same value, and how many rows
    /// had none (not proposed, not expected) or were duplicates. A row wrong in two fields counts for both.
    public var breakdown: [(String, Int)] {
        var counts: [String: Int] = [:]
        for f in wrong + missed {
            switch f.reason {
            case .fields(let fields): for field in fields { counts[field.rawValue, default: 0] += 1 }
            default: counts[f.reason.description, default: 0] += 1
            }
        }
        let order = StrictField.allCases.map(\.rawValue) + ["not proposed", "not expected", "duplicate"]
        return order.compactMap { key in counts[key].map { (key, $0) } }
    }

    /// The breakdown in one line: `period 5, direction 3, not proposed 12`.
    public var breakdownText: String {
        let parts = breakdown.map { "\($0.0) \($0.1)" }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// Recall by kind of wording: for each kind label on expected rows, matched of expected.
    public func recallByKind(expected rows: [StrictRow]) -> [(kind: String, found: Int, of: Int)] {
        var total: [String: Int] = [:], lost: [String: Int] = [:]
        for r in rows { for k in r.kinds { total[k, default: 0] += 1 } }
        for m in missed { for k in m.row.kinds { lost[k, default: 0] += 1 } }
        return total.keys.sorted().map { k in (k, (total[k] ?? 0) - (lost[k] ?? 0), total[k] ?? 0) }
    }

    /// Every failure on its own line, for tuning: `article: wrong: ROW — FIELDS (expected: ROW)`.
    public var failureLines: [String] {
        func line(_ f: Failure, _ what: String, _ other: String) -> String {
            "\(f.article): \(what): \(f.row.summary) — \(f.reason)" + (f.nearest.map { " (\(other): \($0.summary))" } ?? "")
        }
        return wrong.map { line($0, "wrong", "nearest expected") } + missed.map { line($0, "missed", "nearest proposed") }
    }
}
