/// Comtrade+ downloads written for the tests in the 47-field record layout, plus one extra column
/// (`datasetCode`) and mixed-case names, as comtradeplus and bulk files spell them differently.
enum ComtradeFixture {
    static let columns = [
        "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "ReporterISO",
        "reporterDesc", "flowCode", "flowDesc", "partnerCode", "PARTNERISO", "partnerDesc", "partner2Code",
        "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode",
        "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc", "mosCode",
        "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode",
        "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt",
        "isGrossWgtEstimated", "cifValue", "fobValue", "primaryValue", "legacyEstimationFlag", "isReported",
        "isAggregate", "datasetCode",
    ]

    /// A row: an annual AZE export of everything to PAK unless `changes` says otherwise.
    static func row(_ changes: [String: String] = [:]) -> [String] {
        let defaults: [String: String] = [
            "typeCode": "C", "freqCode": "A", "refPeriodId": "20180101", "refYear": "2018", "refMonth": "52", "period": "2018",
            "reporterCode": "31", "ReporterISO": "AZE", "reporterDesc": "Azerbaijan", "flowCode": "X", "flowDesc": "Export",
            "partnerCode": "586", "PARTNERISO": "PAK", "partnerDesc": "Pakistan", "partner2Code": "0", "partner2ISO": "W00",
            "partner2Desc": "World", "classificationCode": "H5", "classificationSearchCode": "HS",
            "isOriginalClassification": "true", "cmdCode": "TOTAL", "cmdDesc": "All Commodities", "aggrLevel": "0",
            "isLeaf": "false", "customsCode": "C00", "customsDesc": "TOTAL CPC", "mosCode": "0", "motCode": "0",
            "motDesc": "TOTAL MOT", "qtyUnitCode": "-1", "qtyUnitAbbr": "N/A", "qty": "", "isQtyEstimated": "false",
            "altQtyUnitCode": "-1", "altQtyUnitAbbr": "N/A", "altQty": "", "isAltQtyEstimated": "false", "netWgt": "",
            "isNetWgtEstimated": "false", "grossWgt": "", "isGrossWgtEstimated": "false", "cifValue": "",
            "fobValue": "1234567.89", "primaryValue": "1234567.89", "legacyEstimationFlag": "0", "isReported": "true",
            "isAggregate": "false", "datasetCode": "20180052",
        ]
        return columns.map { changes[$0] ?? defaults[$0] ?? "" }
    }

    static func text(_ rows: [[String: String]], separator: String = ",") -> String {
        ([columns] + rows.map(row)).map { $0.joined(separator: separator) }.joined(separator: "\n") + "\n"
    }

    /// AZE↔PAK both ways, World, nested HS levels, X beside RX, a null value, a month, a breakdown.
    static let rows: [[String: String]] = [
        [:],
        ["flowCode": "RX", "primaryValue": "28421", "fobValue": "28421"],
        ["ReporterISO": "PAK", "reporterCode": "586", "PARTNERISO": "AZE", "partnerCode": "31", "flowCode": "M",
         "cifValue": "530", "fobValue": "", "primaryValue": "530"],
        ["PARTNERISO": "W00", "partnerCode": "0", "partnerDesc": "World", "primaryValue": "9000000", "fobValue": "9000000"],
        ["ReporterISO": "PAK", "PARTNERISO": "AZE", "flowCode": "M", "cmdCode": "9020", "aggrLevel": "4",
         "primaryValue": "530", "fobValue": "", "cifValue": "530"],
        ["ReporterISO": "PAK", "PARTNERISO": "AZE", "flowCode": "M", "cmdCode": "902000", "aggrLevel": "6", "isLeaf": "true",
         "primaryValue": "530", "fobValue": "", "cifValue": "530", "isNetWgtEstimated": "true"],
        ["primaryValue": "", "fobValue": "", "flowCode": "M", "period": "2019", "refYear": "2019"],
        ["freqCode": "M", "refMonth": "5", "period": "201805", "primaryValue": "100.5", "fobValue": "100.5"],
        ["motCode": "2100", "motDesc": "Sea", "primaryValue": "700", "fobValue": "700"],
        ["flowCode": "DX", "primaryValue": "1000000"],
    ]
}
