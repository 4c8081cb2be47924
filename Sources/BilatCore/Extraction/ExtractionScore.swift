/// A row an analyst expects from an article, read from a labelled development set.
public struct ExpectedFigure: Hashable, Sendable {
    public var indicator: String
    public var period: Period
    public var comparedWith: Period?
    public var quantity: Quantity
    /// What a count counts, from the as-reported text or the unit column.
    public var noun: String

    public init(indicator: String, period: Period, comparedWith: Period?, quantity: Quantity, noun: String) {
        self.indicator = indicator
        self.period = period
        self.comparedWith = comparedWith
        self.quantity = quantity
        self.noun = noun
    }
}

/// Precision and recall of candidates against expected rows: a candidate is right when its value (number,
/// currency or counted noun, scale), indicator, period (and compared period) and qualifier all match an
/// expected row not matched before.
public struct ExtractionScore: Sendable, CustomStringConvertible {
    public var expected = 0
    public var proposed = 0
    public var correct = 0
    /// Candidates that matched nothing, and expected rows nothing matched, for diagnosis.
    public var wrong: [Candidate] = []
    public var missed: [ExpectedFigure] = []

    public init() {}

    public var precision: Double { proposed == 0 ? 1 : Double(correct) / Double(proposed) }
    public var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }

    public var description: String {
        func f(_ x: Double) -> String { String(Double(Int(x * 1000 + 0.5)) / 1000) }
        return "precision \(f(precision)) (\(correct)/\(proposed)), recall \(f(recall)) (\(correct)/\(expected))"
    }

    /// Adds one article's candidates and expected rows.
    public mutating func add(candidates: [Candidate], expected rows: [ExpectedFigure]) {
        expected += rows.count
        proposed += candidates.count
        var open = rows
        for c in candidates {
            if let i = open.firstIndex(where: { Self.matches(c, $0) }) { correct += 1; open.remove(at: i) } else { wrong.append(c) }
        }
        missed += open
    }

    public static func matches(_ c: Candidate, _ e: ExpectedFigure) -> Bool {
        let q = c.quantity, x = e.quantity
        guard c.indicator == e.indicator, q.value == x.value, q.kind == x.kind, q.currency == x.currency, q.scale == x.scale,
              q.qualifier == x.qualifier, let p = c.period, p.start == e.period.start, p.end == e.period.end,
              c.comparedWith?.start == e.comparedWith?.start, c.comparedWith?.end == e.comparedWith?.end else { return false }
        if q.kind == .count {
            let mine = (q.noun ?? c.unit).split(separator: " ").last.map { $0.lowercased() } ?? ""
            let theirs = e.noun.split(separator: " ").last.map { $0.lowercased() } ?? ""
            return mine == theirs
        }
        return true
    }
}
