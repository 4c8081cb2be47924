import BilatRender
import Testing

/// Markdown escaping: plain numbers and signs stay as written, and hostile text stays text.
@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("15.6 million", "15.6 million"),
        ("+33.3 %", "+33.3 %"),
        ("[1]", "\\[1]"),
        ("see [1] and [2]", "see [1] and [2]"),
        ("22.46% increase", "22.46% increase"),
        ("~100 units", "~100 units"),
        ("AT&T", "AT&T"),
        ("-officers & units", "-officers & units"),
        ("1992–2022", "1992–2022"),
    ])
    func plainTextStaysAsWritten(text: String, expected: String) {
        #expect(Escaping.markdown(text) == expected)
    }

    @Test(arguments: [
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. first", "1\\. first"),
        ("2) second", "2\\) second"),
        ("---", "\\---"),
        ("===", "\\==="),
        ("> quote", "&gt; quote"),
        ("[x]: http://evil", "\\[x\\]: http://evil"),
        ("a *b* c", "a \\*b\\* c"),
        ("snake_case", "snake\\_case"),
        ("`code`", "\\`code\\`"),
        ("~~gone~~", "\\~\\~gone\\~\\~"),
        ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
        ("x ![i](http://e/x.png)", "x ![i\\](http://e/x.png)"),
        ("<script>", "&lt;script>"),
        ("&lt;b&gt;", "&amp;lt;b&amp;gt;"),
        ("a\\b", "a\\\\b"),
        ("two\nlines", "two lines"),
    ])
    func formattingIsEscapedAtTheStartOfABlock(text: String, expected: String) {
        #expect(Escaping.markdown(text) == expected)
    }

    @Test func placesDecideWhatIsFormatting() {
        #expect(Escaping.markdown("a | b", at: .tableCell) == "a \\| b")
        #expect(Escaping.markdown("a | b") == "a | b")
        #expect(Escaping.markdown("# x", at: .tableCell) == "# x")
        #expect(Escaping.markdown("C #", at: .heading) == "C \\#")
        #expect(Escaping.markdown("a [b] c", at: .linkText) == "a \\[b\\] c")
    }

    static let hostile = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
        "![x](http://evil/x.png)", "[a\\](b) c](javascript:x)", "[r][1]", "<http://evil>", "&#60;script&#62;",
        "`<b>`", "[x]: javascript:alert(1)", "> <b>bold</b>", "1. <i>x</i>", "a_b_c ~~s~~",
    ]

    /// The Markdown bilat writes, read back by Ink (the parser bilat's HTML comes from): no tag, link or image
    /// survives from the data, wherever it sits. (Ink reads `\_` and `\*` as emphasis all the same; that is
    /// formatting, never markup.)
    @Test(arguments: hostile)
    func hostileTextRendersInert(text: String) throws {
        let blocks: [ReportBlock] = [.paragraph(text), .note(text), .bullets([text]), .numbered([text]),
                                     .table(columns: ["A"], rows: [[text]], numeric: []),
                                     .chart(name: "c", title: text, svg: nil)]
        let markdown = BlockWriter.markdown(blocks)
        let notebook = try Notebook.parse(markdown, path: "t.md")
        let html = try NotebookRenderer.render(notebook, parameters: [:], format: .html) { _ in [] }
        let body = html.replacingOccurrences(of: "<img src=\"../charts/c.svg\" alt=\"", with: "")
        for tag in ["<script", "<img", "<a ", "<b>", "<i>"] {
            #expect(!body.contains(tag), "\(tag) from \(text): \(markdown)")
        }
    }

    @Test func chartLinksUseTheGivenFolder() {
        let md = BlockWriter.markdown([.chart(name: "money-usd", title: "Money", svg: nil)], chartFolder: "../../Output/aze-pak/charts/")
        #expect(md == "![Money](../../Output/aze-pak/charts/money-usd.svg)\n")
    }
}

/// The line under a bounded table: its text escaped, its link kept a link in Markdown and HTML.
@Suite struct BoundedTableNoteTests {
    @Test func theNoteLinksToTheFullTable() {
        let block = ReportBlock.more(text: "This table shows the 20 largest of 1,234 series <b>", label: "Every row (CSV)",
                                     href: "2018 [a]-figures.csv")
        #expect(BlockWriter.markdown([block]) == "> This table shows the 20 largest of 1,234 series &lt;b> [Every row (CSV)](2018%20%5Ba%5D-figures.csv)\n")
        #expect(BlockWriter.html([block])
                == "<p class=\"note\">This table shows the 20 largest of 1,234 series &lt;b&gt; <a href=\"2018%20%5Ba%5D-figures.csv\">Every row (CSV)</a></p>")
        #expect(BlockWriter.html([.more(text: "t", label: "l", href: nil)]) == "<p class=\"note\">t</p>")
    }
}
