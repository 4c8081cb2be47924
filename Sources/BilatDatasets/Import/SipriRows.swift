import BilatCore
import Foundation

/// SIPRI deals and TIV values as dataset rows (cells by column name). Every figure of a deal has `key`
/// `sipri-` + the deal id, reporter the supplier, partner the recipient, direction `to_partner`.
public struct SipriRows {
    public var figures: [[String: String]] = []
    public var statuses: [[String: String]] = []
    let sourceID: String
    /// Figures already made, by what makes two rows the same figure, so two deals of one weapon, pair and year
    /// stay apart (their subjects then name the deal).
    private var naturalKeys: Set<String> = []
    private var keys: [String: Int] = [:]
    private var usedKeys: Set<String> = []

    public init(sourceID: String) { self.sourceID = sourceID }

    /// The source id of an imported file, from its name alone so a second import finds the same row.
    public static func sourceID(fileName: String) -> String {
        "sipri-" + ComtradeFigureRows.slug((fileName as NSString).deletingPathExtension)
    }

    /// - Parameter generated: the date the preamble says the data were generated: the source's published date.
    public static func sourceCells(fileName: String, layout: SipriLayout, generated: String? = nil, accessed: String?) -> [String: String] {
        let what: String, url: String
        switch layout {
        case .classicRegister: (what, url) = ("trade register", "https://armstrade.sipri.org/")
        case .register2026: (what, url) = ("trade register", "https://armstransfers.sipri.org/")
        case .tivTable: (what, url) = ("TIV table", "https://armstransfers.sipri.org/")
        }
        var cells = ["id": sourceID(fileName: fileName), "publisher": "SIPRI",
                     "title": "SIPRI Arms Transfers Database \(what) \(fileName)", "url": url]
        if let generated { cells["published"] = generated }
        if let accessed { cells["accessed"] = accessed }
        return cells
    }

    /// `sipri-` + the deal id; for the classic register, which has none, supplier, recipient, order year and
    /// designation (the n-th deal alike in one file gets `-n`).
    public mutating func key(_ deal: SipriDeal) -> String {
        if let id = deal.dealID { return "sipri-" + ComtradeFigureRows.slug(id) }
        let base = "sipri-" + ComtradeFigureRows.slug("\(deal.supplier.iso) \(deal.recipient.iso) \(deal.orderYear.map(String.init) ?? "undated") \(deal.designation)")
        var n = (keys[base] ?? 0) + 1
        var key = n == 1 ? base : "\(base)-\(n)"
        // "Brimstone" twice and "Brimstone-2" once would both be …-brimstone-2: the later one counts on.
        while usedKeys.contains(key) { n += 1; key = "\(base)-\(n)" }
        keys[base] = n
        usedKeys.insert(key)
        return key
    }

    /// "2018", or "1979 to 1990" for deliveries over several years.
    static func period(_ years: [Int]) -> String? {
        guard let first = years.min(), let last = years.max() else { return nil }
        return first == last ? "\(first)" : "\(first) to \(last)"
    }

    /// "27 million TIV"; "less than 0.5 million TIV" for SIPRI's 0, never zero.
    static func tivText(_ tiv: SipriTIV) -> String {
        switch tiv {
        case .millions(let value): return "\(value.plainText) million TIV"
        case .underHalfMillion: return "less than 0.5 million TIV"
        }
    }

