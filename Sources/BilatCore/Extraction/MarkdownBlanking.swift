/// Turns Markdown markup into spaces so prose reads as plain text while offsets stay those of the file.
///
/// Headings' `#`, block quotes' `>`, emphasis `*` and `_`, code backticks, table pipes,
/// HTML tags, link targets `](…)` and images are blanked; link text stays, because it is prose. A bullet
/// (`*`, `+`) becomes `-` so every list item still starts a sentence of its own.
enum MarkdownBlanking {
    static func blank(_ chars: inout [Character]) {
        var i = 0
        var lineStart = true
        var inFence = false
        while i < chars.count {
            let c = chars[i]
            if c.isNewline { lineStart = true; i += 1; continue }
            if lineStart {
                lineStart = false
                let lineEnd = chars[i...].firstIndex(where: \.isNewline) ?? chars.count
                let line = chars[i..<lineEnd]
                let trimmed = line.drop { $0 == " " }
                if trimmed.starts(with: "```") || trimmed.starts(with: "~~~") {
                    inFence.toggle()
                    blankRange(&chars, i..<lineEnd); i = lineEnd; continue
                }
                if inFence { blankRange(&chars, i..<lineEnd); i = lineEnd; continue }
                // "[1]: https://…" link definitions are furniture.
                if trimmed.first == "[", trimmed.contains("]:") { blankRange(&chars, i..<lineEnd); i = lineEnd; continue }
                var j = i
                while j < lineEnd, chars[j] == " " { j += 1 }
                // Markers at the start of a line: #, >, -, *, +, "1." followed by a space.
                var k = j
                while k < lineEnd, chars[k] == "#" || chars[k] == ">" { k += 1 }
                // List markers stay: the sentence splitter starts a sentence at each item.
                if k > j, k < lineEnd, chars[k] == " " { blankRange(&chars, j..<k) }
                else if j + 1 < lineEnd, "*+".contains(chars[j]), chars[j + 1] == " " { chars[j] = "-" }
                // A horizontal rule or a table's separator row.
                if !line.isEmpty, line.allSatisfy({ "-*_=|: ".contains($0) }) { blankRange(&chars, i..<lineEnd) }
                continue
            }
            switch c {
            case "*", "`", "|":
                chars[i] = " "
            case "_":
                // Emphasis underscores sit at a word's edge; "snake_case" keeps its underscore.
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) { chars[i] = " " }
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                // An image: alt text and target are not prose.
                if let close = closing(chars, from: i + 1) { blankRange(&chars, i..<close); i = close; continue }
            case "[":
                if let end = linkEnd(chars, from: i) {
                    chars[i] = " "
                    blankRange(&chars, end.textEnd..<end.end)
                    i = end.end
                    continue
                }
            case "<":
                // An HTML tag or autolink: up to the next '>' on the same line.
                var j = i + 1
                while j < chars.count, j - i < 200, chars[j] != ">", !chars[j].isNewline { j += 1 }
                if j < chars.count, chars[j] == ">", j > i + 1, chars[i + 1].isLetter || chars[i + 1] == "/" || chars[i + 1] == "!" {
                    blankRange(&chars, i...j); i = j + 1; continue
                }
            default:
                break
            }
            i += 1
        }
    }

    /// For "[text](target)": where the text ends (at "]") and where the target ends (after ")").
    static func linkEnd(_ chars: [Character], from start: Int) -> (textEnd: Int, end: Int)? {
        var j = start + 1
        while j < chars.count, j - start < 500, chars[j] != "]", !chars[j].isNewline { j += 1 }
        guard j + 1 < chars.count, chars[j] == "]", chars[j + 1] == "(" else { return nil }
        var k = j + 2
        while k < chars.count, k - j < 2000, chars[k] != ")", !chars[k].isNewline { k += 1 }
        guard k < chars.count, chars[k] == ")" else { return nil }
        return (j, k + 1)
    }

    static func closing(_ chars: [Character], from start: Int) -> Int? {
        linkEnd(chars, from: start)?.end
    }

    static func blankRange<R: RangeExpression<Int>>(_ chars: inout [Character], _ range: R) {
        for i in range.relative(to: chars.indices) where !chars[i].isNewline { chars[i] = " " }
    }
}
