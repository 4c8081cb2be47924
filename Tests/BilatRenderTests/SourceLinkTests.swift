import BilatCore
import BilatRender
import Testing

/// A source's web address is a link in both report formats, escaped so it can neither end the link early nor
/// become markup; anything that is not http or https stays text.
@Suite struct SourceLinkTests {
    static let entry = SourceEntry(number: 3, text: "Today.Az, “Ties at 30”, published 4 Oct 2022.", url: "https://today.az/news/223370.html")

    @Test func htmlMakesALink() {
        #expect(BlockWriter.html([.sources([Self.entry])]) == "<ol class=\"sources\"><li value=\"3\">Today.Az, “Ties at 30”, published 4 Oct 2022. "
            + "<a href=\"https://today.az/news/223370.html\">https://today.az/news/223370.html</a></li></ol>")
    }

    @Test func markdownMakesALink() {
        #expect(BlockWriter.markdown([.sources([Self.entry])])
            == "- [3] Today.Az, “Ties at 30”, published 4 Oct 2022. [https://today.az/news/223370.html](https://today.az/news/223370.html)\n")
    }

    @Test func aSourceWithNoURLHasNoLink() {
        let html = BlockWriter.html([.sources([SourceEntry(number: 1, text: "A.", url: nil)])])
        #expect(html == "<ol class=\"sources\"><li value=\"1\">A.</li></ol>")
    }

    @Test(arguments: [
        ("https://e.org/a\"onmouseover=\"x", "https://e.org/a%22onmouseover=%22x"),
        ("https://e.org/<script>", "https://e.org/%3Cscript%3E"),
        ("https://e.org/wiki/A_(b)", "https://e.org/wiki/A_%28b%29"),
        ("https://e.org/q?a=1&b='2'", "https://e.org/q?a=1&amp;b=%272%27"),
        ("https://e.org/Bakı", "https://e.org/Bak%C4%B1"),
    ])
    func theAddressIsEscapedForTheAttribute(url: String, href: String) {
        let html = Links.html(url)
        #expect(html.hasPrefix("<a href=\"\(href)\">"), "\(html)")
        #expect(!html.contains("<script>"))
        let md = Links.markdown(url)
        #expect(md.hasSuffix("(\(href.replacingOccurrences(of: "&amp;", with: "&")))"), "\(md)")
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "ftp://e.org", "e.org"])
    func onlyWebAddressesBecomeLinks(url: String) {
        #expect(!Links.html(url).contains("<a "))
        #expect(!Links.markdown(url).contains("]("))
    }
}
