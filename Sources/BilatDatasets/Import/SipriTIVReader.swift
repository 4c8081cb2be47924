import BilatCore
import Foundation

/// Reads a SIPRI TIV table (importer or exporter values): the title names the one country, each row another,
/// each year column a value. Blank is no deliveries (no figure), `0` under 0.5 million; the Total column and row
/// are sums of the rest and are not stored.
enum SipriTIVReader {
    /// Whose table it is, from the title: "TIV of arms exports to Azerbaijan, 1950-2021" (rows are suppliers) or
    /// "TIV of arms exports from Pakistan, 1950-2021" (rows are recipients).
    struct Title {
        var country: String
        var countryIsRecipient: Bool
    }

    static let titleExample = "a title line such as \"TIV of arms exports to Azerbaijan, 1950-2021\" or \"TIV of arms exports from Pakistan, 1950-2021\""

    static func title(_ raw: String) -> Title? {
        var text = raw.trimmingCharacters(in: CharacterSet(charactersIn: ", \t"))
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        // Drop the year range after the last comma.
        if let comma = text.range(of: ",", options: .backwards),
           SipriValues.yearColumn(text[comma.upperBound...].trimmingCharacters(in: .whitespaces)) != nil {
            text = String(text[..<comma.lowerBound])
        }
        for (word, isRecipient) in [(" to ", true), (" from ", false)] {
            if let range = text.range(of: word) {
                let country = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if !country.isEmpty && text.lowercased().hasPrefix("tiv") { return Title(country: country, countryIsRecipient: isRecipient) }
            }
        }
        return nil
    }

    static func read(_ lines: [SipriLine], header: Int, path: String) -> SipriReading {
        var reading = SipriReading(layout: .tivTable)
        guard header < lines.count else { return reading }
        let headerLine = lines[header]
        guard let titleLine = lines[..<header].first(where: { !$0.raw.trimmingCharacters(in: CharacterSet(charactersIn: ", ")).isEmpty }),
              let title = title(titleLine.raw) else {
            reading.diagnostics.append(.error("the TIV table has no title saying whose table it is",
                                              at: SourceLocation(path: path, line: lines[..<header].first?.number ?? 1, column: 1),
                                              accepted: titleExample))
            return reading
        }
        let titleAt = SourceLocation(path: path, line: titleLine.number, column: 1)
        let fixed: SipriParty
        switch SipriNames.party(title.country, column: title.countryIsRecipient ? "the recipient in the title" : "the supplier in the title", at: titleAt) {
        case .party(let p): fixed = p
        case .nonState(let reason): reading.skipped.append(SipriSkip(location: titleAt, reason: reason)); return reading
        case .refused(let d): reading.diagnostics.append(d); return reading
        }
        let firstName = headerLine.text(0).lowercased()
        if (firstName == "supplier" && !title.countryIsRecipient) || (firstName == "recipient" && title.countryIsRecipient) {
            reading.diagnostics.append(.error("the first column is '\(headerLine.text(0))' but the title names the \(title.countryIsRecipient ? "recipient" : "supplier")",
                                              at: headerLine.location(0, path: path), accepted: titleExample))
            return reading
        }
        var years: [(index: Int, first: Int, last: Int)] = []
        for index in 1..<headerLine.cells.count {
            if let span = SipriValues.yearColumn(headerLine.text(index)) { years.append((index, span.first, span.last)) }
        }
        for line in lines[(header + 1)...] {
            let name = line.text(0)
            if line.cells.allSatisfy({ $0.text.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if name.lowercased() == "total" {
                reading.skipped.append(SipriSkip(location: line.location(0, path: path),
                                                 reason: "the Total row is the sum of the rows above; bilat keeps the rows"))
                continue
            }
            let other: SipriParty
            switch SipriNames.party(name, column: title.countryIsRecipient ? "Supplier" : "Recipient", at: line.location(0, path: path)) {
            case .party(let p): other = p
            case .nonState(let reason): reading.skipped.append(SipriSkip(location: line.location(0, path: path), reason: reason)); continue
            case .refused(let d): reading.diagnostics.append(d); continue
            }
            for year in years {
                switch SipriValues.tiv(line.text(year.index)) {
                case .blank: continue
                case .value(let tiv):
                    reading.tivValues.append(SipriTIVValue(
                        supplier: title.countryIsRecipient ? other : fixed, recipient: title.countryIsRecipient ? fixed : other,
                        firstYear: year.first, lastYear: year.last, tiv: tiv, location: line.location(year.index, path: path)))
                case .unreadable:
                    reading.diagnostics.append(.error("the TIV '\(line.text(year.index))' for \(headerLine.text(year.index)) cannot be read",
                                                      at: line.location(year.index, path: path),
                                                      accepted: "TIV millions such as 12 or 4.5, 0 for under 0.5 million, empty for none"))
                }
            }
        }
        return reading
    }
}
