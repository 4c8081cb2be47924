import BilatCore
import Foundation

/// A deal's money value in a register comment: `$184 m deal`, `Part of $1 b deal`, `$572 m deal (bought via …)`.
/// Only amounts the comment calls a deal; `$17-20 m aid` is not one.
public struct SipriDealValue: Hashable, Sendable {
    /// As the comment wrote it: "$184 m deal".
    public var written: String
    /// For as_reported: "$184 million", "$17–20 million".
    public var asReported: String
    /// "Part of $88 m deal": the value of a larger deal.
    public var isPart: Bool

    /// The first deal value in `comments`; the comment's parts are separated by `;`.
    public static func find(in comments: String) -> SipriDealValue? {
        for part in comments.split(separator: ";") {
            let text = part.trimmingCharacters(in: .whitespaces)
            guard let dollar = text.firstIndex(of: "$") else { continue }
            let rest = text[text.index(after: dollar)...]
            let amount = rest.prefix { $0.isNumber || $0 == "." || $0 == "-" }
            var after = rest.dropFirst(amount.count)
            after = after.drop { $0 == " " }
            let scale: String
            if after.hasPrefix("m ") || after.hasPrefix("m\u{a0}") || after == "m" { scale = "million" }
            else if after.hasPrefix("b ") || after == "b" { scale = "billion" }
            else { continue }
            after = after.dropFirst().drop { $0 == " " }
            // The word after the amount (or after a quoted name: "$427 m 'LAS' deal") says it is a deal.
            let words = after.split(separator: " ").prefix(2)
            guard words.contains(where: { $0.lowercased().hasPrefix("deal") }) else { continue }
            let bounds = amount.split(separator: "-")
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ SipriValues.number(String($0)) != nil }) else { continue }
            let value = bounds.joined(separator: "–")
            let end = text.range(of: "deal")?.upperBound ?? text.endIndex
            return SipriDealValue(written: String(text[..<end]), asReported: "$\(value) \(scale)",
                                  isPart: text.lowercased().hasPrefix("part of"))
        }
        return nil
    }
}
