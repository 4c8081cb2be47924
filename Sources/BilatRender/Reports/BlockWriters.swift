import Foundation

/// Writes report blocks as Markdown or as HTML fragments, escaping every text.
public enum BlockWriter {
    /// - Parameter chartFolder: where the chart files are, relative to the folder the Markdown is written to,
    ///   ending in `/` (`../charts/` beside Output/RELATIONSHIP/reports/).
    public static func markdown(_ blocks: [ReportBlock], chartFolder: String = "../charts/") -> String {
        blocks.map { block -> String in
            switch block {
            case .heading(let text): return "## " + Escaping.markdown(text) + "\n"
            case .paragraph(let text): return Escaping.markdown(text) + "\n"
            case .note(let text): return "> " + Escaping.markdown(text) + "\n"
            case .more(let text, let label, let href):
                return "> " + Escaping.markdown(text)
                    + (href.map { " [\(Escaping.markdown(label, at: .linkText))](\(linkTarget($0)))" } ?? "") + "\n"
            case .bullets(let items): return items.map { "- " + Escaping.markdown($0) }.joined(separator: "\n") + "\n"
            case .numbered(let items): return items.enumerated().map { "\($0.offset + 1). " + Escaping.markdown($0.element) }.joined(separator: "\n") + "\n"
            case .sources(let items):
                // Bullets that carry the numbers: a Markdown list would renumber 3, 7 as 3, 4.
                return items.map { item in
                    "- [\(item.number)] " + Escaping.markdown(item.text) + (item.url.map { " " + Links.markdown($0) } ?? "")
                }.joined(separator: "\n") + "\n"
            case .chart(let name, let title, _):
                return "![\(Escaping.markdown(title, at: .linkText))](\(linkTarget(chartFolder + name + ".svg")))\n"
            case .details(let summary, let items):
                // GitHub and Ink both pass <details> through; Markdown inside it needs the blank lines.
                return "<details><summary>\(Escaping.html(summary))</summary>\n\n"
                    + items.map { "- " + Escaping.markdown($0) }.joined(separator: "\n") + "\n\n</details>\n"
            case .table(let columns, let rows, let numeric):
                var lines = ["| " + columns.map { Escaping.markdown($0, at: .tableCell) }.joined(separator: " | ") + " |"]
                lines.append("|" + columns.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined())
                for row in rows { lines.append("| " + row.map { Escaping.markdown($0, at: .tableCell) }.joined(separator: " | ") + " |") }
                return lines.joined(separator: "\n") + "\n"
            }
        }.joined(separator: "\n")
    }

    /// A link destination that stays one: spaces, brackets and the like percent-encoded, `/` kept.
    static func linkTarget(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "()<>[]")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    public static func html(_ blocks: [ReportBlock], chartFolder: String = "../charts/") -> String {
        blocks.map { block -> String in
            switch block {
            case .heading(let text): return "<h2>\(Escaping.html(text))</h2>"
            case .paragraph(let text): return "<p>\(Escaping.html(text))</p>"
            case .note(let text): return "<p class=\"note\">\(Escaping.html(text))</p>"
            case .more(let text, let label, let href):
                return "<p class=\"note\">\(Escaping.html(text))"
                    + (href.map { " <a href=\"\(Escaping.html(linkTarget($0)))\">\(Escaping.html(label))</a>" } ?? "") + "</p>"
            case .bullets(let items): return "<ul>" + items.map { "<li>\(Escaping.html($0))</li>" }.joined() + "</ul>"
            case .numbered(let items): return "<ol class=\"sources\">" + items.map { "<li>\(Escaping.html($0))</li>" }.joined() + "</ol>"
            case .sources(let items):
                return "<ol class=\"sources\">" + items.map { item in
                    "<li value=\"\(item.number)\">\(Escaping.html(item.text))\(item.url.map { " " + Links.html($0) } ?? "")</li>"
                }.joined() + "</ol>"
            case .chart(let name, let title, nil):
                return "<figure class=\"chart\"><img src=\"\(Escaping.html(linkTarget(chartFolder + name + ".svg")))\" alt=\"\(Escaping.html(title))\"></figure>"
            case .chart(_, _, let svg?):
                // The chart renderer escapes its own text; drop the XML declaration to inline it.
                let inline = svg.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
                return "<figure class=\"chart\">\(inline)</figure>"
            case .details(let summary, let items):
                return "<details><summary>\(Escaping.html(summary))</summary><ul>"
                    + items.map { "<li>\(Escaping.html($0))</li>" }.joined() + "</ul></details>"
            case .table(let columns, let rows, let numeric):
                return table(columns: columns, rows: rows, numeric: numeric)
            }
        }.joined(separator: "\n")
    }

    /// A table of three or more columns is also a stack of cards on a narrow screen (see `HTMLPage`): each cell
    /// carries its column's name in `data-label`, which the page's CSS shows beside the value, so no column is
    /// off-screen and no row is stretched tall by a squeezed column. Narrower tables stay tables.
    static func table(columns: [String], rows: [[String]], numeric: Set<Int>) -> String {
        let cards = columns.count >= 3
        let head = "<thead><tr>" + columns.enumerated().map { "<th\(numeric.contains($0.offset) ? " class=\"num\"" : "")>\(Escaping.html($0.element))</th>" }.joined() + "</tr></thead>"
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { cell in
                let label = cards && cell.offset < columns.count ? " data-label=\"\(Escaping.html(columns[cell.offset]))\"" : ""
                return "<td\(numeric.contains(cell.offset) ? " class=\"num\"" : "")\(label)>\(Escaping.html(cell.element))</td>"
            }.joined() + "</tr>"
        }.joined()
        return "<div class=\"table\(cards ? " cards" : "")\"><table>\(head)<tbody>\(body)</tbody></table></div>"
    }
}
