import BilatCore

/// Validates figures.csv one row at a time, so the file can be streamed rather than held whole.
///
/// Duplicate ids and duplicate natural keys are found through 64-bit hashes of them (a few bytes a row, not
/// the strings): a repeated hash makes the row a suspect, held back until ``settle(_:path:)`` compares the
/// texts themselves on a second read of the rows. A real duplicate is an error; a hash collision is not.
public struct FigureRowReader: RowChecking {
    public var diagnostics: [Diagnostic] = []
    let sourcesByID: [String: Source]
    let indicatorsByID: [String: Indicator]
    let partyIDs: Set<String>, indicatorIDs: Set<String>, sourceIDs: Set<String>
    /// Parties that declare when their fiscal year starts: a row's fiscal labels read in its reporter's, else its partner's.
    let fiscalYearStarts: [String: FiscalYearStart]
    private var idLines = LinesByHash()
    private var keyLines = LinesByHash()
    private var suspects: [Suspect] = []
    private var columns: FigureColumns?
    /// The last known value of each reference column (by ``ReferenceSlot``), and what the last source and
    /// indicator looked up hold.
    private var recent = ["", "", "", ""]
    private var recentSource: (id: String, published: Period?)?
    private var recentIndicator: Indicator?
    private var periods = PeriodMemo()
    /// Tests replace it to force collisions.
    var hashing = RowHashing()

    struct Suspect {
        enum Kind { case id, naturalKey }
        var kind: Kind
        var row: CSVTable.Row
        var earlierLine: Int
        var figure: Figure?
        /// The row's own problems, reported only if it turns out not to be a duplicate.
        var diagnostics: [Diagnostic]
    }

    public init(sources: [Source], parties: [Party], indicators: [Indicator]) {
        sourcesByID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorsByID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        partyIDs = Set(parties.map(\.id))
        indicatorIDs = Set(indicatorsByID.keys)
        sourceIDs = Set(sourcesByID.keys)
        fiscalYearStarts = Party.fiscalYearStarts(parties)
    }

    /// True when some rows wait for ``settle(_:path:)``.
    public var needsSettling: Bool { !suspects.isEmpty }

    /// The figure a row holds, or nil when it has a problem (collected in `diagnostics`) or is held back.
    public mutating func read(_ row: CSVTable.Row, path: String) -> Figure? {
        let c = columns(of: row)
        let id = row[c.id]
        if id.isEmpty { error("empty id", at: row.location(c.id, path: path), accepted: "a unique id for every row"); return nil }
        let idHash = hashing.id(id)
        if let earlier = idLines[idHash] {
            let saved = diagnostics
            diagnostics = []
            let figure = validate(row, id: id, path: path)
            suspects.append(Suspect(kind: .id, row: row, earlierLine: Int(earlier), figure: figure, diagnostics: diagnostics))
            diagnostics = saved
            return nil
        }
        idLines.set(idHash, line: Int32(clamping: row.line))
        guard let figure = validate(row, id: id, path: path) else { return nil }
        let keyHash = hashing.key(NaturalKey(figure))
        if let earlier = keyLines[keyHash] {
            suspects.append(Suspect(kind: .naturalKey, row: row, earlierLine: Int(earlier), figure: figure, diagnostics: []))
            return nil
        }
        keyLines.set(keyHash, line: Int32(clamping: row.line))
        return figure
    }

