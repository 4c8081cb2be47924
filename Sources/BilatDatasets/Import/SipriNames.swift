import BilatCore

/// SIPRI names countries, not codes: each name to its ISO3 code through ``CountryNames``.
enum SipriNames {
    enum Outcome { case party(SipriParty), nonState(String), refused(Diagnostic) }

    /// Entities SIPRI names without an asterisk that are no state bilat can code: secessions of the 1960s and
    /// an unrecognised state.
    static let unrecognised: Set<String> = ["katanga", "biafra", "northern cyprus"]

    /// A party; SIPRI's non-state and unknown entries (`unknown supplier(s)`, `United Nations**`: asterisks mark
    /// non-state actors) are no country, so their deals are skipped with that reason; any other unknown name is an error.
    static func party(_ name: String, column: String, at location: SourceLocation) -> Outcome {
        let name = name.trimmingCharacters(in: .whitespaces)
        if name.hasSuffix("*") || name.lowercased().hasPrefix("unknown") || unrecognised.contains(name.lowercased()) {
            return .nonState("\(column) '\(name)' is a non-state or unknown party in SIPRI's register; bilat stores countries")
        }
        if let iso = CountryNames.code(named: name) { return .party(SipriParty(name: name, iso: iso)) }
        return .refused(.error(name.isEmpty ? "\(column) is empty" : "\(column) '\(name)' is a name bilat cannot map to a country code",
                               at: location,
                               accepted: "a country name as SIPRI writes it (bilat reads \(CountryNames.namesRead.count), e.g. Azerbaijan, "
                                   + "Pakistan, Turkiye, Czechia, Soviet Union), or a non-state party marked with *"))
    }
}
