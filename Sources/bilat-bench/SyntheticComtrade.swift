import BilatCore
import Foundation

/// A generated UN Comtrade+ download in the current 47-field comtradeplus CSV layout: 20 reporters, 150
/// partners and World, 24 years, X M RX RM, HS chapters with quoted descriptions, and the rows bilat skips
/// (a DX flow every 53rd row, a transport breakdown every 37th, a null value every 101st, and a TOTAL row
/// above its chapters in every tenth series). Written a row at a time; the same rows give the same bytes.
enum SyntheticComtrade {
    static let header = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate"

    static let descriptions = [
        "Meat and edible meat offal", "\"Fish and crustaceans, molluscs and other aquatic invertebrates\"",
        "Cereals", "\"Mineral fuels, mineral oils and products of their distillation; bituminous substances\"",
        "Pharmaceutical products", "\"Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof\"",
        "Cotton", "\"Vehicles other than railway or tramway rolling stock, and parts and accessories thereof\"",
        "\"Arms and ammunition; parts and accessories thereof\"", "\"Furniture; bedding, mattresses\"",
    ]

    struct Counts { var rows = 0, series = 0 }

    /// `count` user-assigned partner codes from QMA on.
    static func extraPartners(_ count: Int) -> [String] {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return (0..<max(0, count)).map { i in "Q" + String(letters[(12 + i / 26) % 26]) + String(letters[i % 26]) }
    }

    /// Writes `rows` data rows to `path`.
    static func write(rows: Int, to path: String) throws -> Counts {
        // bilat names only about 70 countries; the other partners are user-assigned codes (QMA, QMB, …), which
        // the bench adds to parties.csv first, as a user adds the names bilat lacks.
        let named = CountryNames.codes.filter { Party.isValidID($0) }
        let reporters = Array(named.prefix(20))
        let partners = ["W00"] + Array(named.dropFirst(20)) + extraPartners(150 - (named.count - 20))
        let flows = [("X", "Export"), ("M", "Import"), ("RX", "Re-export"), ("RM", "Re-import")]
        let chapters = 96
        let totalSeries = 24 * reporters.count * partners.count * flows.count
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw NSError(domain: "bilat-bench", code: 2) }
        defer { try? handle.close() }
        var out: [UInt8] = Array((header + "\n").utf8)
        var counts = Counts()
        var random: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<rows {
            let s = i / chapters, chapter = i % chapters + 1
            // A bijection of the series number (7919 is prime and divides no factor of the total), so series spread
            // over every reporter, partner, flow and year yet never repeat.
            let mixed = (s &* 7919) % totalSeries
            let year = 2000 + mixed % 24
            let reporter = reporters[(mixed / 24) % reporters.count]
            let partner = partners[(mixed / (24 * reporters.count)) % partners.count]
            var (flow, flowDesc) = flows[(mixed / (24 * reporters.count * partners.count)) % flows.count]
            if chapter == 1 { counts.series += 1 }
            let total = s % 10 == 0 && chapter == 1
            let code = total ? "TOTAL" : (chapter < 10 ? "0\(chapter)" : "\(chapter)")
            let desc = total ? "All Commodities" : descriptions[chapter % descriptions.count]
            if i % 53 == 52 { (flow, flowDesc) = ("DX", "Domestic Export") }
            let mot = i % 37 == 36 ? ("2100", "Sea") : ("0", "TOTAL MOT")
            random = random &* 6364136223846793005 &+ 1442695040888963407
            let cents = (random >> 20) % 1_000_000_000_000
            let value = i % 101 == 100 ? "" : "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
            let (cif, fob) = flow.hasSuffix("M") ? (value, "") : ("", value)
            let partnerDesc = partner == "W00" ? "World" : (CountryNames.name(partner) ?? partner).replacingOccurrences(of: ",", with: " ")
            let partnerCode = partner == "W00" ? "0" : "\(100 + (partners.firstIndex(of: partner) ?? 0))"
            let line = "C,A,\(year)0101,\(year),52,\(year),\(100 + (reporters.firstIndex(of: reporter) ?? 0)),\(reporter),\(reporter) name,\(flow),\(flowDesc),\(partnerCode),\(partner),\(partnerDesc),0,W00,World,H5,HS,true,\(code),\(desc),\(total ? 0 : 2),false,C00,TOTAL CPC,0,\(mot.0),\(mot.1),-1,N/A,,false,-1,N/A,,false,,false,,false,\(cif),\(fob),\(value),0,\(i % 7 == 0 ? "false" : "true"),false\n"
            out.append(contentsOf: line.utf8)
            counts.rows += 1
            if out.count >= 1 << 20 { try handle.write(contentsOf: out); out.removeAll(keepingCapacity: true) }
        }
        try handle.write(contentsOf: out)
        return counts
    }
}