    /// ``read(_:path:)`` for a row that a reader ``checksLike(_:)`` this one found valid on its own beforehand
    /// (``FigureLineCheck``), with the natural key hash that reader gave it: only what the earlier check could
    /// not know is checked again — that its references are in this reader's tables and that its id and natural
    /// key are new. If any of that fails, the row is read in full, with the diagnostics ``read(_:path:)`` gives.
    /// Returns nil when the row took the short way (it is valid, its figure not made again).
    public mutating func read(_ row: CSVTable.Row, checkedKey keyHash: Int, path: String) -> Figure? {
        let c = columns(of: row)
        let id = row[c.id]
        guard !id.isEmpty, knows(row, c.indicator, slot: .indicator, indicatorIDs), knows(row, c.reporter, slot: .reporter, partyIDs),
              knows(row, c.partner, slot: .partner, partyIDs), knows(row, c.sourceID, slot: .source, sourceIDs) else {
            return read(row, path: path)
        }
        let idHash = hashing.id(id)
        guard idLines[idHash] == nil, keyLines[keyHash] == nil else { return read(row, path: path) }
        idLines.set(idHash, line: Int32(clamping: row.line))
        keyLines.set(keyHash, line: Int32(clamping: row.line))
        return nil
    }

    /// Whether a reference cell names one of `known`, as ``recentReference(_:_:slot:path:known:what:)`` would
    /// find, without a diagnostic.
    private mutating func knows(_ row: CSVTable.Row, _ column: CSVColumn, slot: ReferenceSlot, _ known: Set<String>) -> Bool {
        let value = row[column]
        if value.isEmpty { return false }
        if value == recent[slot.rawValue] { return true }
        guard known.contains(value) else { return false }
        recent[slot.rawValue] = value
        return true
    }

    /// The hash ``read(_:path:)`` keys a row's natural key by, when the row is valid on its own: every check but
    /// those across rows (a repeated id or natural key). Nil when the row has any problem; its diagnostics are
    /// dropped, since ``read(_:path:)`` finds them again where the row ends up.
    public mutating func checkedKey(_ row: CSVTable.Row, path: String) -> Int? {
        let id = row[columns(of: row).id]
        guard !id.isEmpty else { return nil }
        let before = diagnostics.count
        let figure = validate(row, id: id, path: path)
        guard let figure, diagnostics.count == before else {
            diagnostics.removeSubrange(before...)
            return nil
        }
        return hashing.key(NaturalKey(figure))
    }

    /// What a row valid on its own leaves for the checks across rows: the hashes ``read(_:path:)`` keys its id
    /// and its natural key by, and the references it names, which the dataset's final tables must hold.
    public struct CheckedRow: Equatable, Sendable {
        public var idHash: Int, keyHash: Int
        public var indicator: String, reporter: String, partner: String, source: String
    }

    /// ``checkedKey(_:path:)`` with the row's id hash and references: nil when the row has any problem.
    public mutating func checkedRow(_ row: CSVTable.Row, path: String) -> CheckedRow? {
        guard let key = checkedKey(row, path: path) else { return nil }
        let c = columns(of: row)
        return CheckedRow(idHash: hashing.id(row[c.id]), keyHash: key, indicator: row[c.indicator], reporter: row[c.reporter],
                          partner: row[c.partner], source: row[c.sourceID])
    }

    /// Whether ``read(_:checkedKey:path:)`` finds every reference of a row naming these in this reader's tables.
    public func knowsReferences(indicator: String, reporter: String, partner: String, source: String) -> Bool {
        !indicator.isEmpty && !reporter.isEmpty && !partner.isEmpty && !source.isEmpty && indicatorIDs.contains(indicator)
            && partyIDs.contains(reporter) && partyIDs.contains(partner) && sourceIDs.contains(source)
    }

    /// Whether a row ``checkedKey(_:path:)`` of `other` found valid is valid for this reader too once its
    /// references are in this reader's tables: the same indicators, fiscal years and sources' publication
    /// dates (all a row's checks read of the tables besides their ids), and the same hashing.
    public func checksLike(_ other: FigureRowReader) -> Bool {
        hashing.isDefault && other.hashing.isDefault && indicatorsByID == other.indicatorsByID
            && fiscalYearStarts == other.fiscalYearStarts
            && sourcesByID.allSatisfy { id, source in other.sourcesByID[id].map { $0.published == source.published } ?? false }
    }

    /// The lines a second read must return for ``settle(earlier:path:)``.
    public var linesToReread: Set<Int> { Set(suspects.map(\.earlierLine)) }

