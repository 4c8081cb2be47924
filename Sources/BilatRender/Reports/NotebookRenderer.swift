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
                let written = (format == .md ? filled : ProseCache.shared.html(of: filled, constant: !text.contains("{{"))) + "\n"
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
        try ProseCache.shared.template("{{% CONTENT_TYPE: \(contentType)}}" + text).render(context)
    }
}

/// A notebook's prose parsed once rather than for each of the thousands of reports a build makes from it: its
/// templates by text, and the HTML of prose that has no parameters (the same in every report).
final class ProseCache: @unchecked Sendable {
    static let shared = ProseCache()
    private let lock = NSLock()
    private var templates: [String: MustacheTemplate] = [:]
    private var pages: [String: String] = [:]
    /// Texts kept at most, of each kind: a build's notebooks have a few dozen.
    static let limit = 512

    func template(_ text: String) throws -> MustacheTemplate {
        lock.lock()
        let known = templates[text]
        lock.unlock()
        if let known { return known }
        let parsed = try MustacheTemplate(string: text)
        lock.lock()
        if templates.count < Self.limit { templates[text] = parsed }
        lock.unlock()
        return parsed
    }

    /// - Parameter constant: the prose had no parameters, so the same text comes again in the next report.
    func html(of markdown: String, constant: Bool) -> String {
        guard constant else { return MarkdownParser().html(from: markdown) }
        lock.lock()
        let known = pages[markdown]
        lock.unlock()
        if let known { return known }
        let html = MarkdownParser().html(from: markdown)
        lock.lock()
        if pages.count < Self.limit { pages[markdown] = html }
        lock.unlock()
        return html
    }
}
