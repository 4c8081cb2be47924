import BilatCore
import Foundation

/// IMF area codes as bilat parties: IMF numeric codes (legacy DOTS), ISO 3166 alpha-2 (old SDMX keys),
/// alpha-3 (IMTS), and the World and aggregate codes of each.
public enum ImfAreas {
    public enum Reading: Equatable, Sendable {
        case party(String)
        /// An aggregate other than World (euro area, "Advanced Economies", a region): not a party of its own.
        case aggregate
        /// A code bilat has no ISO3 for.
        case unknown
    }

    /// Reads a code as written, in any of the spellings.
    public static func read(_ code: String) -> Reading {
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        if worldCodes.contains(code) { return .party("WLD") }
        if code.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int(code) {
            if number == 1 { return .party("WLD") }
            return byIMFCode[number].map { .party($0) } ?? (aggregateCodes.contains(number) ? .aggregate : .unknown)
        }
        // IMTS aggregates: G + digits (G001 World above, G163 euro area, G110 advanced economies …).
        if code.hasPrefix("G"), code.count > 1, code.dropFirst().utf8.allSatisfy({ (0x30...0x39).contains($0) }) { return .aggregate }
        if code.count == 2 { return byISO2[code].map { .party($0) } ?? .unknown }
        if Party.isValidID(code) { return .party(code) }
        return .unknown
    }

    static let worldCodes: Set = ["001", "W00", "WLD", "G001"]

    /// DOTS aggregates: advanced economies, euro area, emerging and developing economies and their regions,
    /// the CIS, special categories and areas not specified.
    static let aggregateCodes: Set = [110, 163, 200, 205, 400, 405, 505, 510, 603, 605, 799, 898, 899, 901, 903, 910, 998]

    /// IMF numeric area code → ISO3, for the countries bilat names (CountryNames).
    static let byIMFCode: [Int: String] = [
        111: "USA", 112: "GBR", 122: "AUT", 124: "BEL", 128: "DNK", 132: "FRA", 134: "DEU", 136: "ITA",
        138: "NLD", 142: "NOR", 144: "SWE", 146: "CHE", 156: "CAN", 158: "JPN", 172: "FIN", 174: "GRC",
        182: "PRT", 184: "ESP", 186: "TUR", 193: "AUS", 199: "ZAF", 213: "ARG", 223: "BRA", 273: "MEX",
        429: "IRN", 433: "IRQ", 436: "ISR", 439: "JOR", 443: "KWT", 446: "LBN", 449: "OMN", 453: "QAT",
        456: "SAU", 463: "SYR", 466: "ARE", 469: "EGY", 512: "AFG", 513: "BGD", 534: "IND", 536: "IDN",
        542: "KOR", 548: "MYS", 564: "PAK", 566: "PHL", 578: "THA", 582: "VNM", 612: "DZA", 672: "LBY",
        686: "MAR", 694: "NGA", 744: "TUN", 911: "ARM", 912: "AZE", 913: "BLR", 915: "GEO", 916: "KAZ",
        917: "KGZ", 922: "RUS", 923: "TJK", 924: "CHN", 925: "TKM", 926: "UKR", 927: "UZB", 935: "CZE",
        942: "SRB", 944: "HUN", 964: "POL", 968: "ROU",
    ]

    /// ISO 3166 alpha-2 → alpha-3, for the same countries.
    static let byISO2: [String: String] = [
        "AF": "AFG", "AE": "ARE", "AR": "ARG", "AM": "ARM", "AU": "AUS", "AT": "AUT", "AZ": "AZE", "BE": "BEL",
        "BD": "BGD", "BY": "BLR", "BR": "BRA", "CA": "CAN", "CH": "CHE", "CN": "CHN", "CZ": "CZE", "DE": "DEU",
        "DK": "DNK", "DZ": "DZA", "EG": "EGY", "ES": "ESP", "FI": "FIN", "FR": "FRA", "GB": "GBR", "GE": "GEO",
        "GR": "GRC", "HU": "HUN", "ID": "IDN", "IN": "IND", "IR": "IRN", "IQ": "IRQ", "IL": "ISR", "IT": "ITA",
        "JO": "JOR", "JP": "JPN", "KZ": "KAZ", "KG": "KGZ", "KR": "KOR", "KW": "KWT", "LB": "LBN", "LY": "LBY",
        "MA": "MAR", "MX": "MEX", "MY": "MYS", "NG": "NGA", "NL": "NLD", "NO": "NOR", "OM": "OMN", "PK": "PAK",
        "PH": "PHL", "PL": "POL", "PT": "PRT", "QA": "QAT", "RO": "ROU", "RU": "RUS", "SA": "SAU", "RS": "SRB",
        "SE": "SWE", "SY": "SYR", "TH": "THA", "TJ": "TJK", "TM": "TKM", "TN": "TUN", "TR": "TUR", "UA": "UKR",
        "US": "USA", "UZ": "UZB", "VN": "VNM", "ZA": "ZAF",
    ]
}
