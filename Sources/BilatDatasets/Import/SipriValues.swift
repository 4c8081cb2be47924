import BilatCore
import Foundation

/// A TIV cell: SIPRI writes `0` for a value between 0 and 0.5 million and leaves the cell blank for none.
public enum SipriTIV: Hashable, Sendable {
    /// TIV millions, exactly as written.
    case millions(Decimal)
    /// `0`: more than nothing, less than 0.5 million. Never stored as zero.
    case underHalfMillion
}

/// Reading SIPRI's cells: years, counts, TIVs and the 2026 `Yes`/`No` flags.
enum SipriValues {
    /// A year column of a TIV table (`1950`) or a window (`2021-2025`): first and last year.
    static func yearColumn(_ text: String) -> (first: Int, last: Int)? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        guard (1...2).contains(parts.count), let first = year(parts[0]), let last = year(parts[parts.count - 1]), first <= last
        else { return nil }
        return (first, last)
    }

    static func year(_ text: String) -> Int? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text.count == 4, text.allSatisfy(\.isASCII), let y = Int(text), (1900...2200).contains(y) else { return nil }
        return y
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "Data generated: 13 Mar 2025 10:02:49 AM" or "Generated: 22 April 2022" → "2025-03-13"; nil for other lines.
    static func generated(_ line: String) -> String? {
        let text = line.trimmingCharacters(in: CharacterSet(charactersIn: "\", ;"))
        guard let colon = text.range(of: "generated:", options: .caseInsensitive) else { return nil }
        let words = text[colon.upperBound...].split(separator: " ").map(String.init)
        guard words.count >= 3, let day = Int(words[0]), (1...31).contains(day),
              let month = months.firstIndex(of: String(words[1].lowercased().prefix(3))), let year = year(words[2]) else { return nil }
        return "\(year)-\(month < 9 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
    }

    /// A plain non-negative decimal (`12`, `0.25`); nil for anything else.
    static func number(_ text: String) -> Decimal? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), text.filter({ $0 == "." }).count <= 1,
              text.first != ".", text.last != "." else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    enum TIVCell: Equatable { case blank, value(SipriTIV), unreadable }

    /// `.blank` for a blank cell (no figure); `.underHalfMillion` for `0`.
    static func tiv(_ text: String) -> TIVCell {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .blank }
        guard let value = number(text) else { return .unreadable }
        return .value(value == 0 ? .underHalfMillion : .millions(value))
    }

    /// `Yes` true, `No` or blank false (blank: the newest year, not yet flagged); nil for anything else.
    static func flag(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes": return true
        case "no", "": return false
        default: return nil
        }
    }
}
