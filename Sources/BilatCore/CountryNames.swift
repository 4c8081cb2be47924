/// English short names of countries by ISO 3166-1 alpha-3 code, for a new dataset's `parties.csv`.
/// A small table, not the whole standard: `bilat dataset new --names` covers the rest.
public enum CountryNames {
    public static func name(_ code: String) -> String? { table[code] }

    /// Every code the table knows, sorted.
    public static var codes: [String] { table.keys.sorted() }

    static let table: [String: String] = [
        "AFG": "Afghanistan", "ARE": "United Arab Emirates", "ARG": "Argentina", "ARM": "Armenia",
        "AUS": "Australia", "AUT": "Austria", "AZE": "Azerbaijan", "BEL": "Belgium", "BGD": "Bangladesh",
        "BLR": "Belarus", "BRA": "Brazil", "CAN": "Canada", "CHE": "Switzerland", "CHN": "China",
        "CZE": "Czechia", "DEU": "Germany", "DNK": "Denmark", "DZA": "Algeria", "EGY": "Egypt", "ESP": "Spain",
        "FIN": "Finland", "FRA": "France", "GBR": "United Kingdom", "GEO": "Georgia", "GRC": "Greece",
        "HUN": "Hungary", "IDN": "Indonesia", "IND": "India", "IRN": "Iran", "IRQ": "Iraq", "ISR": "Israel",
        "ITA": "Italy", "JOR": "Jordan", "JPN": "Japan", "KAZ": "Kazakhstan", "KGZ": "Kyrgyzstan",
        "KOR": "South Korea", "KWT": "Kuwait", "LBN": "Lebanon", "LBY": "Libya", "MAR": "Morocco",
        "MEX": "Mexico", "MYS": "Malaysia", "NGA": "Nigeria", "NLD": "Netherlands", "NOR": "Norway",
        "OMN": "Oman", "PAK": "Pakistan", "PHL": "Philippines", "POL": "Poland", "PRT": "Portugal",
        "QAT": "Qatar", "ROU": "Romania", "RUS": "Russia", "SAU": "Saudi Arabia", "SRB": "Serbia",
        "SWE": "Sweden", "SYR": "Syria", "THA": "Thailand", "TJK": "Tajikistan", "TKM": "Turkmenistan",
        "TUN": "Tunisia", "TUR": "Türkiye", "UKR": "Ukraine", "USA": "United States", "UZB": "Uzbekistan",
        "VNM": "Viet Nam", "ZAF": "South Africa",
    ]
}
