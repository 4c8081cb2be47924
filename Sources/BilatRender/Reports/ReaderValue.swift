import BilatCore
import Foundation

/// Values as a report's reader sees them, one style on every page: "$1.64 million", "15,600,000",
/// "300,000+ ampoules", "~100 units", "+26.55%". A no-break space joins a number to its scale word or unit,
/// and "%" sits on the number, so neither is ever left alone at the start of a line.
///
/// Charts keep their short labels ("$1.6B", `ValueLabel`): a chart has no room for words.
public enum ReaderValue {
    static let space = NumberText.noBreakSpace

    /// A plain number to `significant` digits, its whole part grouped: "15,600,000", "5.80".
    public static func number(_ value: Decimal, significant: Int) -> String {
        NumberText.grouped(decimal: HumanNumber.fixed(value.rounded(significant: significant), significant: significant))
    }

    /// Money with its symbol and, from a million, a scale word: "$1.64 million", "$2 billion", "$530,000",
    /// "−$5 million".
    public static func money(_ value: Decimal, unit: String, significant: Int) -> String {
        let (prefix, _) = ValueLabel.symbol(unit)
        let magnitude = value.magnitude
        let sign = value < 0 ? "−" : ""
        for (divisor, word) in [(Decimal.power(12), "trillion"), (Decimal.power(9), "billion"), (Decimal.power(6), "million")]
        where magnitude.rounded(significant: significant) >= divisor {
            return sign + prefix + number(magnitude / divisor, significant: significant) + space + word
        }
        return sign + prefix + number(magnitude, significant: significant)
    }

    /// A value in its unit: money as `money`, a count with its noun ("36 documents").
    public static func amount(_ value: Decimal, unit: String, significant: Int) -> String {
        if ValueLabel.isMoney(unit) { return money(value, unit: unit, significant: significant) }
        let digits = number(value, significant: significant)
        return unit.isEmpty ? digits : digits + space + unit
    }

    /// A value or a range, with its qualifier: "~100 units", "300,000+ ampoules", "$17 million–$25 million".
    public static func value(_ value: Decimal, high: Decimal? = nil, unit: String, significant: Int, qualifier: Qualifier) -> String {
        let low = amount(value, unit: unit, significant: significant)
        guard let high else { return qualified(low, qualifier, isMoney: ValueLabel.isMoney(unit)) }
        let top = amount(high, unit: unit, significant: max(significant, high.significantDigits))
        // "10–20 officers": a count's noun once, at the end; money keeps its symbol on both ends.
        let text = ValueLabel.isMoney(unit) || unit.isEmpty
            ? low + "–" + top
            : number(value, significant: significant) + "–" + top
        return qualified(text, qualifier, isMoney: ValueLabel.isMoney(unit))
    }

    /// An observation's value: what growth tables and implied figures show.
    public static func value(_ o: Observation) -> String {
        value(o.value, high: o.high, unit: o.key.unit, significant: o.significantDigits, qualifier: o.qualifier)
    }

    /// The qualifier as people write it, touching the number: "~100", "100+ officers", "$28 million+",
    /// "up to 100", "nearly 100".
    public static func qualified(_ text: String, _ qualifier: Qualifier, isMoney: Bool = false) -> String {
        switch qualifier {
        case .exact: return text
        case .approximately: return "~" + text
        case .nearly: return "nearly " + text
        case .upperBound: return "up to " + text
        case .lowerBound:
            // "300,000+ ampoules": the plus sits on the number, before a count's noun; money ends in it.
            if !isMoney, let space = text.firstIndex(where: { $0 == " " || $0 == "\u{00A0}" }) {
                return text[..<space] + "+" + text[space...]
            }
            return text + "+"
        }
    }

    /// A change in percent with its sign and no space before "%": "+26.55%", "−3.1%".
    public static func percent(_ value: Decimal, significant: Int) -> String {
        let text = NumberText.grouped(decimal: HumanNumber.fixed(value.magnitude, significant: significant))
        return (value > 0 ? "+" : value < 0 ? "−" : "") + text + "%"
    }

    /// A percent as the source wrote its digits: "26.55%" (or with a sign, "+26.55%").
    public static func percent(text: String, signed: Bool) -> String {
        var digits = text, sign = ""
        if digits.hasPrefix("-") { digits.removeFirst(); sign = "−" } else if signed, digits != "0" { sign = "+" }
        return sign + NumberText.grouped(decimal: digits) + "%"
    }

    /// "+10% to +47%" for a change with a high end, else one percent.
    public static func percent(_ value: Decimal, to high: Decimal?, significant: Int) -> String {
        guard let high else { return percent(value, significant: significant) }
        return percent(value, significant: significant) + " to " + percent(high, significant: significant)
    }

    /// A unit as a series name ends: "(US$)", "(documents)".
    public static func unitName(_ unit: String) -> String {
        switch unit {
        case "USD": return "US$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "AZN": return "manat"
        case "PKR": return "Pakistani rupees"
        default: return unit
        }
    }
}
