/// The same trade written out in every Comtrade layout bilat reads, so a test can read each and compare.
///
/// Headers are the real ones (formats doc §1.1, §1.2); values are made up. The rows carry the traps: World beside
/// a partner, HS 9020 beside the 902000 it holds, X beside RX, a missing value, a month beside a year, RM, and a
/// commodity description with a comma (quoted in CSV).
enum ComtradeLayoutFixture {
    struct Row: Sendable {
        var reporter = "AZE", reporterCode = "31", reporterName = "Azerbaijan"
        var partner = "PAK", partnerCode = "586", partnerName = "Pakistan"
        /// The current letter code; each layout writes it its own way.
        var flow = "X"
        var period = "2018"
        var commodity = "TOTAL", description = "All Commodities", level = "0", leaf = false
        /// "" when the value is missing.
        var value = "1234567"
        var flag = "0"

        var isWorld: Bool { partnerCode == "0" }
        var year: String { String(period.prefix(4)) }
        var isMonthly: Bool { period.count == 6 }
    }

    static let rows: [Row] = [
        Row(),
        Row(flow: "RX", value: "28421"),
        Row(partner: "", partnerCode: "0", partnerName: "World", value: "9000000"),
        Row(reporter: "PAK", reporterCode: "586", reporterName: "Pakistan", partner: "AZE", partnerCode: "31",
            partnerName: "Azerbaijan", flow: "M", commodity: "9020", description: "Breathing appliances and gas masks, n.e.s.",
            level: "4", value: "530", flag: "6"),
        Row(reporter: "PAK", reporterCode: "586", reporterName: "Pakistan", partner: "AZE", partnerCode: "31",
            partnerName: "Azerbaijan", flow: "M", commodity: "902000", description: "Breathing appliances and gas masks, n.e.s.",
            level: "6", leaf: true, value: "530"),
        Row(period: "2019", value: ""),
        Row(period: "201805", value: "700"),
        Row(flow: "RM", value: "12345678901234567890"),
    ]

    /// The figures these rows must become, whatever the layout (id, indicator, partner, period, value).
    static let figures = [
        "ct-aze-pak-x-2018-total exports PAK 2018 USD 1234567",
        "ct-aze-pak-rx-2018-total re_exports PAK 2018 USD 28421",
        "ct-aze-wld-x-2018-total exports WLD 2018 USD 9000000",
        "ct-pak-aze-m-2018-9020 imports AZE 2018 USD 530",
        "ct-aze-pak-x-2018-05-total exports PAK 2018-05 USD 700",
        "ct-aze-pak-rm-2018-total re_imports PAK 2018 USD 12345678901234567890",
    ]

    enum Style: String, Sendable { case numbered, letters }

    /// A layout and code style to write the rows in.
    enum Layout: String, CaseIterable, Sendable {
        case legacyAPINumbered, legacyAPILetters, legacyAPIHandMade, legacyBulkGoodsNumbered, legacyBulkGoodsLetters,
             legacyBulkServices, legacyAPIJSON, comtradePlusCSV, comtradePlusTSV, apiJSON, apiJSONOneLine, apiJSONDataArray
    }