    /// Decides every suspect against the earlier rows it may repeat (by line, from a second read);
    /// returns the held-back figures that are not duplicates.
    public mutating func settle(earlier: [Int: CSVTable.Row], path: String) -> [(figure: Figure, line: Int)] {
        guard !suspects.isEmpty else { return [] }
        var scratch = FigureRowReader(checkingLike: self)
        var kept: [(figure: Figure, line: Int)] = []
        for suspect in suspects {
            let at = suspect.row.location("id", path: path)
            let first = earlier[suspect.earlierLine]
            switch suspect.kind {
            case .id:
                if let first, first["id"] == suspect.row["id"] {
                    error("duplicate id '\(suspect.row["id"])' (first used on line \(suspect.earlierLine))", at: at,
                          accepted: "an id not used by another row of \(path)")
                    continue
                }
            case .naturalKey:
                if let first, let figure = suspect.figure, let other = scratch.validate(first, id: first["id"], path: path),
                   NaturalKey(other) == NaturalKey(figure) {
                    error("the same figure as line \(suspect.earlierLine): same indicator, parties, direction, subject, period and source",
                          at: at, accepted: "one row per figure; tell figures apart by subject or period")
                    continue
                }
            }
            diagnostics += suspect.diagnostics
            if let figure = suspect.figure { kept.append((figure, suspect.row.line)) }
        }
        suspects = []
        return kept
    }

    /// What makes two rows the same figure: the store's unique index on the same columns backs this up.
    struct NaturalKey: Hashable {
        let indicator, reporter, partner: String
        let direction: Direction
        /// Compared regardless of case: "Commodity 1" and "commodity 1" are one subject.
        let subject: String
        let start, end: CalendarDate
        let comparedStart: CalendarDate?
        let sourceID: String

        init(_ f: Figure) {
            indicator = f.indicator; reporter = f.reporter; partner = f.partner; direction = f.direction
            subject = Self.caseFolded(f.subject); start = f.period.start; end = f.period.end
            comparedStart = f.comparedWith?.start; sourceID = f.sourceID
        }

        /// The store's re-ingest of changed chunks compares subjects the same way (``Figure/foldedSubject(_:)``).
        static func caseFolded(_ text: String) -> String { Figure.foldedSubject(text) }
    }

    /// How ids and natural keys are hashed: a few bytes a row are kept per hash, not the texts.
    struct RowHashing {
        var id: (String) -> Int = { $0.hashValue }
        var key: (NaturalKey) -> Int = { $0.hashValue }
        /// False for a test's hashing: hashes made by two readers then compare only if both are the default.
        var isDefault = true

        /// Every id and every key alike, so every row after the first is a suspect (for tests).
        static func constant(_ value: Int) -> RowHashing { RowHashing(id: { _ in value }, key: { _ in value }, isDefault: false) }
    }

    /// A reader with the same references and no rows seen, for re-reading a row on its own.
    private init(checkingLike other: FigureRowReader) {
        hashing = other.hashing
        sourcesByID = other.sourcesByID
        indicatorsByID = other.indicatorsByID
        partyIDs = other.partyIDs
        indicatorIDs = other.indicatorIDs
        sourceIDs = other.sourceIDs
        fiscalYearStarts = other.fiscalYearStarts
    }

    /// The figure columns of `row`'s table, found by name once per table rather than in every row.
    private mutating func columns(of row: CSVTable.Row) -> FigureColumns {
        if let columns, columns.names === row.columns { return columns }
        let found = FigureColumns(row.columns)
        columns = found
        return found
    }

    /// Which reference column a remembered value belongs to: its place in `recent`.
    private enum ReferenceSlot: Int { case indicator, reporter, partner, source }

