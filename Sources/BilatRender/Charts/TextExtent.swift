/// How wide a chart's text may be, estimated without a font engine, and on the wide side: a reader's browser may
/// draw the system font stack in a wide font. The widths per character are those of DejaVu Sans Bold, the widest
/// sans-serif a Linux reader is likely to get (measured with rsvg-convert: docs/chart-text-widths.md), rounded
/// up; Arial or Liberation Sans, what most readers see, are 10–20 % narrower. Layout and the tests that check no
/// text leaves a chart use this one estimate.
public enum TextExtent {
    /// Em widths by kind of character: narrow punctuation and letters, ordinary letters and digits, wide ones.
    static func em(_ c: Character) -> Double {
        // Looked up for ASCII: a chart lays out every label by trying line after line, and the scan of the lists
        // below for each character was a fifth of a build's rendering.
        if let ascii = c.asciiValue { return asciiEm[Int(ascii)] }
        return slowEm(c)
    }

    /// `slowEm` of each ASCII character, by its code.
    static let asciiEm: [Double] = (0..<128).map { slowEm(Character(Unicode.Scalar(UInt8($0)))) }

    static func slowEm(_ c: Character) -> Double {
        if c == " " || ".,:;'!|()[]{}ilIjft·\"".contains(c) { return 0.5 }
        if c == "m" || c == "w" { return 1.15 }
        if c.isASCII, c.isLowercase || c.isNumber || "$+-=<>?*/\\#&_~^".contains(c) { return 0.74 }
        // Capitals, m and w, %, @, dashes and every other script: wider than an em (DejaVu Sans Bold's W is 1.1).
        return 1.15
    }

    /// The width of `text` at `size` px; bold text is a tenth wider than regular.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        text.reduce(0) { $0 + em($1) } * size * (bold ? 1.0 : 0.9)
    }

    /// Text laid out in at most `maxLines` lines no wider than `width`: broken at spaces, a word longer than a
    /// line broken inside it, and the last line ended with "…" when the text does not fit; `full` keeps the
    /// whole text for a `<title>`.
    public struct Fitted: Equatable, Sendable {
        public var lines: [String]
        public var full: String
        public var isShortened: Bool
    }

    public static func fit(_ text: String, width: Double, size: Double, bold: Bool = false, maxLines: Int = 1) -> Fitted {
        // SVG text does not wrap and collapses runs of spaces: one space between words.
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map(String.init)
        let full = words.joined(separator: " ")
        var lines: [String] = []
        var current = ""
        func fits(_ s: String) -> Bool { Self.width(s, size: size, bold: bold) <= width }
        // The ems of `current`, summed character by character as `width` sums them, so a line is not measured again
        // for each word it takes. Only for ASCII, where joining two strings never merges characters (words hold no
        // CR or LF): elsewhere a line is measured whole, as it is joined.
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        var currentEm = 0.0
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if ascii {
                var candidateEm = current.isEmpty ? 0.0 : currentEm + em(" ")
                for c in word { candidateEm += em(c) }
                if candidateEm * size * (bold ? 1.0 : 0.9) <= width { current = candidate; currentEm = candidateEm; continue }
            } else if fits(candidate) {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current); current = "" }
            // A word wider than a line is cut into pieces that fit, after a dash where there is one ("January–").
            var piece = ""
            for c in word {
                if !piece.isEmpty && !fits(piece + String(c)) {
                    if let dash = piece.lastIndex(where: { $0 == "–" || $0 == "-" || $0 == "/" }), piece.index(after: dash) < piece.endIndex {
                        lines.append(String(piece[...dash]))
                        piece = String(piece[piece.index(after: dash)...])
                        if !fits(piece + String(c)) { lines.append(piece); piece = "" }
                    } else {
                        lines.append(piece)
                        piece = ""
                    }
                }
                piece.append(c)
            }
            current = piece
            currentEm = piece.reduce(0) { $0 + em($1) }
        }
        if !current.isEmpty { lines.append(current) }
        let limit = max(1, maxLines)
        guard lines.count > limit else { return Fitted(lines: lines, full: full, isShortened: false) }
        var kept = Array(lines.prefix(limit))
        var last = kept[limit - 1] + "…"
        while !fits(last) && last.count > 1 { last.remove(at: last.index(last.endIndex, offsetBy: -2)) }
        kept[limit - 1] = last
        return Fitted(lines: kept, full: full, isShortened: true)
    }
}

/// Text elements for fitted lines: one `<text>` a line, and when the text was shortened a `<g>` whose `<title>`
/// holds the whole text, so a reader can still see it on hover and a screen reader reads it.
enum ChartText {
    /// - Parameter attributes: of every line; its `y` is replaced by `y` for the first line, stepping by `lineHeight`.
    static func elements(_ fitted: TextExtent.Fitted, y: Double, lineHeight: Double, _ attributes: [(String, String)]) -> [SVGElement] {
        let lines = fitted.lines.enumerated().map { i, line in
            SVGElement("text", attributes.map { $0.0 == "y" ? ("y", coordinate(y + Double(i) * lineHeight)) : $0 }, text: line)
        }
        guard fitted.isShortened else { return lines }
        return [SVGElement("g", children: [SVGElement("title", text: fitted.full)] + lines)]
    }
}
