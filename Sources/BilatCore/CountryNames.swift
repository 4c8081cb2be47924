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
        "ABW": "Aruba", "AGO": "Angola", "ALB": "Albania", "BDI": "Burundi", "BEN": "Benin", "BFA": "Burkina Faso",
        "BGR": "Bulgaria", "BHR": "Bahrain", "BHS": "Bahamas", "BIH": "Bosnia and Herzegovina", "BLZ": "Belize",
        "BOL": "Bolivia", "BRB": "Barbados", "BRN": "Brunei", "BTN": "Bhutan", "BWA": "Botswana",
        "CAF": "Central African Republic", "CHL": "Chile", "CIV": "Cote d'Ivoire", "CMR": "Cameroon",
        "COD": "DR Congo", "COG": "Congo", "COL": "Colombia", "COM": "Comoros", "CPV": "Cape Verde",
        "CRI": "Costa Rica", "CSK": "Czechoslovakia", "CUB": "Cuba", "CYP": "Cyprus", "DDR": "East Germany",
        "DJI": "Djibouti", "DOM": "Dominican Republic", "ECU": "Ecuador", "ERI": "Eritrea", "ESH": "Western Sahara",
        "EST": "Estonia", "ETH": "Ethiopia", "FJI": "Fiji", "GAB": "Gabon", "GHA": "Ghana", "GIN": "Guinea",
        "GMB": "Gambia", "GNB": "Guinea-Bissau", "GNQ": "Equatorial Guinea", "GTM": "Guatemala", "GUY": "Guyana",
        "HND": "Honduras", "HRV": "Croatia", "HTI": "Haiti", "IRL": "Ireland", "ISL": "Iceland", "JAM": "Jamaica",
        "KEN": "Kenya", "KHM": "Cambodia", "LAO": "Laos", "LBR": "Liberia", "LKA": "Sri Lanka", "LSO": "Lesotho",
        "LTU": "Lithuania", "LUX": "Luxembourg", "LVA": "Latvia", "MDA": "Moldova", "MDG": "Madagascar",
        "MDV": "Maldives", "MKD": "North Macedonia", "MLI": "Mali", "MLT": "Malta", "MMR": "Myanmar",
        "MNE": "Montenegro", "MNG": "Mongolia", "MOZ": "Mozambique", "MRT": "Mauritania", "MUS": "Mauritius",
        "MWI": "Malawi", "NAM": "Namibia", "NER": "Niger", "NIC": "Nicaragua", "NPL": "Nepal", "NZL": "New Zealand",
        "PAN": "Panama", "PER": "Peru", "PNG": "Papua New Guinea", "PRK": "North Korea", "PRY": "Paraguay",
        "PSE": "Palestine", "RWA": "Rwanda", "SDN": "Sudan", "SEN": "Senegal", "SGP": "Singapore",
        "SLB": "Solomon Islands", "SLE": "Sierra Leone", "SLV": "El Salvador", "SOM": "Somalia", "SSD": "South Sudan",
        "SUN": "Soviet Union", "SUR": "Suriname", "SVK": "Slovakia", "SVN": "Slovenia", "SWZ": "Eswatini",
        "SYC": "Seychelles", "TCD": "Chad", "TGO": "Togo", "TLS": "Timor-Leste", "TON": "Tonga",
        "TTO": "Trinidad and Tobago", "TWN": "Taiwan", "TZA": "Tanzania", "UGA": "Uganda", "URY": "Uruguay",
        "VDR": "South Vietnam", "VEN": "Venezuela", "VUT": "Vanuatu", "YEM": "Yemen", "YMD": "South Yemen",
        "YUG": "Yugoslavia", "ZMB": "Zambia", "ZWE": "Zimbabwe",
        "AND": "Andorra", "ATG": "Antigua and Barbuda", "DMA": "Dominica", "FSM": "Micronesia", "GRD": "Grenada",
        "KIR": "Kiribati", "KNA": "Saint Kitts and Nevis", "LCA": "Saint Lucia", "LIE": "Liechtenstein",
        "MCO": "Monaco", "MHL": "Marshall Islands", "NRU": "Nauru", "PLW": "Palau", "RHO": "Rhodesia",
        "SCG": "Serbia and Montenegro", "SMR": "San Marino", "STP": "Sao Tome and Principe", "TUV": "Tuvalu",
        "VCT": "Saint Vincent and the Grenadines", "WSM": "Samoa",
    ]
}
