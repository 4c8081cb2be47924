import BilatCore

/// An IMF download layout bilat reads, known by its header row.
public struct ImfLayout: Sendable, Equatable {
    public enum Kind: Sendable { case imtsSDMX, dotsTimeSeries, dotsPanel }

    public var kind: Kind
    public var name: String
    /// Columns a header must have (compared case-insensitively); others are read when known, or ignored.
    public var required: [String]

    /// IMTS from api.imf.org as SDMX-CSV (1.0 with `DATAFLOW`, 2.0 with `STRUCTURE,STRUCTURE_ID,ACTION`).
    public static let imtsSDMX = ImfLayout(
        kind: .imtsSDMX, name: "IMF IMTS SDMX-CSV",
        required: ["COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "TIME_PERIOD", "OBS_VALUE"])

    /// Legacy DOTS "timeSeries" CSV: one row per series and attribute, one column per period.
    public static let dotsTimeSeries = ImfLayout(
        kind: .dotsTimeSeries, name: "IMF DOTS timeSeries CSV",
        required: ["Country Name", "Country Code", "Indicator Name", "Indicator Code", "Counterpart Country Name",
                   "Counterpart Country Code", "Attribute"])

    /// Legacy DOTS "panel" CSV: one row per pair and period, one column per indicator.
    public static let dotsPanel = ImfLayout(
        kind: .dotsPanel, name: "IMF DOTS panel CSV",
        required: ["Country Name", "Country Code", "Counterpart Country Name", "Counterpart Country Code", "Time Period"])

    public static let known: [ImfLayout] = [.imtsSDMX, .dotsTimeSeries, .dotsPanel]

    public var dataset: ImfObservation.Dataset { kind == .imtsSDMX ? .imts : .dots }

    /// The layout whose required columns are all in `header`, or an error at the header row naming what is read.
    static func detect(_ header: [String], path: String, line: Int) -> Result<ImfLayout, Diagnostic> {
        let names = Set(header.map { $0.lowercased() })
        if let layout = known.first(where: { $0.required.allSatisfy { names.contains($0.lowercased()) } }) {
            return .success(layout)
        }
        let read = known.map { "\($0.name) with the columns \($0.required.joined(separator: ", "))" }.joined(separator: "; ")
        return .failure(.error("the header row is in no IMF layout bilat reads (found: \(header.joined(separator: ", ")))",
                               at: SourceLocation(path: path, line: line, column: 1), accepted: read))
    }
}