    /// A reference column's value if it names one of `known`, as ``RowChecking/reference(_:_:path:known:what:)``
    /// decides, remembering the last value found per column: figures come grouped by indicator, parties and
    /// source, so a row mostly repeats the one before, and comparing two short texts is cheaper than hashing one.
    private mutating func recentReference(_ row: CSVTable.Row, _ column: CSVColumn, slot: ReferenceSlot, path: String,
                                          known: Set<String>, what: String) -> String? {
        let value = row[column]
        if !value.isEmpty && value == recent[slot.rawValue] { return value }
        let found = reference(row, column, path: path, known: known, what: what)
        if let found { recent[slot.rawValue] = found }
        return found
    }

    /// When a source was published, remembered for the source of the row before.
    private mutating func published(by source: String) -> Period? {
        if let last = recentSource, last.id == source { return last.published }
        let published = sourcesByID[source]?.published
        recentSource = (source, published)
        return published
    }

    private mutating func indicator(_ id: String) -> Indicator? {
        if let last = recentIndicator, last.id == id { return last }
        recentIndicator = indicatorsByID[id]
        return recentIndicator
    }

    /// ``RowChecking/period(_:_:path:reference:)`` through the memo of period texts.
    private mutating func rememberedPeriod(_ row: CSVTable.Row, _ column: CSVColumn, path: String, reference: Period?,
                                           fiscalYear: FiscalYear?) -> Period? {
        collect(Self.read(row, column, path: path) { text throws(Diagnostic) in
            do throws(Diagnostic) { return try periods.parse(text, reference: reference, fiscalYear: fiscalYear) } catch {
                throw SpreadsheetRewrite.hintingPeriod(error, text: text)
            }
        })
    }

