import BilatCore

/// The SIPRI Arms Transfers Database exports bilat reads, each known by its header row (formats doc §3).
public enum SipriLayout: String, Sendable, CaseIterable {
    /// armstrade.sipri.org trade register (until 2025): 16 columns, three blank-header `?` columns.
    case classicRegister
    /// armstransfers.sipri.org trade register (2026): 17 columns, one row per deal and delivery year.
    case register2026
    /// TIV tables (importer or exporter values): a first column of countries, year columns and a Total.
    case tivTable

    public var name: String {
        switch self {
        case .classicRegister: return "SIPRI trade register (armstrade.sipri.org, 16 columns)"
        case .register2026: return "SIPRI trade register (armstransfers.sipri.org 2026, 17 columns)"
        case .tivTable: return "SIPRI TIV table (importer/exporter values: a country column, years, Total)"
        }
    }

    /// The header as SIPRI writes it; the blank-header columns are a single space, compared trimmed.
    public static let classicHeader = [
        "Recipient", "Supplier", "Year of order", "", "Number ordered", "", "Weapon designation", "Weapon description",
        "Number delivered", "", "Year(s) of delivery", "status", "Comments", "SIPRI TIV per unit",
        "SIPRI TIV for total order", "SIPRI TIV of delivered weapons",
    ]
    public static let header2026 = [
        "SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Description", "Armament category", "Order date",
        "Order date is estimate", "Numbers delivered", "Numbers delivered is estimate", "Delivery year",
        "Delivery year is estimate", "Status", "SIPRI estimate", "TIV deal unit", "TIV delivery values", "Local production",
    ]

    /// What each layout's header looks like, for the refusal.
    static var described: String {
        [
            "\(SipriLayout.classicRegister.name): \(classicHeader.map { $0.isEmpty ? "' '" : $0 }.joined(separator: ","))",
            "\(SipriLayout.register2026.name): \(header2026.joined(separator: ","))",
            "\(SipriLayout.tivTable.name): ,1950,1951,…,Total (or Supplier/Recipient first)",
        ].joined(separator: "; ")
    }

    /// The layout of `line` if it is a header row.
    static func of(_ line: SipriLine) -> SipriLayout? {
        let names = line.cells.map { $0.text.trimmingCharacters(in: .whitespaces) }
        if names.count == classicHeader.count, zip(names, classicHeader).allSatisfy({ $0.lowercased() == $1.lowercased() }) {
            return .classicRegister
        }
        if names.count == header2026.count, zip(names, header2026).allSatisfy({ $0.lowercased() == $1.lowercased() }) {
            return .register2026
        }
        var used = names
        while used.last == "" { used.removeLast() }
        if let first = used.first, ["", "supplier", "recipient"].contains(first.lowercased()), used.count >= 3,
           used.last?.lowercased() == "total", used.dropFirst().dropLast().allSatisfy({ SipriValues.yearColumn($0) != nil }) {
            return .tivTable
        }
        return nil
    }

    /// The header line and its layout, or an error naming the layouts read and the header found.
    static func detect(_ lines: [SipriLine], path: String) -> Result<(layout: SipriLayout, header: Int), Diagnostic> {
        for (index, line) in lines.enumerated() {
            if let layout = of(line) { return .success((layout, index)) }
        }
        // The header found: the first line with several cells (the preamble lines have one or two).
        let found = lines.first { $0.cells.count >= 3 } ?? lines.first
        let text = found.map { $0.cells.map(\.text).joined(separator: ",") } ?? ""
        let at = SourceLocation(path: path, line: found?.number ?? 1, column: 1)
        return .failure(.error(text.isEmpty ? "the file is empty; no SIPRI header row was found"
                                   : "no header row is in a SIPRI layout bilat reads (found: \(text))",
                               at: at, accepted: described))
    }
}
