import BilatCore
import BilatDatasets
import BilatTestSupport
import Testing

/// A source's url becomes a link in the reports, so ingest takes only http and https, refusing the rest at the cell.
@Suite struct SourceURLIngestTests {
    static func sources(url: String) -> String {
        MiniDataset.sources.replacingOccurrences(of: "today,Today.Az,Ties at 30,V. Khalilov,,",
                                                 with: "today,Today.Az,Ties at 30,V. Khalilov,\"\(url)\",")
    }

    @Test(arguments: [
        ("javascript:alert(1)", "uses the scheme 'javascript:'"),
        ("JavaScript:alert(document.cookie)", "uses the scheme 'JavaScript:'"),
        ("data:text/html;base64,PHNjcmlwdD4=", "uses the scheme 'data:'"),
        ("file:///etc/passwd", "uses the scheme 'file:'"),
        ("ftp://ftp.example.org/report.pdf", "uses the scheme 'ftp:'"),
        ("vbscript:msgbox", "uses the scheme 'vbscript:'"),
        ("www.example.org/article", "has no scheme"),
        ("//example.org/article", "has no scheme"),
        ("https://", "is not a whole web address"),
        ("https://example.org/a b", "is not a whole web address"),
        ("http:example.org", "is not a whole web address"),
    ])
    func aNonWebURLIsALocatedError(url: String, says: String) throws {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["sources.csv": Self.sources(url: url)]))
        #expect(dataset == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "only the url, not the figures citing the source: \(errors)")
        let error = try #require(errors.first)
        #expect(error.location == SourceLocation(path: "Datasets/mini/sources.csv", line: 2, column: 39))
        #expect(error.message.contains(says), "\(error.message)")
        #expect(error.accepted == SourceURL.accepted)
    }

    @Test(arguments: ["https://today.az/news/politics/223370.html", "http://example.org", "HTTPS://Example.org/a?b=c&d=(e)#f", ""])
    func aWebURLOrNoneIsRead(url: String) throws {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["sources.csv": Self.sources(url: url)]))
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(try #require(dataset).sources.first { $0.id == "today" }?.url == url)
    }
}
