import BilatCore

/// A download layout bilat reads, known by its header row.
///
/// Every layout is read through the field names of the current Comtrade record (`reporterISO`, `flowCode`,
/// `primaryValue`, …); a layout says which header names each field goes by, so one row reader serves all.
public struct ComtradeLayout: Sendable {
    /// How a layout writes the flow: current letters (`X`), or legacy numbers (`2`) with the letters under
    /// `Trade Flow` when the number is `0` (legacy header, new codes).
    public enum Flows: Sendable { case letters, legacyCodes }

    public var name: String
    /// Header names a header must have, one per required field (compared ignoring case, spaces and punctuation).
    public var required: [String] { requiredFields.map { names(of: $0).first ?? $0 } }
    /// The fields a header must have (any of a field's names will do).
    var requiredFields: [String]
    /// Each field the row reader reads, and the header names it goes by in this layout, first the usual one.
    var fields: [(field: String, names: [String])]
    public var flows: Flows
    /// One of the retired comtrade.un.org layouts: its source row cites that site, not comtradeplus.
    public var isLegacy: Bool { flows == .legacyCodes }

    func names(of field: String) -> [String] { fields.first { $0.field == field }?.names ?? [] }

    /// The current Comtrade record (comtradeplus CSV `TradeData_*.csv`, bulk `.txt` tab-separated, API JSON).
    public static let comtradePlus = ComtradeLayout(
        name: "UN Comtrade+ (comtradeplus CSV, bulk tab-separated text or API JSON)",
        requiredFields: ["reporterISO", "partnerISO", "flowCode", "period", "cmdCode", "aggrLevel", "isLeaf", "primaryValue"],
        fields: ["reporterISO", "reporterCode", "reporterDesc", "partnerISO", "partnerCode", "partnerDesc", "flowCode",
                 "period", "refMonth", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "partner2Code", "partner2ISO",
                 "customsCode", "motCode", "primaryValue", "cifvalue", "fobvalue", "isQtyEstimated", "isAltQtyEstimated", "isNetWgtEstimated", "isGrossWgtEstimated",
                 "legacyEstimationFlag", "isReported", "isAggregate"].map { ($0, [$0]) },
        flows: .letters)

    /// The legacy fields (comtrade.un.org, retired 2023) shared by its CSV layouts, by their legacy header names.
    static let legacyFields: [(field: String, names: [String])] = [
        ("reporterISO", ["Reporter ISO"]), ("reporterCode", ["Reporter Code"]), ("reporterDesc", ["Reporter"]),
        ("partnerISO", ["Partner ISO"]), ("partnerCode", ["Partner Code"]), ("partnerDesc", ["Partner"]),
        ("flowCode", ["Trade Flow Code"]), ("flowDesc", ["Trade Flow"]), ("period", ["Period"]), ("refYear", ["Year"]),
        ("cmdCode", ["Commodity Code"]), ("cmdDesc", ["Commodity"]), ("aggrLevel", ["Aggregate Level"]),
        ("isLeaf", ["Is Leaf Code"]), ("partner2Code", ["2nd Partner Code"]), ("partner2ISO", ["2nd Partner ISO"]),
        ("customsCode", ["Customs Proc. Code"]), ("motCode", ["Mode of Transport Code"]),
        ("primaryValue", ["Trade Value (US$)"]),
        // Hand-made copies drop the "(US$)" (`CIF TradeValue`); spacing and case are ignored anyway.
        ("cifvalue", ["CIF Trade Value (US$)", "CIF TradeValue"]), ("fobvalue", ["FOB Trade Value (US$)", "FOB TradeValue"]),
        ("legacyEstimationFlag", ["Flag"]),
    ]
    static let legacyRequired = ["flowCode", "flowDesc", "reporterISO", "partnerCode", "partnerISO", "period", "cmdCode",
                                 "aggrLevel", "isLeaf", "primaryValue"]

    /// The legacy website / API CSV: 35 columns with second partner, customs procedure, transport, CIF and FOB.
    public static let legacyAPI = ComtradeLayout(
        name: "UN Comtrade legacy CSV (comtrade.un.org website or API download, 35 columns)",
        requiredFields: legacyRequired + ["partner2Code", "customsCode", "motCode", "cifvalue", "fobvalue"],
        fields: legacyFields + [("qty", ["Qty"]), ("netWgt", ["Netweight (kg)"])], flows: .legacyCodes)

    /// The legacy bulk goods CSV: 22 columns, no breakdown columns (every row is a total) and no CIF/FOB.
    public static let legacyBulkGoods = ComtradeLayout(
        name: "UN Comtrade legacy bulk goods CSV (22 columns)",
        requiredFields: legacyRequired + ["qty", "netWgt"],
        fields: legacyFields + [("qty", ["Qty"]), ("netWgt", ["Netweight (kg)"])], flows: .legacyCodes)

    /// The legacy bulk services CSV: the goods columns without quantity and weight (18 columns).
    public static let legacyBulkServices = ComtradeLayout(
        name: "UN Comtrade legacy bulk services CSV (18 columns)",
        requiredFields: legacyRequired, fields: legacyFields, flows: .legacyCodes)