    mutating func validate(_ row: CSVTable.Row, id: String, path: String) -> Figure? {
        let c = columns(of: row)
        let at = { (column: CSVColumn) in row.location(column, path: path) }
        let indicatorID = recentReference(row, c.indicator, slot: .indicator, path: path, known: indicatorIDs, what: "indicator")
        let reporter = recentReference(row, c.reporter, slot: .reporter, path: path, known: partyIDs, what: "party")
        let partner = recentReference(row, c.partner, slot: .partner, path: path, known: partyIDs, what: "party")
        let sourceID = recentReference(row, c.sourceID, slot: .source, path: path, known: sourceIDs, what: "source")
        if let reporter, reporter == partner {
            error("reporter and partner are both \(reporter)", at: at(c.partner), accepted: "two different parties")
        }

        let directionText = row[c.direction]
        let direction = Direction(rawValue: directionText)
        if direction == nil {
            error(directionText.isEmpty ? "empty direction" : "direction '\(directionText)' is not known", at: at(c.direction),
                  accepted: Direction.allCases.map(\.rawValue).joined(separator: ", "))
        }

        let statusText = row[c.status]
        var status = FigureStatus(rawValue: statusText)
        if !statusText.isEmpty && status == nil {
            error("status '\(statusText)' is not known", at: at(c.status),
                  accepted: "empty, or " + FigureStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }

        let fiscalYear = fiscalYearStarts.isEmpty ? nil : FiscalYear.of(reporter: reporter, partner: partner, starts: fiscalYearStarts)
        let publication = sourceID.flatMap { published(by: $0) }
        // as_of may itself be relative ("last year"): it counts from the source's publication date.
        let asOf = rememberedPeriod(row, c.asOf, path: path, reference: publication, fiscalYear: fiscalYear)
        let reference = asOf ?? publication
        var periodText = row[c.period]
        var period = periodText.isEmpty ? nil : rememberedPeriod(row, c.period, path: path, reference: reference, fiscalYear: fiscalYear)
        let comparedWith = rememberedPeriod(row, c.comparedWith, path: path, reference: reference, fiscalYear: fiscalYear)

        var quantity: Quantity?
        if let asReported = required(row, c.asReported, path: path) {
            switch QuantityReader.read(asReported) {
            case .success(let q): quantity = q
            case .failure(let d): diagnostics.append(SpreadsheetRewrite.hintingAmount(d, text: asReported).located(at: at(c.asReported)))
            }
        }

        if var q = quantity {
            // The unit column names what a bare count counts; it may not contradict the text.
            let unit = row[c.unit]
            if q.kind == .count {
                if let noun = q.noun, !unit.isEmpty, noun.lowercased() != unit.lowercased() {
                    error("unit '\(unit)' disagrees with '\(noun)' in as_reported", at: at(c.unit),
                          accepted: "an empty unit, or the same noun")
                } else if q.noun == nil {
                    if unit.isEmpty {
                        error("the count '\(row[c.asReported])' does not say what it counts", at: at(c.unit),
                              accepted: "a plural noun in the unit column, e.g. officers, documents")
                    } else {
                        q.noun = unit
                        q = q.tivIfNamed
                    }
                }
            } else if !unit.isEmpty && unit != q.unit {
                error("unit '\(unit)' disagrees with '\(q.unit)' read from as_reported", at: at(c.unit),
                      accepted: "an empty unit for money and percentages")
            }
            if let indicatorID, let indicator = indicator(indicatorID) {
                checkKind(q, indicator: indicator, comparedWith: comparedWith, row: row, path: path)
                if let total = q.shareOf { checkShare(of: total, indicator: indicator, subject: row[c.subject], row: row, path: path) }
            }
            if q.isLevelAtDate {
                (period, periodText) = levelDate(row, period: period, periodText: periodText, asOf: asOf,
                                                 published: sourceID.flatMap { published(by: $0) }, path: path)
            }
            if status == nil && q.isEstimated { status = .estimated }
            quantity = q
        }
        if periodText.isEmpty && !(quantity?.isLevelAtDate ?? false) { _ = required(row, c.period, path: path) }
        if let period, let comparedWith, comparedWith.start >= period.start {
            error("compared_with \(comparedWith.label) does not come before the period \(period.label)", at: at(c.comparedWith),
                  accepted: "an earlier period, e.g. 2016 for a change over 2017")
        }

        guard let indicatorID, let reporter, let partner, let sourceID, let direction, let period, let quantity else { return nil }
        return Figure(id: id, indicator: indicatorID, reporter: reporter, partner: partner, direction: direction,
                            subject: row[c.subject], period: period, periodText: periodText, comparedWith: comparedWith,
                            asReported: row[c.asReported], quantity: quantity, status: status, sourceID: sourceID,
                            asOf: asOf, note: row[c.note], linkKey: row[c.linkKey])
    }

    mutating func checkKind(_ q: Quantity, indicator: Indicator, comparedWith: Period?, row: CSVTable.Row, path: String) {
        let at = row.location("as_reported", path: path)
        if comparedWith != nil {
            if q.shareOf != nil {
                error("'\(row["as_reported"])' is a share of a total, not a stated change, and takes no compared_with",
                      at: row.location("compared_with", path: path), accepted: "an empty compared_with for a share")
                return
            }
            if q.kind != .percent {
                error("a figure with compared_with is a stated change and must be a percentage, not '\(row["as_reported"])'",
                      at: at, accepted: "e.g. 26.55% increase, a 5% drop")
            }
            return
        }
        switch (q.kind, indicator.unitKind) {
        case (.percent, _) where q.shareOf != nil:
            break
        case (.percent, _):
            let what = q.isChange ? "a stated change ('\(row["as_reported"])') needs compared_with" : "a percentage needs compared_with"
            error("\(what), the period it is measured against; a multiple such as 'tripled' is a stated change too",
                  at: row.location("compared_with", path: path),
                  accepted: "a period such as 2016 or January–September 2017, or a share of a named total ('90% of the trade')")
        case (.tiv, .tiv):
            break
        case (_, .tiv):
            error("\(indicator.id) is measured in TIV (SIPRI trend-indicator values), but '\(row["as_reported"])' is not", at: at,
                  accepted: "TIV such as 90 million TIV or less than 0.5 million TIV (or a number with unit TIV)")
        case (.tiv, .money):
            error("\(indicator.id) is measured in money, but '\(row["as_reported"])' is in TIV, which is not money", at: at,
                  accepted: "an amount such as $11.7 million or 2,000,000 USD")
        case (.tiv, .count):
            error("\(indicator.id) counts things, but '\(row["as_reported"])' is in TIV", at: at,
                  accepted: "a count such as 100 or over a hundred; TIV figures belong to a TIV indicator such as arms_tiv")
        case (.money, .count):
            error("\(indicator.id) counts things, but '\(row["as_reported"])' is an amount of money", at: at,
                  accepted: "a count such as 100 or over a hundred")
        case (.count, .money):
            error("\(indicator.id) is measured in money, but '\(row["as_reported"])' has no currency", at: at,
                  accepted: "an amount such as $11.7 million or 2,000,000 USD")
        default:
            break
        }
    }

    /// A share names a total the dataset has, of the same kind of unit as the share's own indicator, and other
    /// than the share's own indicator unless the share is of a subject ("rice: 40% of exports").
    mutating func checkShare(of total: String, indicator: Indicator, subject: String, row: CSVTable.Row, path: String) {
        let at = row.location("as_reported", path: path)
        guard let totalIndicator = indicatorsByID[total] else {
            error("'\(row["as_reported"])' is a share of '\(total)', which is not an indicator of this dataset", at: at,
                  accepted: "a share of a known total: the trade, exports, imports, or one of \(indicatorIDs.sorted().prefix(8).joined(separator: ", ")), …")
            return
        }
        if total == indicator.id && subject.isEmpty {
            error("'\(row["as_reported"])' is a share of \(total), the row's own indicator, with no subject to say what part it is", at: at,
                  accepted: "a subject (rice) for a part of the same indicator, or a share of another total")
        }
        if totalIndicator.unitKind != indicator.unitKind {
            error("\(indicator.id) is measured in \(indicator.unitKind.rawValue) but its total \(total) in \(totalIndicator.unitKind.rawValue)",
                  at: at, accepted: "a share of a total of the same kind (money of money, a count of a count)")
        }
    }

    /// The date a level holds at ("current trade of $30 million"): the row's as_of, else its source's publication
    /// date. The period cell may be left empty (it then takes that date) or name the same date.
    mutating func levelDate(_ row: CSVTable.Row, period: Period?, periodText: String, asOf: Period?, published: Period?,
                            path: String) -> (Period?, String) {
        let at = row.location("period", path: path)
        guard let date = asOf ?? published else {
            error("'\(row["as_reported"])' is a level at a date, but the row has no as_of and its source no published date", at: at,
                  accepted: "an as_of date on the row, or a published date on its source")
            return (period, periodText)
        }
        guard let period else {
            if !periodText.isEmpty { return (nil, periodText) } // unreadable: already reported
            return (date, date.label)
        }
        guard period.start == date.start && period.end == date.end else {
            error("'\(row["as_reported"])' is a level at a date, which holds at \(date.label) (\(asOf == nil ? "its source's publication date" : "the row's as_of")), not over \(period.label)",
                  at: at, accepted: "an empty period, or \(date.label)")
            return (period, periodText)
        }
        return (period, periodText)
    }
}

/// Where each column figures.csv may have sits in one file's header.
private final class FigureColumns {
    let names: ColumnNames
    let id, indicator, reporter, partner, direction, subject, linkKey, period, comparedWith, asReported, unit, status, sourceID, asOf,
        note: CSVColumn

    init(_ names: ColumnNames) {
        self.names = names
        id = names.column("id"); indicator = names.column("indicator"); reporter = names.column("reporter")
        partner = names.column("partner"); direction = names.column("direction"); subject = names.column("subject")
        linkKey = names.column("key")
        period = names.column("period"); comparedWith = names.column("compared_with"); asReported = names.column("as_reported")
        unit = names.column("unit"); status = names.column("status"); sourceID = names.column("source_id")
        asOf = names.column("as_of"); note = names.column("note")
    }
}