    /// The legacy API's JSON keys (comtradr's old `api_col_names()`), each with the CSV column it holds, and
    /// whether the API wrote it as a number (null when empty) rather than a string.
    static let legacyJSONKeys: [(key: String, column: String, number: Bool)] = [
        ("pfCode", "Classification", false), ("yr", "Year", true), ("period", "Period", true),
        ("periodDesc", "Period Desc.", false), ("aggrLevel", "Aggregate Level", true), ("IsLeaf", "Is Leaf Code", true),
        ("rgCode", "Trade Flow Code", true), ("rgDesc", "Trade Flow", false), ("rtCode", "Reporter Code", true),
        ("rtTitle", "Reporter", false), ("rt3ISO", "Reporter ISO", false), ("ptCode", "Partner Code", true),
        ("ptTitle", "Partner", false), ("pt3ISO", "Partner ISO", false), ("ptCode2", "2nd Partner Code", true),
        ("ptTitle2", "2nd Partner", false), ("pt3ISO2", "2nd Partner ISO", false), ("cstCode", "Customs Proc. Code", false),
        ("cstDesc", "Customs", false), ("motCode", "Mode of Transport Code", false), ("motDesc", "Mode of Transport", false),
        ("cmdCode", "Commodity Code", false), ("cmdDescE", "Commodity", false), ("qtCode", "Qty Unit Code", true),
        ("qtDesc", "Qty Unit", false), ("qtAltCode", "Alt Qty Unit Code", true), ("qtAltDesc", "Alt Qty Unit", false),
        ("TradeQuantity", "Qty", true), ("AltQuantity", "Alt Qty", true), ("NetWeight", "Netweight (kg)", true),
        ("GrossWeight", "Gross weight (kg)", true), ("TradeValue", "Trade Value (US$)", true),
        ("CIFValue", "CIF Trade Value (US$)", true), ("FOBValue", "FOB Trade Value (US$)", true), ("estCode", "Flag", true),
    ]

    static func legacyJSON(_ rows: [Row]) -> String {
        let records = rows.map { row -> String in
            let cells = legacyCells(row, style: .numbered)
            let members = legacyJSONKeys.map { key, column, number -> String in
                let text = cells[column] ?? ""
                return "         \"\(key)\":" + (number ? (text.isEmpty ? "null" : text) : "\"\(text)\"")
            }
            return "      {\n" + members.joined(separator: ",\n") + "\n      }"
        }
        return """
            {
               "validation":{
                  "status":{"name":"Ok","value":0,"category":0,"description":"","helpUrl":""},
                  "message":null,
                  "count":{"value":\(rows.count)}
               },
               "dataset":[
            \(records.joined(separator: ",\n"))
               ]
            }

            """
    }