    /// The legacy API's JSON (`{"validation": …, "dataset": [records]}`): the 35 fields under short keys.
    public static let legacyJSON = ComtradeLayout(
        name: "UN Comtrade legacy API JSON (comtrade.un.org/api/get, \"dataset\" records)",
        requiredFields: ["flowCode", "reporterISO", "partnerCode", "partnerISO", "period", "cmdCode", "aggrLevel", "isLeaf",
                         "primaryValue"],
        fields: [("reporterISO", ["rt3ISO"]), ("reporterCode", ["rtCode"]), ("reporterDesc", ["rtTitle"]),
                 ("partnerISO", ["pt3ISO"]), ("partnerCode", ["ptCode"]), ("partnerDesc", ["ptTitle"]), ("flowCode", ["rgCode"]),
                 ("flowDesc", ["rgDesc"]), ("period", ["period"]), ("refYear", ["yr"]), ("cmdCode", ["cmdCode"]),
                 ("cmdDesc", ["cmdDescE"]), ("aggrLevel", ["aggrLevel"]), ("isLeaf", ["IsLeaf"]), ("partner2Code", ["ptCode2"]),
                 ("partner2ISO", ["pt3ISO2"]), ("customsCode", ["cstCode"]), ("motCode", ["motCode"]),
                 ("primaryValue", ["TradeValue"]), ("cifvalue", ["CIFValue"]), ("fobvalue", ["FOBValue"]),
                 ("legacyEstimationFlag", ["estCode"])],
        flows: .legacyCodes)

    /// Most specific first: a 35-column header also has every column of the 22- and 18-column ones.
    public static let known: [ComtradeLayout] = [.comtradePlus, .legacyAPI, .legacyBulkGoods, .legacyBulkServices, .legacyJSON]

    /// What bilat reads, for a refusal: each layout with the columns it needs.
    static var described: String {
        known.map { "\($0.name) with the columns \($0.required.joined(separator: ", "))" }.joined(separator: "; ")
    }

    /// The first known layout whose required fields are all in `header`.
    static func matching(_ header: [String]) -> ComtradeLayout? {
        let names = Set(header.map(ComtradeColumns.key))
        return known.first { layout in
            layout.requiredFields.allSatisfy { field in
                layout.names(of: field).contains { names.contains(ComtradeColumns.key($0)) }
            }
        }
    }

    /// The layout whose required columns are all in `header`, or an error at the header row naming what is read.
    static func detect(_ header: [String], path: String, line: Int) -> Result<ComtradeLayout, Diagnostic> {
        if let layout = matching(header) { return .success(layout) }
        return .failure(.error("the header row is in no Comtrade layout bilat reads (found: \(header.joined(separator: ", ")))",
                               at: SourceLocation(path: path, line: line, column: 1), accepted: described))
    }
}

/// Where each field of a layout sits in one header; a field missing from the header reads as empty.
struct ComtradeColumns {
    let layout: ComtradeLayout
    private var positions: [String: Int] = [:]
    private var labels: [String: String] = [:]
    /// The position of each ``ComtradeField`` (-1 when the header lacks it): a row reads some thirty cells, and a
    /// lookup by name each time was a tenth of an import.
    private var slots: [Int] = []

    init(_ header: [String], layout: ComtradeLayout = .comtradePlus) {
        self.layout = layout
        // The first of a repeated name wins.
        var byKey: [String: (position: Int, name: String)] = [:]
        for (position, name) in header.enumerated() where byKey[Self.key(name)] == nil {
            byKey[Self.key(name)] = (position, name)
        }
        for (field, names) in layout.fields where positions[field] == nil {
            guard let found = names.lazy.compactMap({ byKey[Self.key($0)] }).first else { continue }
            positions[field] = found.position
            labels[field] = found.name
        }
        slots = ComtradeField.allCases.map { positions[$0.name] ?? -1 }
    }

    /// Header names compared by their letters and digits alone: `Trade Value (US$)` is `TradeValueUS`.
    static func key(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0)
        }))
    }

    func position(_ field: String) -> Int? { positions[field] }

    func position(_ field: ComtradeField) -> Int? {
        let position = field.rawValue < slots.count ? slots[field.rawValue] : -1
        return position >= 0 ? position : nil
    }

    /// Which of a row's `width` cells the row reader reads: those of its fields, the rest are never made text.
    func wanted(width: Int) -> [Bool] {
        var wanted = [Bool](repeating: false, count: width)
        for position in slots where position >= 0 && position < width { wanted[position] = true }
        return wanted
    }

    func label(_ field: ComtradeField) -> String { label(field.name) }

    /// The field's column as the header writes it, for messages.
    func label(_ field: String) -> String { labels[field] ?? layout.names(of: field).first ?? field }
}

/// The fields the row reader reads, by the current Comtrade record's names.
enum ComtradeField: Int, CaseIterable {
    case reporterISO, reporterCode, reporterDesc, partnerISO, partnerCode, partnerDesc, flowCode, flowDesc, period,
         refYear, refMonth, cmdCode, cmdDesc, aggrLevel, isLeaf, partner2Code, partner2ISO, customsCode, motCode,
         primaryValue, cifvalue, fobvalue, isQtyEstimated, isAltQtyEstimated, isNetWgtEstimated, isGrossWgtEstimated,
         legacyEstimationFlag, isReported, isAggregate, qty, netWgt

    var name: String { String(describing: self) }
}
