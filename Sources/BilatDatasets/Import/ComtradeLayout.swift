import BilatCore

/// A download layout bilat reads, known by its header row.
public struct ComtradeLayout: Sendable {
    public var name: String
    /// Columns a header must have (compared case-insensitively); others are optional or ignored.
    public var required: [String]

    /// The current Comtrade record (comtradeplus CSV `TradeData_*.csv`, bulk `.txt` tab-separated): same fields.
    public static let comtradePlus = ComtradeLayout(
        name: "UN Comtrade+ (comtradeplus CSV or bulk tab-separated text)",
        required: ["reporterISO", "partnerISO", "flowCode", "period", "cmdCode", "aggrLevel", "isLeaf", "primaryValue"])

    public static let known: [ComtradeLayout] = [.comtradePlus]

    /// The layout whose required columns are all in `header`, or an error at the header row naming what is read.
    static func detect(_ header: [String], path: String, line: Int) -> Result<ComtradeLayout, Diagnostic> {
        let names = Set(header.map { $0.lowercased() })
        if let layout = known.first(where: { $0.required.allSatisfy { names.contains($0.lowercased()) } }) {
            return .success(layout)
        }
        let read = known.map { "\($0.name) with the columns \($0.required.joined(separator: ", "))" }.joined(separator: "; ")
        return .failure(.error("the header row is in no Comtrade layout bilat reads (found: \(header.joined(separator: ", ")))",
                               at: SourceLocation(path: path, line: line, column: 1), accepted: read))
    }
}
