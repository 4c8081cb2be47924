import BilatCore
import Foundation

/// What every chart has around its plot: a heading, a subtitle, `<title>`/`<desc>` for screen
/// readers, and a source line naming where the plotted figures come from.
struct ChartFrame {
    var title: String
    var subtitle: String
    var description: String
    var sources: [Source]
    var width = ChartStyle.width
    static let plotTop = 78.0

    func document(plotHeight: Double, plot: [SVGElement]) -> String {
        let sourceLines = ChartStyle.wrap(Self.sourceText(sources), width: width - 40, size: 11)
        // A title of a long subject wraps to three lines at most; the whole of it is the document's <title>.
        let titleText = TextExtent.fit(title, width: width - 40, size: 18, bold: true, maxLines: 3)
        let subtitleLines = ChartStyle.wrap(subtitle, width: width - 40, size: 13)
        let titleExtra = Double(titleText.lines.count - 1) * 22
        let plotTop = Self.plotTop + titleExtra + Double(max(0, subtitleLines.count - 1)) * 17
        let height = plotTop + plotHeight + 16 + Double(sourceLines.count) * 15 + 10
        var children: [SVGElement] = [
            SVGElement("title", [("id", "title")], text: title),
            SVGElement("desc", [("id", "desc")], text: description),
            SVGElement("rect", [("width", coordinate(width)), ("height", coordinate(height)), ("fill", "#ffffff")]),
        ]
        children += ChartText.elements(titleText, y: 30, lineHeight: 22, [("x", "20"), ("y", "30"), ("font-size", "18"), ("font-weight", "600"), ("fill", ChartStyle.ink)])
        for (i, line) in subtitleLines.enumerated() {
            children.append(SVGElement("text", [("x", "20"), ("y", coordinate(52 + titleExtra + Double(i) * 17)), ("font-size", "13"), ("fill", ChartStyle.muted)], text: line))
        }
        children.append(SVGElement("g", [("transform", "translate(0,\(coordinate(plotTop)))")], children: plot))
        let sourcesTop = plotTop + plotHeight + 16
        for (i, line) in sourceLines.enumerated() {
            children.append(SVGElement("text", [("x", "20"), ("y", coordinate(sourcesTop + 11 + Double(i) * 15)), ("font-size", "11"), ("fill", ChartStyle.muted)], text: line))
        }
        let root = SVGElement("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(coordinate(width)) \(coordinate(height))"),
            ("width", coordinate(width)), ("height", coordinate(height)), ("role", "img"),
            ("aria-labelledby", "title desc"), ("font-family", ChartStyle.fontFamily),
        ], children: children)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.render()
    }

    /// "Sources: Today.Az (from Azernews), “Title” (2022-10-04); …", in id order.
    /// Dates as the reports write them ("4 Oct 2022"), so a chart inlined in a page adds no second date style.
    static func sourceText(_ sources: [Source]) -> String {
        guard !sources.isEmpty else { return "Source: none" }
        let parts = sources.sorted { $0.id < $1.id }.map { s in
            "\(s.publisher), “\(s.title)” (\(s.published?.rangeName ?? "undated"))"
        }
        return (sources.count == 1 ? "Source: " : "Sources: ") + parts.joined(separator: "; ")
    }
}

/// Short money and count labels: "$11.7M", "$1.6B", "Rs 34M", "100+ officers".
public enum ValueLabel {
    static func symbol(_ unit: String) -> (prefix: String, suffix: String) {
        switch unit {
        case "USD": return ("$", "")
        case "EUR": return ("€", "")
        case "GBP": return ("£", "")
        case "AZN": return ("₼", "")
        case "PKR": return ("Rs ", "")
        default: return ("", unit.isEmpty ? "" : " " + unit)
        }
    }

    public static func isMoney(_ unit: String) -> Bool { Currency(rawValue: unit) != nil }

    /// `value` in `unit` with `significant` digits and a K/M/B suffix for money.
    /// Counts are grouped in thousands as the reports write them ("1,000,000 ampoules"), and a negative amount
    /// puts its sign before the currency ("-$2.5M", not "$-2.5M").
    public static func format(_ value: Decimal, unit: String, significant: Int) -> String {
        let (prefix, suffix) = symbol(unit)
        guard isMoney(unit) else {
            return NumberText.grouped(decimal: HumanNumber.fixed(value.rounded(significant: significant), significant: significant).trimmedZeros) + suffix
        }
        // No recursion on the sign: a negative zero would stay negative and never end.
        let sign = value < 0 && !value.isZero ? "-" : ""
        let magnitude = value.magnitude
        let steps: [(Decimal, String)] = [(Decimal.power(12), "T"), (Decimal.power(9), "B"), (Decimal.power(6), "M"), (Decimal.power(3), "K")]
        for (divisor, letter) in steps where magnitude >= divisor {
            return sign + prefix + HumanNumber.fixed((magnitude / divisor).rounded(significant: significant), significant: significant) + letter
        }
        return sign + prefix + HumanNumber.fixed(magnitude, significant: significant)
    }

    /// An axis tick: round values need no trailing zeros ("$5M", "$10M", "$2.5M").
    public static func tick(_ value: Decimal, unit: String) -> String {
        let label = format(value, unit: unit, significant: 3)
        // Strip zeros after the decimal point in the number part only, keeping the suffix letter.
        guard let dot = label.firstIndex(of: ".") else { return label }
        let digitsEnd = label[dot...].firstIndex { !$0.isNumber && $0 != "." } ?? label.endIndex
        return String(label[..<dot]) + String(label[dot..<digitsEnd]).trimmedZeros.dropFirst(0) + String(label[digitsEnd...])
    }

    /// An observation's value as a label, with its qualifier: "~$11.7M", "$17.0M–$25.0M" for a range.
    public static func label(_ o: Observation, unit: String) -> String {
        let text = format(o.value, unit: unit, significant: o.significantDigits)
            + (o.high.map { "–" + format($0, unit: unit, significant: max(o.significantDigits, $0.significantDigits)) } ?? "")
        return qualified(text, o.qualifier)
    }

    /// The qualifier as people write it: "100+", "~100", "≤ 100", "nearly 100".
    public static func qualified(_ text: String, _ qualifier: Qualifier) -> String {
        switch qualifier {
        case .exact: return text
        case .approximately: return "~" + text
        case .nearly: return "nearly " + text
        case .lowerBound:
            // "100+ officers": the plus sits on the number, before the noun.
            if let space = text.firstIndex(of: " "), !text.hasPrefix("Rs ") { return text[..<space] + "+" + text[space...] }
            return text + "+"
        case .upperBound: return "≤ " + text
        }
    }
}

extension Decimal {
    static func power(_ n: Int) -> Decimal { Decimal(sign: .plus, exponent: n, significand: 1) }
}

extension String {
    var trimmedZeros: String {
        guard contains(".") else { return self }
        var s = self
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
