import Foundation
import BilatCore

/// What reading an IMF download found.
public struct ImfReading: Sendable {
    public var layout: ImfLayout?
    public var observations: [ImfObservation] = []
    public var skipped: [ImfSkip] = []
    public var diagnostics: [Diagnostic] = []
}

/// Reads the text of an IMF DOTS or IMTS download into observations; pure, the caller reads the file.
public enum ImfReader {
    public static func read(_ bytes: [UInt8], path: String) -> ImfReading {
        let (records, parseProblems) = CSVText.parse(bytes, path: path)
        var reading = ImfReading(diagnostics: parseProblems)
        guard let headerRecord = records.first else {
            // A file that could not be read as text is not also "empty".
            if parseProblems.hasErrors { return reading }
            reading.diagnostics.append(.error("the file is empty; it needs a header row", at: SourceLocation(path: path, line: 1, column: 1),
                                              accepted: ImfLayout.known.map(\.name).joined(separator: ", ")))
            return reading
        }
        // SDMX-CSV written with labels names a column "COUNTRY: Country"; the code is before the colon.
        let header = headerRecord.fields.map { field -> String in
            let name = field.value.trimmingCharacters(in: .whitespaces)
            if let colon = name.range(of: ": "), name[..<colon.lowerBound].allSatisfy({ $0.isUppercase || $0 == "_" }) {
                return String(name[..<colon.lowerBound])
            }
            return name
        }
        switch ImfLayout.detect(header, path: path, line: headerRecord.line) {
        case .failure(let refusal):
            reading.diagnostics.append(refusal)
            return reading
        case .success(let layout):
            reading.layout = layout
        }
        let rows = ImfRows(header: header, headerRecord: headerRecord, path: path)
        var data: [CSVRecord] = []
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                reading.diagnostics.append(.error("this row has \(record.fields.count) cells but the header has \(header.count)",
                                                  at: SourceLocation(path: path, line: record.line, column: 1),
                                                  accepted: "\(header.count) cells, one per header column"))
                continue
            }
            data.append(record)
        }
        switch reading.layout?.kind {
        case .imtsSDMX: ImtsRowReader(rows: rows).read(data, into: &reading)
        case .dotsTimeSeries: DotsTimeSeriesReader(rows: rows).read(data, into: &reading)
        case .dotsPanel: DotsPanelReader(rows: rows).read(data, into: &reading)
        case nil: break
        }
        return reading
    }
}

/// Header positions and the cell reads every layout shares.
struct ImfRows {
    let header: [String]
    let headerRecord: CSVRecord
    let path: String
    private var positions: [String: Int] = [:]

    init(header: [String], headerRecord: CSVRecord, path: String) {
        self.header = header
        self.headerRecord = headerRecord
        self.path = path
        for (index, name) in header.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = index
        }
    }

    func position(_ name: String) -> Int? { positions[name.lowercased()] }

    func text(_ record: CSVRecord, _ name: String) -> String {
        guard let position = position(name), position < record.fields.count else { return "" }
        return record.fields[position].value.trimmingCharacters(in: .whitespaces)
    }

    func location(_ record: CSVRecord, _ name: String) -> SourceLocation {
        guard let position = position(name), position < record.fields.count else {
            return SourceLocation(path: path, line: record.line, column: 1)
        }
        return record.fields[position].location(in: path)
    }

    /// The cell at a header position; nil past the row's end (rows are checked to be as wide as the header).
    func field(_ record: CSVRecord, at index: Int) -> CSVField? {
        record.fields.indices.contains(index) ? record.fields[index] : nil
    }

    func rowStart(_ record: CSVRecord) -> SourceLocation { SourceLocation(path: path, line: record.line, column: 1) }

    /// The flow an indicator cell names; nil after noting a skipped indicator or refusing an unknown one.
    func flow(_ record: CSVRecord, column: String, into reading: inout ImfReading) -> ImfObservation.Flow? {
        let code = text(record, column)
        switch ImfIndicators.read(code) {
        case .flow(let flow): return flow
        case .skipped(let reason):
            reading.skipped.append(ImfSkip(location: location(record, column), reason: reason))
        case .unknown:
            reading.diagnostics.append(.error("\(column) '\(code)' is not an IMF trade indicator bilat reads",
                                              at: location(record, column), accepted: ImfIndicators.accepted))
        }
        return nil
    }

    enum PartyCell { case party(String), skipped(ImfSkip) }

    /// A reporter or partner cell as a party id; a skip (aggregate, unknown code) otherwise.
    func party(_ record: CSVRecord, code column: String, name nameColumn: String?, role: String) -> PartyCell {
        let code = text(record, column)
        let name = nameColumn.map { text(record, $0) } ?? ""
        let named = name.isEmpty ? "'\(code)'" : "'\(code)' (\(name))"
        switch ImfAreas.read(code) {
        case .party(let id): return .party(id)
        case .aggregate:
            return .skipped(ImfSkip(location: location(record, column),
                reason: "the \(role) \(named) is an IMF aggregate, not a country; bilat keeps countries and World (WLD)"))
        case .unknown:
            return .skipped(ImfSkip(location: location(record, column),
                reason: "the \(role) \(named) is not an IMF area code bilat maps to ISO 3166 alpha-3"))
        }
    }

    /// An amount cell: nil and a skip when missing, nil and a problem when unreadable or negative.
    func amount(_ text: String, at location: SourceLocation, what: String,
                skipped: inout [ImfSkip], problems: inout [Diagnostic]) -> Decimal? {
        switch ImfValues.amount(text) {
        case .missing:
            skipped.append(ImfSkip(location: location, reason: "\(what) is empty or null: a missing figure, not zero"))
            return nil
        case .unreadable:
            problems.append(.error("\(what) '\(text)' is not a number", at: location, accepted: ImfValues.acceptedAmount))
            return nil
        case .value(let value):
            guard value >= 0 else {
                problems.append(.error("\(what) '\(text)' is negative; a trade flow is not", at: location, accepted: ImfValues.acceptedAmount))
                return nil
            }
            return value
        }
    }
}
