import BilatCore
import BilatRender
import Testing

/// A cell that shows nothing (the revisions cell of a year with no revision) leaves no trace in either format:
/// the report is byte for byte the one its notebook would give without the cell.
@Suite struct NotebookEmptyCellTests {
    static let with = "# Figures\n\n```bilat figures\n```\n\n```bilat revisions\n```\n\n## Growth\n\n```bilat growth\n```\n"
    static let without = "# Figures\n\n```bilat figures\n```\n\n## Growth\n\n```bilat growth\n```\n"

    @Test(arguments: NotebookRenderer.Format.allCases)
    func anEmptyCellLeavesNoTrace(format: NotebookRenderer.Format) throws {
        func render(_ text: String) throws -> String {
            try NotebookRenderer.render(try Notebook.parse(text, path: "n.md"), parameters: [:], format: format) { cell in
                cell.kind == "revisions" ? [] : [.paragraph("\(cell.kind) here")]
            }
        }
        #expect(try render(Self.with) == render(Self.without))
        // With something to show, the cell is there, with its heading.
        let shown = try NotebookRenderer.render(try Notebook.parse(Self.with, path: "n.md"), parameters: [:], format: format) { cell in
            cell.kind == "revisions" ? [.heading("Revised figures"), .bullets(["a → b"])] : [.paragraph("\(cell.kind) here")]
        }
        #expect(shown.contains(format == .md ? "## Revised figures\n" : "<h2>Revised figures</h2>"), "\(shown)")
    }
}
