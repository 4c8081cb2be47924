/// What a cell produces, before it is written as Markdown or HTML. Every string is plain text:
/// the writers escape it for their format, so data never becomes markup.
public enum ReportBlock: Sendable, Hashable, Encodable {
    /// A section heading, for a cell that shows its section only when it has something to show.
    case heading(String)
    case paragraph(String)
    case note(String)
    case table(columns: [String], rows: [[String]], numeric: Set<Int>)
    case bullets([String])
    case numbered([String])
    /// The numbered sources list: each source's description, and its web address, written as a link.
    case sources([SourceEntry])
    /// A chart: its SVG document from the chart renderer (already escaped) to inline, or nil to link to its
    /// file (`../charts/NAME.svg`), as Markdown always does.
    case chart(name: String, title: String, svg: String?)
    /// A note under a table that shows only part of its rows, with a link to the file that holds them all
    /// (relative to the report); no link when `href` is nil.
    case more(text: String, label: String, href: String?)
    /// Folded away under a summary line: the ids and formulas an analyst checks, which readers need not see.
    case details(summary: String, items: [String])
}

/// One entry of a report's numbered sources: plain text, and a url that `SourceURL.isWebAddress` accepts
/// (ingest refuses any other), written as a link; nil when the source has none.
public struct SourceEntry: Sendable, Hashable, Encodable {
    /// The source's number across its relationship, the `[n]` other cells cite it by.
    public var number: Int
    public var text: String
    public var url: String?

    public init(number: Int, text: String, url: String?) {
        self.number = number
        self.text = text
        self.url = url
    }
}
