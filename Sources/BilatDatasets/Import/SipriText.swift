import BilatCore

/// A line of a SIPRI export split into cells, each with the column it starts at.
public struct SipriLine: Sendable {
    public var number: Int
    /// The line as written (its line end and a final `;` removed), for a title that has a comma in quotes.
    public var raw: String
    public var cells: [(text: String, column: Int)]

    public func text(_ index: Int) -> String {
        index < cells.count ? cells[index].text.trimmingCharacters(in: .whitespaces) : ""
    }

    public func location(_ index: Int, path: String) -> SourceLocation {
        SourceLocation(path: path, line: number, column: index < cells.count ? cells[index].column : 1)
    }
}

/// SIPRI's CSV exports have no quoting at all (commas in comments are written `;`), so a line is its cells.
/// The classic register is Latin-1; the 2026 portal writes ASCII with CRLF and ends every line with `;`.
public enum SipriText {
    /// The text: UTF-8 when the bytes are valid UTF-8, else Latin-1 (each byte its own character).
    public static func decode(_ bytes: [UInt8]) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        var text = ""
        text.unicodeScalars.reserveCapacity(body.count)
        for byte in body { text.unicodeScalars.append(Unicode.Scalar(byte)) }
        return text
    }

    /// Lines split at LF only: a CR before the LF is a line end, a bare CR inside a line (a few classic comments
    /// have one) is read as a space, never as a new row. A final `;` (2026 portal) is dropped.
    public static func lines(_ text: String) -> [SipriLine] {
        var out: [SipriLine] = []
        var number = 0
        // By scalars: as Characters, CR LF is one grapheme and would never equal "\n".
        for raw in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var scalars = raw[...]
            if scalars.last == "\r" { scalars = scalars.dropLast() }
            var clean = String(String.UnicodeScalarView(scalars.map { $0 == "\r" ? " " : $0 }))
            if clean.hasSuffix(";") { clean.removeLast() }
            out.append(SipriLine(number: number, raw: clean, cells: cells(clean)))
        }
        while let last = out.last, last.cells.allSatisfy({ $0.text.isEmpty }) { out.removeLast() }
        return out
    }

    static func cells(_ line: String) -> [(text: String, column: Int)] {
        var cells: [(text: String, column: Int)] = []
        var current = "", start = 1, column = 1
        for character in line {
            if character == "," {
                cells.append((current, start))
                current = ""
                start = column + 1
            } else {
                current.append(character)
            }
            column += 1
        }
        cells.append((current, start))
        return cells
    }
}
