import BilatCore

/// Checks a figure row as an importer writes it, exactly as the dataset reader will check that row in
/// figures.csv (the same parse of its bytes, the same ``FigureRowReader`` checks), except for what depends on
/// other rows. What it gives, the row's natural key hash, lets the final check of the merged file skip the row's
/// own checks (``FigureRowReader/read(_:checkedKey:path:)``) while still finding repeated ids and figures.
/// The tables it checks against may name more parties and sources than the dataset will have (an importer adds
/// parties once a file is read): the final check looks up each row's references again.
public struct FigureLineCheck {
    public private(set) var reader: FigureRowReader
    let shape: CSVTable.Shape

    /// Nil when `header` is not a figures.csv header the reader accepts (the final check then checks every row).
    public init?(header: [String], sources: [Source], parties: [Party], indicators: [Indicator]) {
        let table = DatasetLayout.figures
        let record = CSVRecord(fields: header.enumerated().map { CSVField(value: $1, line: 1, column: $0 + 1) }, line: 1)
        guard let shape = CSVTable.Shape.check(record, path: "", required: table.required, optional: table.readable).shape else { return nil }
        self.shape = shape
        reader = FigureRowReader(sources: sources, parties: parties, indicators: indicators)
    }

    /// The references a checked row names (indicator, reporter, partner, source), each distinct set once.
    public struct References: Hashable, Sendable {
        public var indicator: String, reporter: String, partner: String, source: String
    }

    /// What checking one line found, when the row is valid on its own: the hashes the final read keys its id
    /// and natural key by, and the number of its references in ``references``.
    public struct Checked: Equatable, Sendable {
        public var idHash: Int, keyHash: Int
        public var references: UInt32
        public init(idHash: Int, keyHash: Int, references: UInt32) { (self.idHash, self.keyHash, self.references) = (idHash, keyHash, references) }
    }

    /// Every distinct set of references a checked row named, numbered in the order first seen; an import checks
    /// the ones its written rows name against the dataset's final tables.
    public private(set) var references: [References] = []
    private var referenceNumbers: [References: UInt32] = [:]
    private var lastReferences: UInt32?

    /// ``key(of:)`` for a row given as the texts of its cells, in the header's order, that a CSV writer quotes
    /// (`,` `"` CR LF inside quotes, inner quotes doubled) and does not otherwise change: the reader gives back
    /// exactly these texts, so they are checked without parsing the line again. A cell that begins as a formula
    /// would (`=` `+` `-` `@` tab CR), which writers mark with a `'`, is checked from `line` instead.
    public mutating func key(cells: [String], line: ArraySlice<UInt8>) -> Int? { checked(cells: cells, line: line)?.keyHash }

    /// The natural key hash of `line` (one row's CSV, without its line end) when it is one row, valid on its
    /// own; nil otherwise (the final check reads it in full and reports its problems there).
    public mutating func key(of line: ArraySlice<UInt8>) -> Int? { checked(line: line)?.keyHash }

    /// ``key(cells:line:)`` with all the checks across rows need of the row.
    public mutating func checked(cells: [String], line: ArraySlice<UInt8>) -> Checked? {
        let marked = cells.contains { cell in
            switch cell.utf8.first {
            case 0x3D?, 0x2B?, 0x2D?, 0x40?, 0x09?, 0x0D?: return true
            default: return false
            }
        }
        if marked { return checked(line: line) }
        let record = CSVRecord(fields: cells.enumerated().map { CSVField(value: $1, line: 2, column: $0 + 1) }, line: 2)
        guard case .success(let row) = shape.row(record) else { return nil }
        return checked(row)
    }

    /// ``key(of:)`` with all the checks across rows need of the row.
    public mutating func checked(line: ArraySlice<UInt8>) -> Checked? {
        // Parsed as a piece of figures.csv after its header: no BOM dropped, the reader's own rules.
        let piece = CSVText.parse(line, path: "", firstLine: 2)
        guard piece.diagnostics.isEmpty, !piece.stopped, piece.records.count == 1, let record = piece.records.first,
              case .success(let row) = shape.row(record) else { return nil }
        return checked(row)
    }

    private mutating func checked(_ row: CSVTable.Row) -> Checked? {
        guard let found = reader.checkedRow(row, path: "") else { return nil }
        let named = References(indicator: found.indicator, reporter: found.reporter, partner: found.partner, source: found.source)
        // Rows come grouped by their references: the last row's are mostly these again.
        if let last = lastReferences, references[Int(last)] == named {
            return Checked(idHash: found.idHash, keyHash: found.keyHash, references: last)
        }
        let number: UInt32
        if let known = referenceNumbers[named] { number = known } else {
            guard references.count < Int(UInt32.max) else { return nil }
            number = UInt32(references.count)
            references.append(named)
            referenceNumbers[named] = number
        }
        lastReferences = number
        return Checked(idHash: found.idHash, keyHash: found.keyHash, references: number)
    }
}
