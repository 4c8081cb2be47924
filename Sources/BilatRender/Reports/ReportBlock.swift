/// What a cell produces, before it is written as Markdown or HTML. Every string is plain text:
/// the writers escape it for their format, so data never becomes markup.
public enum ReportBlock: Sendable, Hashable {
    case paragraph(String)
    case note(String)
    case table(columns: [String], rows: [[String]], numeric: Set<Int>)
    case bullets([String])
    case numbered([String])
    /// An SVG document from the chart renderer (already escaped), with its file name for Markdown links.
    case chart(name: String, title: String, svg: String)
}
