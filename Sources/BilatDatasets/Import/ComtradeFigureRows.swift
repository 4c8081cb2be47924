import BilatCore
import Foundation

/// Kept Comtrade records as dataset rows (cells by column name): one figure per record, one source per file.
public enum ComtradeFigureRows {
    /// The party id a Comtrade partner is stored as: World (W00, WLD, code 0) is WLD, its own party.
    public static func partyID(iso: String, code: String) -> String {
        ComtradeCodes.isWorld(iso: iso, code: code) ? "WLD" : iso.comtradeUppercased
    }

    /// The source id of an imported file, from its name alone so a second import finds the same row.
    public static func sourceID(fileName: String) -> String {
        let stem = (fileName as NSString).deletingPathExtension
        return "comtrade-" + slug(stem)
    }

    /// Lower-case ASCII letters and digits, other runs folded to one hyphen.
    static func slug(_ text: String) -> String {
        // ASCII (every code Comtrade writes) byte by byte, without the Unicode case mapping a figure id's six parts
        // took a million times over; the same slug as the scalar loop below.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) { bytes.append(lower) }
                else if !bytes.isEmpty && bytes.last != 0x2D { bytes.append(0x2D) }
            }
            while bytes.last == 0x2D { bytes.removeLast() }
            return bytes.isEmpty ? "file" : String(decoding: bytes, as: UTF8.self)
        }
        return scalarSlug(text)
    }

    /// The slug of any text, scalar by scalar.
    static func scalarSlug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { out.unicodeScalars.append(scalar) }
            else if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "file" : out
    }

    public static func sourceCells(fileName: String, kept: [ComtradeSeriesFilter.Kept], accessed: String?,
                                   layout: ComtradeLayout? = nil) -> [String: String] {
        let periods = kept.map(\.record.period.description).sorted()
        return sourceCells(fileName: fileName, reporters: Set(kept.map { $0.record.reporterISO.comtradeUppercased }),
                           periods: periods.first.flatMap { first in periods.last.map { (first, $0) } },
                           accessed: accessed, layout: layout)
    }

    /// The source row from what a streamed read kept: its reporters and its first and last period.
    public static func sourceCells(fileName: String, reporters: Set<String>, periods: (first: String, last: String)?,
                                   accessed: String?, layout: ComtradeLayout? = nil) -> [String: String] {
        let legacy = layout?.isLegacy == true
        var title = (legacy ? "UN Comtrade legacy download " : "UN Comtrade download ") + fileName
        if !reporters.isEmpty { title += ", reported by \(reporters.sorted().joined(separator: " "))" }
        if let (first, last) = periods { title += first == last ? ", \(first)" : ", \(first) to \(last)" }
        var cells = ["id": sourceID(fileName: fileName), "publisher": "UN Comtrade", "title": title,
                     "url": legacy ? "https://comtrade.un.org/" : "https://comtradeplus.un.org/"]
        if let accessed { cells["accessed"] = accessed }
        return cells
    }

    /// The figure id: reporter, partner, flow, period and commodity, plus the breakdown codes when they are not totals.
    public static func figureID(_ r: ComtradeRecord) -> String {
        var parts = ["ct", r.reporterISO, partyID(iso: r.partnerISO, code: r.partnerCode), r.flowCode,
                     r.period.description, r.commodityCode]
        if let breakdown = breakdownLabel(r) { parts.append(breakdown) }
        // Each part's slug written straight into one buffer: a String per part and a join, a million times
        // over, were most of the id's cost. Non-ASCII parts take the scalar loop, as in ``slug(_:)``.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48)
        for (i, part) in parts.enumerated() {
            if i > 0 { bytes.append(0x2D) }
            appendSlug(part, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``slug(_:)`` of `text` to `bytes`.
    static func appendSlug(_ text: String, to bytes: inout [UInt8]) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { bytes.append(contentsOf: scalarSlug(text).utf8); return }
        let start = bytes.count
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) { bytes.append(lower) }
            else if bytes.count > start && bytes.last != 0x2D { bytes.append(0x2D) }
        }
        while bytes.count > start && bytes.last == 0x2D { bytes.removeLast() }
        if bytes.count == start { bytes.append(contentsOf: "file".utf8) }
    }

    /// "partner2 X customs C01 transport 2100" for a breakdown row; nil for a total.
    static func breakdownLabel(_ r: ComtradeRecord) -> String? {
        guard !ComtradeCodes.isTotal(partner2ISO: r.partner2ISO, partner2Code: r.partner2Code,
                                     customs: r.customsCode, transport: r.transportCode) else { return nil }
        let partner2 = r.partner2ISO.isEmpty ? r.partner2Code : r.partner2ISO
        return "partner2 \(partner2) customs \(r.customsCode) transport \(r.transportCode)"
    }

    /// A figure row; nil when the record has no value (missing, never zero).
    public static func figureCells(_ kept: ComtradeSeriesFilter.Kept, sourceID: String) -> [String: String]? {
        guard let fields = figureFields(kept, sourceID: sourceID) else { return nil }
        var cells: [String: String] = [:]
        for column in ComtradeFigureFields.columns { cells[column] = fields[column] }
        return cells
    }

    /// A figure row's cells, looked up by column name without a dictionary (a million rows are streamed through).
    public static func figureFields(_ kept: ComtradeSeriesFilter.Kept, sourceID: String) -> ComtradeFigureFields? {
        let r = kept.record
        guard let value = r.primaryValue else { return nil }
        let outward = kept.indicator == "exports" || kept.indicator == "re_exports"
        var subject = r.commodityCode.comtradeUppercased == "TOTAL" ? "all goods"
            : CSVText.trimmed("HS \(r.commodityCode) \(r.commodityDescription)")
        if let breakdown = breakdownLabel(r) { subject += " (\(breakdown))" }
        var note: [String] = []
        switch r.valuation {
        case .cif: note.append("CIF")
        case .fob: note.append("FOB")
        case .unknown: break
        }
        if !r.estimatedMeasures.isEmpty { note.append("estimated: \(r.estimatedMeasures.joined(separator: ", "))") }
        if !r.legacyEstimationFlag.isEmpty && r.legacyEstimationFlag != "0" { note.append("legacy estimation flag \(r.legacyEstimationFlag)") }
        if r.isReported == false { note.append("not reported by the reporter (Comtrade estimate)") }
        return ComtradeFigureFields(
            id: figureID(r), indicator: kept.indicator, reporter: r.reporterISO.comtradeUppercased,
            partner: partyID(iso: r.partnerISO, code: r.partnerCode), direction: outward ? "to_partner" : "from_partner",
            subject: subject, period: r.period.description, asReported: "USD " + value.plainText, sourceID: sourceID,
            note: (["UN Comtrade flow \(r.flowCode)"] + note).joined(separator: "; "))
    }
}

/// The cells of one imported figure row; other columns are empty.
public struct ComtradeFigureFields: Sendable {
    public var id, indicator, reporter, partner, direction, subject, period, asReported, sourceID, note: String

    static let columns = ["id", "indicator", "reporter", "partner", "direction", "subject", "period", "as_reported", "source_id", "note"]

    /// Where `column` is among ``columns``, for ``subscript(slot:)``: looked up once per file, not once per cell.
    public static func slot(_ column: String) -> Int? { columns.firstIndex(of: column) }

    /// The cell of the column at `slot` in ``columns`` (nil for another column).
    public subscript(slot slot: Int?) -> String? {
        switch slot {
        case 0: return id
        case 1: return indicator
        case 2: return reporter
        case 3: return partner
        case 4: return direction
        case 5: return subject
        case 6: return period
        case 7: return asReported
        case 8: return sourceID
        case 9: return note
        default: return nil
        }
    }

    public subscript(column: String) -> String? {
        switch column {
        case "id": return id
        case "indicator": return indicator
        case "reporter": return reporter
        case "partner": return partner
        case "direction": return direction
        case "subject": return subject
        case "period": return period
        case "as_reported": return asReported
        case "source_id": return sourceID
        case "note": return note
        default: return nil
        }
    }
}