    static let legacyAPIHeader = [
        "Classification", "Year", "Period", "Period Desc.", "Aggregate Level", "Is Leaf Code", "Trade Flow Code",
        "Trade Flow", "Reporter Code", "Reporter", "Reporter ISO", "Partner Code", "Partner", "Partner ISO",
        "2nd Partner Code", "2nd Partner", "2nd Partner ISO", "Customs Proc. Code", "Customs",
        "Mode of Transport Code", "Mode of Transport", "Commodity Code", "Commodity", "Qty Unit Code", "Qty Unit",
        "Qty", "Alt Qty Unit Code", "Alt Qty Unit", "Alt Qty", "Netweight (kg)", "Gross weight (kg)",
        "Trade Value (US$)", "CIF Trade Value (US$)", "FOB Trade Value (US$)", "Flag",
    ]
    /// The munged spelling of a hand-made copy (yusufades/Dragonfly's mock), same order.
    static let handMadeHeader = legacyAPIHeader.map {
        ["Trade Flow Code": "TradeFlow Code", "Trade Flow": "TradeFlow", "Netweight (kg)": "Netweightkg",
         "Gross weight (kg)": "GrossWeightkg", "Trade Value (US$)": "TradeValueUS", "CIF Trade Value (US$)": "CIF TradeValue"][$0] ?? $0
    }
    static let legacyBulkGoodsHeader = [
        "Classification", "Year", "Period", "Period Desc.", "Aggregate Level", "Is Leaf Code", "Trade Flow Code",
        "Trade Flow", "Reporter Code", "Reporter", "Reporter ISO", "Partner Code", "Partner", "Partner ISO",
        "Commodity Code", "Commodity", "Qty Unit Code", "Qty Unit", "Qty", "Netweight (kg)", "Trade Value (US$)", "Flag",
    ]
    static let legacyBulkServicesHeader = legacyBulkGoodsHeader.filter {
        !["Qty Unit Code", "Qty Unit", "Qty", "Netweight (kg)"].contains($0)
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// A legacy row's cells by header name, in the given code style.
    static func legacyCells(_ row: Row, style: Style) -> [String: String] {
        let numbers = ["M": ("1", "Import"), "X": ("2", "Export"), "RX": ("3", "Re-Export"), "RM": ("4", "Re-Import")]
        let (code, name) = style == .numbered ? (numbers[row.flow] ?? ("0", row.flow)) : ("0", row.flow)
        let world = style == .numbered ? "WLD" : "W00"
        let month = Int(row.period.suffix(2)).map { $0 - 1 }.flatMap { months.indices.contains($0) ? months[$0] : nil }
        var cells = [
            "Classification": "H5", "Year": row.year, "Period": row.period,
            "Period Desc.": row.isMonthly ? "\(month ?? "") \(row.year)" : row.year,
            "Aggregate Level": row.level, "Is Leaf Code": row.leaf ? "1" : "0", "Trade Flow Code": code, "Trade Flow": name,
            "Reporter Code": row.reporterCode, "Reporter": row.reporterName, "Reporter ISO": row.reporter,
            "Partner Code": row.partnerCode, "Partner": row.partnerName, "Partner ISO": row.isWorld ? world : row.partner,
            "Commodity Code": row.commodity, "Commodity": row.description, "Qty Unit Code": "1", "Qty Unit": "No Quantity",
            "Qty": "0", "Trade Value (US$)": row.value, "Flag": row.flag,
        ]
        if style == .letters {
            // Legacy header, new codes: totals spelled out, CIF for imports and FOB for exports.
            cells.merge(["2nd Partner Code": "0", "2nd Partner": "World", "2nd Partner ISO": "W00", "Customs Proc. Code": "C00",
                         "Customs": "All CPCs", "Mode of Transport Code": "0", "Mode of Transport": "All MOTs",
                         "Qty Unit Code": "-1", "Qty Unit": "N/A", "Qty": "", "Alt Qty Unit Code": "-1", "Alt Qty Unit": "N/A",
                         "CIF Trade Value (US$)": row.flow == "M" ? row.value : "",
                         "FOB Trade Value (US$)": row.flow == "X" ? row.value : ""]) { $1 }
        }
        return cells
    }

    /// The current record's cells by field name.
    static func plusCells(_ row: Row) -> [String: String] {
        [
            "typeCode": "C", "freqCode": row.isMonthly ? "M" : "A", "refPeriodId": row.year + (row.isMonthly ? row.period.suffix(2) : "01") + "01",
            "refYear": row.year, "refMonth": row.isMonthly ? String(Int(row.period.suffix(2)) ?? 0) : "52", "period": row.period,
            "reporterCode": row.reporterCode, "reporterISO": row.reporter, "reporterDesc": row.reporterName,
            "flowCode": row.flow, "flowDesc": row.flow, "partnerCode": row.partnerCode, "partnerISO": row.isWorld ? "W00" : row.partner,
            "partnerDesc": row.partnerName, "partner2Code": "0", "partner2ISO": "W00", "partner2Desc": "World",
            "classificationCode": "H5", "classificationSearchCode": "HS", "isOriginalClassification": "true",
            "cmdCode": row.commodity, "cmdDesc": row.description, "aggrLevel": row.level, "isLeaf": row.leaf ? "true" : "false",
            "customsCode": "C00", "customsDesc": "TOTAL CPC", "mosCode": "0", "motCode": "0", "motDesc": "TOTAL MOT",
            "qtyUnitCode": "-1", "qtyUnitAbbr": "N/A", "isQtyEstimated": "false", "altQtyUnitCode": "-1", "altQtyUnitAbbr": "N/A",
            "isAltQtyEstimated": "false", "isNetWgtEstimated": "false", "isGrossWgtEstimated": "false",
            "cifvalue": row.flow == "M" ? row.value : "", "fobvalue": row.flow == "X" ? row.value : "",
            "primaryValue": row.value, "legacyEstimationFlag": row.flag, "isReported": "true", "isAggregate": "false",
        ]
    }

    /// The 47 fields of a current record, in the API's order.
    static let plusFields = [
        "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO",
        "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code",
        "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode", "isOriginalClassification",
        "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc", "mosCode", "motCode", "motDesc",
        "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr", "altQty",
        "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "cifvalue", "fobvalue",
        "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate",
    ]
    /// Fields the API sends as numbers or booleans, not strings; `period` and `mosCode` are strings.
    static let unquotedFields: Set<String> = [
        "refPeriodId", "refYear", "refMonth", "reporterCode", "partnerCode", "partner2Code", "isOriginalClassification",
        "aggrLevel", "isLeaf", "motCode", "qtyUnitCode", "qty", "isQtyEstimated", "altQtyUnitCode", "altQty",
        "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "cifvalue", "fobvalue",
        "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate",
    ]

    static func csvLine(_ cells: [String], separator: String = ",") -> String {
        cells.map { separator == "," && ($0.contains(",") || $0.contains("\"")) ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
            .joined(separator: separator)
    }

    static func csv(header: [String], names: [String]? = nil, _ rows: [Row], cells: (Row) -> [String: String],
                    separator: String = ",") -> String {
        let keys = names ?? header
        return ([csvLine(header, separator: separator)] + rows.map { row in
            let byName = cells(row)
            return csvLine(keys.map { byName[$0] ?? "" }, separator: separator)
        }).joined(separator: "\r\n") + "\r\n"
    }

    /// A JSON record: numbers bare, JSON null for a missing value, strings quoted.
    static func jsonRecord(_ row: Row, indent: String) -> String {
        let cells = plusCells(row)
        let members = plusFields.map { field -> String in
            let text = cells[field] ?? ""
            let value = text.isEmpty ? "null" : unquotedFields.contains(field) ? text
                : "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            return indent.isEmpty ? "\"\(field)\":" + value : indent + "    \"\(field)\": " + value
        }
        let separator = indent.isEmpty ? "," : ",\n"
        return indent.isEmpty ? "{" + members.joined(separator: separator) + "}"
            : indent + "{\n" + members.joined(separator: separator) + "\n" + indent + "}"
    }

    static func json(_ rows: [Row], oneLine: Bool = false, dataOnly: Bool = false) -> String {
        if oneLine {
            let data = "[" + rows.map { jsonRecord($0, indent: "") }.joined(separator: ",") + "]"
            return dataOnly ? data : "{\"elapsedTime\":\"0.04 secs\",\"count\":\(rows.count),\"data\":\(data),\"error\":\"\"}"
        }
        let data = "[\n" + rows.map { jsonRecord($0, indent: "        ") }.joined(separator: ",\n") + "\n    ]"
        return dataOnly ? data + "\n"
            : "{\n    \"elapsedTime\": \"0.04 secs\",\n    \"count\": \(rows.count),\n    \"data\": \(data),\n    \"error\": \"\"\n}\n"
    }

    static func text(_ layout: Layout, _ rows: [Row] = rows) -> String {
        switch layout {
        case .legacyAPINumbered: return csv(header: legacyAPIHeader, rows) { legacyCells($0, style: .numbered) }
        case .legacyAPILetters: return csv(header: legacyAPIHeader, rows) { legacyCells($0, style: .letters) }
        case .legacyAPIHandMade:
            return csv(header: handMadeHeader, names: legacyAPIHeader, rows) { legacyCells($0, style: .numbered) }
        case .legacyBulkGoodsNumbered: return csv(header: legacyBulkGoodsHeader, rows) { legacyCells($0, style: .numbered) }
        case .legacyBulkGoodsLetters: return csv(header: legacyBulkGoodsHeader, rows) { legacyCells($0, style: .letters) }
        case .legacyBulkServices: return csv(header: legacyBulkServicesHeader, rows) { legacyCells($0, style: .numbered) }
        case .legacyAPIJSON: return legacyJSON(rows)
        case .comtradePlusCSV: return csv(header: plusFields, rows, cells: plusCells)
        case .comtradePlusTSV: return csv(header: plusFields, rows, cells: plusCells, separator: "\t")
        case .apiJSON: return json(rows)
        case .apiJSONOneLine: return json(rows, oneLine: true)
        case .apiJSONDataArray: return json(rows, dataOnly: true)
        }
    }
}
