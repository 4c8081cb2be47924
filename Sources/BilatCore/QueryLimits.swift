/// How far one notebook `query` cell may go: how long it runs, how many rows it returns and how much text those
/// rows hold. A cell that passes one fails the build at its line instead of hanging it or writing a page no one
/// can open (an unbounded recursive CTE never ends; a 10-million-row query once wrote a 119 MB report).
public struct QueryLimits: Sendable, Hashable {
    /// Wall-clock seconds SQLite may spend on the query.
    public var seconds: Int
    public var rows: Int
    /// Bytes of UTF-8 text in the result's cells (column names included): what the report will render.
    public var bytes: Int

    public init(seconds: Int, rows: Int, bytes: Int) {
        self.seconds = seconds
        self.rows = rows
        self.bytes = bytes
    }

    /// Generous for a table a reader reads (the bundled notebooks' queries take milliseconds and return a few
    /// dozen rows), small enough that a mistaken query fails within seconds and the page stays openable on a phone.
    public static let standard = QueryLimits(seconds: 10, rows: 10_000, bytes: 2_000_000)
    /// What a cell may raise its limits to: past these a page is no longer a report, and one cell would hold
    /// hundreds of megabytes of a build's memory.
    public static let caps = QueryLimits(seconds: 120, rows: 200_000, bytes: 50_000_000)

    /// One of the three limits, with the cell option that sets it and the unit it is counted in.
    public enum Limit: String, CaseIterable, Sendable {
        case seconds, rows, bytes
        public var option: String { "max_" + rawValue }
        public var unit: String { rawValue }
    }

    public subscript(limit: Limit) -> Int {
        get {
            switch limit {
            case .seconds: return seconds
            case .rows: return rows
            case .bytes: return bytes
            }
        }
        set {
            switch limit {
            case .seconds: seconds = newValue
            case .rows: rows = newValue
            case .bytes: bytes = newValue
            }
        }
    }

    /// The limits a cell's options ask for, starting from `standard`; a value that is not a whole number above 0,
    /// or that passes its cap, is an error at `location` (the cell's line).
    public static func reading(_ cellOptions: [String: String], at location: SourceLocation) -> (QueryLimits, [Diagnostic]) {
        var limits = standard
        var diagnostics: [Diagnostic] = []
        for limit in Limit.allCases {
            guard let text = cellOptions[limit.option] else { continue }
            let cap = caps[limit]
            let accepted = "\(limit.option)=N, a whole number of \(limit.unit) from 1 to \(NumberText.grouped(cap)) "
                + "(default \(NumberText.grouped(standard[limit])))"
            guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), value > 0 else {
                diagnostics.append(.error("the query cell's \(limit.option) '\(text)' is not a whole number of \(limit.unit)",
                                          at: location, accepted: accepted))
                continue
            }
            guard value <= cap else {
                diagnostics.append(.error("the query cell's \(limit.option)=\(text) passes the cap of \(NumberText.grouped(cap)) \(limit.unit)",
                                          at: location, accepted: accepted))
                continue
            }
            limits[limit] = value
        }
        return (limits, diagnostics)
    }
}

/// The limit a query passed, in words that name it and the option that raises it.
public enum QueryLimitExceeded: Error, Sendable, Hashable, CustomStringConvertible {
    case time(seconds: Int)
    case rows(Int)
    case bytes(Int)

    /// The limit passed.
    public var limit: QueryLimits.Limit {
        switch self {
        case .time: return .seconds
        case .rows: return .rows
        case .bytes: return .bytes
        }
    }

    public var description: String {
        switch self {
        case .time(let s):
            return "the query passed its time limit of \(NumberText.grouped(s)) second\(s == 1 ? "" : "s") and was stopped (max_seconds)"
        case .rows(let n):
            return "the query returned more than its row limit of \(NumberText.grouped(n)) row\(n == 1 ? "" : "s") (max_rows)"
        case .bytes(let n):
            return "the query's result passed its size limit of \(NumberText.grouped(n)) bytes of text (max_bytes)"
        }
    }
}
