import Foundation

/// A tiny SVG tree that always escapes its text and writes attributes in the order given,
/// so the same chart gives the same bytes on every run.
public struct SVGElement: Sendable {
    public var name: String
    public var attributes: [(String, String)]
    public var children: [SVGElement]
    public var text: String?

    public init(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil, children: [SVGElement] = []) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    public func render(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let attrs = attributes.map { " \($0.0)=\"\(Self.escape($0.1))\"" }.joined()
        if let text {
            return "\(pad)<\(name)\(attrs)>\(Self.escape(text))</\(name)>\n"
        }
        if children.isEmpty { return "\(pad)<\(name)\(attrs)/>\n" }
        return "\(pad)<\(name)\(attrs)>\n" + children.map { $0.render(indent: indent + 1) }.joined() + "\(pad)</\(name)>\n"
    }

    /// XML escaping for text and attribute values (as for HTML); control characters XML forbids are dropped
    /// and line breaks become spaces, since SVG text does not wrap.
    public static func escape(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { kept.append(" ") }
            else if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { kept.append(scalar) }
        }
        return Escaping.html(String(kept))
    }
}

/// Fixed-precision coordinates: "12.5", never "12.499999999".
///
/// The charts keep their geometry finite; this is the last guard, so a coordinate that is not (NaN, ±inf) or
/// lies far off any page is written as 0 or clamped, never as `nan` and never through a trapping `Int(_:)`.
func coordinate(_ value: Double) -> String {
    let limit = 10_000_000.0
    let value = value.isNaN ? 0 : min(max(value, -limit), limit)
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
}
