import BilatCore

/// A line of a SIPRI export split into cells, each with the column it starts at.
public struct SipriLine: Sendable {
    public var number: Int
    /// The line as written (its line end and a final `;` removed), for a title that has a comma in quotes.
    public var raw: String
    public var cells: [(text: String, column: Int)]
    /// A row SIPRI broke over two lines (a line break inside a comment): the cells from `fromCell` on are on `line`.
    public var continuation: (fromCell: Int, line: Int)?

    public func text(_ index: Int) -> String {
        index < cells.count ? cells[index].text.trimmingCharacters(in: .whitespaces) : ""
    }

    public func location(_ index: Int, path: String) -> SourceLocation {
        let line = continuation.map { index >= $0.fromCell ? $0.line : number } ?? number
        return SourceLocation(path: path, line: line, column: index < cells.count ? cells[index].column : 1)
    }

    /// This row and the next as one, when together they have `width` cells: the break inside a cell reads as a space.
    func joined(with next: SipriLine, width: Int) -> SipriLine? {
        guard cells.count < width, cells.count + next.cells.count - 1 == width,
              let last = cells.last, let first = next.cells.first else { return nil }
        var merged = self
        merged.cells.removeLast()
        merged.cells.append((last.text + " " + first.text, last.column))
        merged.cells += next.cells.dropFirst()
        merged.raw += " " + next.raw
        merged.continuation = (cells.count, next.number)
        return merged
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
            out.append(SipriLine(number: number, raw: clean, cells: cells(clean), continuation: nil))
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
