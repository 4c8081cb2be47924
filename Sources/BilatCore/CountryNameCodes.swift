/// Country names as statistics publishers write them (SIPRI, news), each to its ISO 3166-1 alpha-3 code, beside
/// the short names of ``CountryNames``. States that no longer exist keep the codes ISO 3166-3 reserved for them.
extension CountryNames {
    /// The code for a name written by a publisher, compared case-insensitively; nil when bilat knows no such name.
    public static func code(named name: String) -> String? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return codesByName[key]
    }

    /// The names ``code(named:)`` reads, sorted, for an error's "accepted".
    public static var namesRead: [String] { Array(Set(table.values).union(aliases.keys)).sorted() }

    static let codesByName: [String: String] = {
        var codes: [String: String] = [:]
        for (code, name) in table { codes[name.lowercased()] = code }
        for (name, code) in aliases { codes[name.lowercased()] = code }
        return codes
    }()

    /// Other spellings, mostly SIPRI's (`Turkiye`, `Czech Republic`, `Soviet Union`).
    static let aliases: [String: String] = [
        "Turkiye": "TUR", "Turkey": "TUR", "Czech Republic": "CZE", "UAE": "ARE", "UK": "GBR", "USA": "USA",
        "Viet Nam": "VNM", "Vietnam": "VNM", "Korea, South": "KOR", "Korea, North": "PRK", "Russian Federation": "RUS",
        "Iran (Islamic Republic of)": "IRN", "Syrian Arab Republic": "SYR", "Bosnia-Herzegovina": "BIH",
        "Bosnia and Herzegovina": "BIH", "Cote d'Ivoire": "CIV", "Côte d'Ivoire": "CIV", "Ivory Coast": "CIV",
        "DR Congo": "COD", "Congo": "COG", "Macedonia": "MKD", "North Macedonia": "MKD", "Swaziland": "SWZ",
        "Eswatini": "SWZ", "Burma": "MMR", "Myanmar": "MMR", "Cape Verde": "CPV", "Timor-Leste": "TLS",
        "East Timor": "TLS", "Brunei": "BRN", "Laos": "LAO", "Moldova": "MDA", "Gambia": "GMB", "Bahamas": "BHS",
        "Soviet Union": "SUN", "USSR": "SUN", "Czechoslovakia": "CSK", "Yugoslavia": "YUG",
        "East Germany (GDR)": "DDR", "East Germany": "DDR", "West Germany (FRG)": "DEU", "West Germany": "DEU",
        "South Vietnam": "VDR", "North Yemen": "YEM", "South Yemen": "YMD", "Taiwan": "TWN",
        "Yemen Arab Republic (North Yemen)": "YEM", "Saint Vincent": "VCT",
        // ISO 3166 has no code for Kosovo; XKX is the one in common use. bilat's table gives it no name, so
        // `bilat dataset new` asks for one; an importer names it as its source does.
        "Kosovo": "XKX",
        "Cabo Verde": "CPV", "Zaire": "COD", "North Vietnam": "VNM", "Micronesia, Federated States of": "FSM",
    ]
}
