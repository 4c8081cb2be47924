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
    /// A chart: its SVG document from the chart renderer (already escaped) to inline, or nil to link to its
    /// file (`../charts/NAME.svg`), as Markdown always does.
    case chart(name: String, title: String, svg: String?)
}
