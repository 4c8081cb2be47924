import BilatCore

/// A report template: Markdown prose with `{{parameters}}` and fenced cells that bilat runs.
///
/// ````
/// ---
/// title: Azerbaijan–Pakistan in {{year}}
/// ---
/// ## Trade
/// ```bilat growth indicator=trade_turnover
/// ```
/// ````
public struct Notebook: Sendable {
    public struct Cell: Sendable, Hashable {
        public var kind: String
        public var options: [String: String]
        /// The cell's body, e.g. the SQL of a `query` cell.
        public var body: String
        public var line: Int
    }

    public enum Segment: Sendable, Hashable {
        case prose(String)
        case cell(Cell)
    }

    public static let cellKinds = ["summary", "figures", "growth", "charts", "events", "findings", "mirror", "revisions", "sources", "query"]

    public var path: String
    public var metadata: [String: String]
    public var segments: [Segment]

    /// Splits the text into front matter, prose and cells; unknown cell kinds and unclosed fences are located errors.
    public static func parse(_ text: String, path: String) throws(DiagnosticsError) -> Notebook {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var metadata: [String: String] = [:]
        var lineOffset = 0
        var diagnostics: [Diagnostic] = []
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            for (i, line) in lines[1..<end].enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let colon = line.firstIndex(of: ":") else {
                    diagnostics.append(.error("front matter line is not 'key: value'", at: SourceLocation(path: path, line: i + 2, column: 1),
                                              accepted: "lines such as 'title: Azerbaijan–Pakistan in {{year}}'"))
                    continue
                }
                metadata[line[..<colon].trimmingCharacters(in: .whitespaces)] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            lineOffset = end + 1
            lines = Array(lines[(end + 1)...])
        }
        var segments: [Segment] = []
        var prose: [String] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```bilat") {
                let lineNumber = lineOffset + i + 1
                // Words of the line itself (substrings share its indices), so each option knows its column.
                let words = line.drop(while: \.isWhitespace).dropFirst(3).split(separator: " ")
                let kind = words.count > 1 ? String(words[1]) : ""
                let (options, optionDiagnostics) = Self.options(words.dropFirst(2), in: line, path: path, line: lineNumber)
                diagnostics += optionDiagnostics
                var body: [String] = []
                var j = i + 1
                while j < lines.count && lines[j].trimmingCharacters(in: .whitespaces) != "```" {
                    body.append(lines[j])
                    j += 1
                }
                if j >= lines.count {
                    diagnostics.append(.error("the cell opened here is never closed", at: SourceLocation(path: path, line: lineNumber, column: 1),
                                              accepted: "a line of three backticks after the cell"))
                }
                if !cellKinds.contains(kind) {
                    diagnostics.append(.error("unknown cell kind '\(kind)'", at: SourceLocation(path: path, line: lineNumber, column: 10),
                                              accepted: cellKinds.map { "```bilat \($0)" }.joined(separator: ", ")))
                }
                if !prose.isEmpty { segments.append(.prose(prose.joined(separator: "\n"))); prose = [] }
                segments.append(.cell(Cell(kind: kind, options: options, body: body.joined(separator: "\n"), line: lineNumber)))
                i = j + 1
                continue
            }
            prose.append(line)
            i += 1
        }
        if !prose.isEmpty { segments.append(.prose(prose.joined(separator: "\n"))) }
        if diagnostics.hasErrors { throw DiagnosticsError(diagnostics) }
        return Notebook(path: path, metadata: metadata, segments: segments)
    }

    static let acceptedOptions = "options written key=value or a bare key (read as true), each once, e.g. indicator=trade_turnover"

    /// A cell's `key=value` and bare `key` options; a word with no key (`=`, `=x`), no value (`key=`) or a key
    /// given twice is a located error, never a guess.
    static func options(_ words: some Sequence<Substring>, in line: String, path: String, line number: Int)
        -> (options: [String: String], diagnostics: [Diagnostic]) {
        var options: [String: String] = [:]
        var columns: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for word in words {
            let column = line.distance(from: line.startIndex, to: word.startIndex) + 1
            let at = SourceLocation(path: path, line: number, column: column)
            let key: String, value: String
            if let equals = word.firstIndex(of: "=") {
                key = String(word[..<equals])
                value = String(word[word.index(after: equals)...])
                guard !key.isEmpty else {
                    diagnostics.append(.error("an option with no name: '\(word)'", at: at, accepted: acceptedOptions))
                    continue
                }
                guard !value.isEmpty else {
                    diagnostics.append(.error("option '\(key)' has no value", at: at, accepted: acceptedOptions))
                    continue
                }
            } else {
                key = String(word)
                value = "true"
            }
            if let first = columns[key] {
                diagnostics.append(.error("option '\(key)' is given twice (first at column \(first))", at: at, accepted: acceptedOptions))
                continue
            }
            columns[key] = column
            options[key] = value
        }
        return (options, diagnostics)
    }
}

import Foundation