    public mutating func add(_ deal: SipriDeal) {
        let key = key(deal)
        let unit = deal.description.isEmpty ? "weapons" : deal.description
        var base = ["reporter": deal.supplier.iso, "partner": deal.recipient.iso, "direction": "to_partner",
                    "subject": deal.subject, "source_id": sourceID, "key": key]
        var common = ["SIPRI \(deal.dealID.map { "deal \($0)" } ?? "trade register")", deal.status].filter { !$0.isEmpty }
        if let unitTIV = deal.tivPerUnit { common.append("TIV per unit \(Self.tivText(unitTIV))") }
        if deal.orderYearEstimated { common.append("order year uncertain") }
        // Two deals alike in weapon, pair and year: the subject names the deal so neither replaces the other.
        let periods = [deal.orderYear.map(String.init)] + deal.deliveries.map { Self.period($0.years) }
        let clashes = periods.compactMap { $0 }.contains { naturalKeys.contains("\(deal.subject.lowercased())|\($0)") }
        if clashes { base["subject"] = "\(deal.subject), deal \(key)" }
        for p in periods.compactMap({ $0 }) { naturalKeys.insert("\((base["subject"] ?? "").lowercased())|\(p)") }

        if let year = deal.orderYear, let ordered = deal.ordered {
            var row = base
            row["id"] = key + "-ordered"; row["indicator"] = "arms_ordered"; row["period"] = "\(year)"
            row["as_reported"] = ordered.plainText; row["unit"] = unit
            if deal.orderYearEstimated || deal.orderedEstimated { row["status"] = "estimated" }
            row["note"] = (common + (deal.orderedEstimated ? ["number ordered uncertain"] : [])).joined(separator: "; ")
            figures.append(row)
        }
        for delivery in deal.deliveries {
            guard let period = Self.period(delivery.years) else { continue }
            let suffix = deal.dealID == nil ? "" : "-\(period)"
            var flags: [String] = []
            if delivery.numberEstimated { flags.append("number delivered \(deal.dealID == nil ? "uncertain" : "is estimate")") }
            if delivery.yearEstimated { flags.append("delivery year is estimate") }
            if delivery.years.count > 1 { flags.append("delivered in \(delivery.years.map(String.init).joined(separator: ", "))") }
            var row = base
            row["id"] = key + "-delivered" + suffix; row["indicator"] = "arms_delivered"; row["period"] = period
            row["as_reported"] = delivery.number.plainText; row["unit"] = unit
            if delivery.numberEstimated || delivery.yearEstimated { row["status"] = "estimated" }
            row["note"] = (common + flags).joined(separator: "; ")
            figures.append(row)
            if let tiv = delivery.tiv {
                var tivRow = base
                tivRow["id"] = key + "-tiv" + suffix; tivRow["indicator"] = "arms_tiv"; tivRow["period"] = period
                tivRow["as_reported"] = Self.tivText(tiv); tivRow["unit"] = "TIV"
                if delivery.numberEstimated || delivery.yearEstimated { tivRow["status"] = "estimated" }
                tivRow["note"] = (common + flags + ["TIV of the weapons delivered, not money"]).joined(separator: "; ")
                figures.append(tivRow)
            }
        }
        if let year = deal.orderYear, let value = SipriDealValue.find(in: deal.comments) {
            var row = base
            row["id"] = key + "-value"; row["indicator"] = "defence_deal_value"; row["period"] = "\(year)"
            row["as_reported"] = value.asReported; row["subject"] = base["subject"]
            row["note"] = "from the register's comment: '\(value.written)'" + (value.isPart ? "; the deal is part of a larger one of this value" : "")
            figures.append(row)
        }
        addStatuses(deal, key: key, subject: base["subject"] ?? deal.subject)
    }

    mutating func addStatuses(_ deal: SipriDeal, key: String, subject: String) {
        let cells = ["subject": subject, "source_id": sourceID, "key": key]
        if let year = deal.orderYear {
            var row = cells
            row["id"] = key + "-signed"; row["status"] = "signed"; row["as_of"] = "\(year)"
            row["note"] = "SIPRI: ordered \(year)\(deal.orderYearEstimated ? " (uncertain)" : "")"
                + (deal.ordered.map { ", \($0.plainText) ordered" } ?? "")
            statuses.append(row)
        }
        let years = deal.deliveries.flatMap(\.years)
        if let last = years.max() {
            let delivered = deal.deliveries.reduce(Decimal(0)) { $0 + $1.number }
            var row = cells
            row["id"] = key + "-delivered"; row["status"] = "delivered"; row["as_of"] = "\(last)"
            let of = deal.ordered.map { " of \($0.plainText)" } ?? ""
            row["note"] = "SIPRI: \(delivered.plainText)\(of) delivered in \(Set(years).sorted().map(String.init).joined(separator: ", "))"
            statuses.append(row)
        }
    }

    /// A TIV table value: one figure per supplier, recipient and year, its id from the source so two tables
    /// holding the same pair keep their own rows.
    public mutating func add(_ value: SipriTIVValue) {
        let period = value.firstYear == value.lastYear ? "\(value.firstYear)" : "\(value.firstYear) to \(value.lastYear)"
        figures.append([
            "id": "\(sourceID)-\(value.supplier.iso.lowercased())-\(value.recipient.iso.lowercased())-\(value.firstYear)"
                + (value.firstYear == value.lastYear ? "" : "-\(value.lastYear)"),
            "indicator": "arms_tiv", "reporter": value.supplier.iso, "partner": value.recipient.iso, "direction": "to_partner",
            "subject": "major conventional arms", "period": period, "as_reported": Self.tivText(value.tiv), "unit": "TIV",
            "source_id": sourceID,
            "note": "SIPRI TIV table; TIV of deliveries, not money" + (value.tiv == .underHalfMillion ? "; SIPRI's 0: under 0.5 million" : ""),
        ])
    }
}
