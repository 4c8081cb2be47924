import BilatCore
import Foundation
import Ink
import Mustache

/// Runs a notebook: prose through the template engine (Mustache, values escaped) and Markdown (Ink),
/// cells through the evaluator, each written for the chosen format.
public enum NotebookRenderer {
    public enum Format: String, Sendable, CaseIterable { case md, html }

    /// - Parameters:
    ///   - navigation: links to other pages (label and relative href): a <nav> above the HTML, the Markdown's last line.
    ///   - chartFolder: the chart files' folder relative to where the report is written, ending in `/`.
    ///   - evaluate: runs one cell and returns its blocks; it decides what the cell means.
    public static func render(_ notebook: Notebook, parameters: [String: String], format: Format,
                              navigation: [(label: String, href: String)] = [], chartFolder: String = "../charts/",
                              evaluate: (Notebook.Cell) throws -> [ReportBlock]) throws -> String {
        _ = Escaping.registered
        var context: [String: Any] = parameters
        for (key, value) in notebook.metadata { context[key] = try fill(value, context: parameters, contentType: "TEXT") }
        let title = (context["title"] as? String) ?? "Report"
        // Only the chosen format is written: at thousands of reports, the other doubled the work.
        var out = ""
        if notebook.metadata["title"] != nil {
            out += format == .md ? "# " + Escaping.markdown(title, at: .heading) + "\n\n" : "<h1>\(Escaping.html(title))</h1>\n"
        }
        // A cell with nothing to show (no blocks) leaves no trace: neither its own line nor the blank lines
        // that separate it from the cell before, which wait here until the cell has shown something.
        var blank = ""
        for (i, segment) in notebook.segments.enumerated() {
            switch segment {
            case .prose(let text):
                let nextIsCell = i + 1 < notebook.segments.count && { if case .cell = notebook.segments[i + 1] { true } else { false } }()
                let filled = try fill(text, context: context)
                let written = (format == .md ? filled : MarkdownParser().html(from: filled)) + "\n"
                if nextIsCell && text.allSatisfy(\.isWhitespace) { blank = written } else { out += written }
            case .cell(let cell):
                let blocks = try evaluate(cell)
                defer { blank = "" }
                if blocks.isEmpty { continue }
                out += blank + (format == .md ? BlockWriter.markdown(blocks, chartFolder: chartFolder)
                                              : BlockWriter.html(blocks, chartFolder: chartFolder)) + "\n"
            }
        }
        switch format {
        case .md:
            // HTML has the links in the page's <nav>, above the title; Markdown as its last line, so the title stays first.
            if !navigation.isEmpty {
                while out.hasSuffix("\n") { out.removeLast() }
                out += "\n\n" + navigation.map { "[\(Escaping.markdown($0.label, at: .linkText))](\(BlockWriter.linkTarget($0.href)))" }
                    .joined(separator: " · ") + "\n"
            }
            return out.replacingOccurrences(of: "\n\n\n", with: "\n\n")
        case .html: return HTMLPage.render(title: title, body: out, navigation: navigation)
        }
    }

    /// The notebook's title with its parameters filled, as plain text.
    public static func title(of notebook: Notebook, parameters: [String: String]) -> String? {
        notebook.metadata["title"].flatMap { try? fill($0, context: parameters, contentType: "TEXT") }
    }

    /// Fills `{{parameters}}` with Markdown-escaped values.
    /// Front-matter values are plain text (escaped later where they are written); prose gets Markdown escaping.
    static func fill(_ text: String, context: [String: Any], contentType: String = "MARKDOWN") throws -> String {
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(contentType)}}" + text)
        return template.render(context)
    }
}
