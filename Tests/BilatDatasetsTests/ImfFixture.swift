/// IMF downloads written for the tests in the three layouts bilat reads, with the same observations in each:
/// AZE exports to PAK (a year, a null year, a month), AZE exports to World, PAK imports from AZE (flagged E where
/// the layout can flag), and rows that are skipped: the euro area aggregate and the trade balance.
enum ImfFixture {
    static let exportsName = "Goods, Value of Exports, Free on board (FOB), US Dollars"
    static let importsName = "Goods, Value of Imports, Cost, Insurance, Freight (CIF), US Dollars"
    static let balanceName = "Goods, Value of Trade Balance, US Dollars"

    /// Legacy DOTS timeSeries: a column per period, Value and Status rows, US$ millions, every line ending in a comma.
    static let timeSeries = """
        "Country Name","Country Code","Indicator Name","Indicator Code","Counterpart Country Name","Counterpart Country Code","Attribute","2018","2019","2018M05",
        "Azerbaijan, Rep. of","912","\(exportsName)","TXG_FOB_USD","Pakistan","564","Value","1.23456789","","0.028421",
        "Azerbaijan, Rep. of","912","\(exportsName)","TXG_FOB_USD","Pakistan","564","Status","","","",
        "Azerbaijan, Rep. of","912","\(exportsName)","TXG_FOB_USD","World","001","Value","9","","",
        "Pakistan","564","\(importsName)","TMG_CIF_USD","Azerbaijan, Rep. of","912","Value","0.00053","","",
        "Pakistan","564","\(importsName)","TMG_CIF_USD","Azerbaijan, Rep. of","912","Status","E","","",
        "Azerbaijan, Rep. of","912","\(exportsName)","TXG_FOB_USD","Euro Area","163","Value","0.1","","",
        "Azerbaijan, Rep. of","912","\(balanceName)","TBG_USD","Pakistan","564","Value","1.2","","",

        """

    /// Legacy DOTS panel: a row per pair and period, a column per indicator, US$ millions.
    static let panel = """
        "Country Name","Country Code","Counterpart Country Name","Counterpart Country Code","Time Period","\(exportsName) (TXG_FOB_USD)","\(importsName) (TMG_CIF_USD)","\(balanceName) (TBG_USD)",
        "Azerbaijan, Rep. of","912","Pakistan","564","2018","1.23456789","","1.2",
        "Azerbaijan, Rep. of","912","Pakistan","564","2019","","","",
        "Azerbaijan, Rep. of","912","Pakistan","564","2018M05","0.028421","","",
        "Azerbaijan, Rep. of","912","World","001","2018","9","","",
        "Pakistan","564","Azerbaijan, Rep. of","912","2018","","0.00053","",
        "Azerbaijan, Rep. of","912","Euro Area","163","2018","0.1","","",

        """

    static let imtsHeader = "DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,SCALE,UNIT,STATUS"

    /// IMTS SDMX-CSV with SCALE 6: the same numbers as the DOTS files, in US$ millions.
    static let imtsMillions = imts(scale: "6", values: ["1.23456789", "0.028421", "9", "0.00053", "0.1", "1.2"])

    /// IMTS SDMX-CSV in plain US$ (SCALE 0), as the 2025 portal serves it.
    static let imtsUnits = imts(scale: "0", values: ["1234567.89", "28421", "9000000", "530", "100000", "1200000"])

    static func imts(scale: String, values: [String]) -> String {
        let v = values + Array(repeating: "", count: max(0, 6 - values.count))
        return """
            \(imtsHeader)
            IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,PAK,A,2018,\(v[0]),\(scale),USD,
            IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,PAK,A,2019,,\(scale),USD,
            IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,PAK,M,2018-M05,\(v[1]),\(scale),USD,
            IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,G001,A,2018,\(v[2]),\(scale),USD,
            IMF.STA:IMTS(1.0.0),PAK,MG_CIF_USD,AZE,A,2018,\(v[3]),\(scale),USD,E
            IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,G163,A,2018,\(v[4]),\(scale),USD,
            IMF.STA:IMTS(1.0.0),AZE,TBG_USD,PAK,A,2018,\(v[5]),\(scale),USD,

            """
    }
}
