import BilatCore
import Testing

@Suite struct SourceURLTests {
    @Test(arguments: ["http://e.org", "https://e.org/", "HTTPS://E.ORG/a?b#c", "https://user@e.org:8080/x", "https://e.org/Bakı"])
    func webAddressesAreAccepted(url: String) {
        #expect(SourceURL.isWebAddress(url))
    }

    @Test(arguments: ["", "javascript:alert(1)", " javascript:x", "data:,x", "file:///x", "ftp://e.org", "mailto:a@e.org",
                      "e.org", "//e.org", "https:/e.org", "https://", "https:///x", "https://e.org/a b", "https://e.org/\u{7}",
                      "https://e.org\n", "http://@e.org", "https://:80"])
    func everythingElseIsRefused(url: String) {
        #expect(!SourceURL.isWebAddress(url))
    }
}
