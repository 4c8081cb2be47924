import BilatTestSupport
import Foundation
import Testing

/// `bilat extract` through the real binary, issue 17: the notes --append writes name the article without a local
/// folder, and sources.csv's `country` column is the side bare "exports" and "imports" speak for.
@Suite struct ExtractReportingSideCLITests {
    let folder = TemporaryFolder("extract-side-cli")
    let vocabulary = Repository.root + "/Datasets/extraction"
    static let article = "In 2020 exports made up $2.2 million, and imports were $12.1 million.\n"

    func bilat(_ arguments: [String]) throws -> BinaryRun { try BilatBinary.run(arguments, in: folder.path) }

    /// The bundled dataset, with a `country` column in sources.csv: `country` for the source the test uses.
    func dataset(country: String) throws -> String {
        let target = folder.file("Datasets/azerbaijan-pakistan")
        try FileManager.default.createDirectory(atPath: folder.file("Datasets"), withIntermediateDirectories: true)
        try Repository.copy(Repository.bundledDataset, to: target)
        let sources = try folder.read("Datasets/azerbaijan-pakistan/sources.csv")
        let newline = sources.contains("\r\n") ? "\r\n" : "\n"
        let lines = sources.components(separatedBy: newline).enumerated().map { i, line -> String in
            if line.isEmpty { return line }
            if i == 0 { return line + ",country" }
            return line + (line.hasPrefix("todayaz-2022-30years,") ? "," + country : ",")
        }
        try folder.write("Datasets/azerbaijan-pakistan/sources.csv", lines.joined(separator: newline))
        let descriptor = try bilat(["dataset", "descriptor", target])
        #expect(descriptor.status == 0, "\(descriptor.stderr)")
        return target
    }

    @Test(arguments: [("PAK", ",exports,PAK,AZE,to_partner,", ",imports,PAK,AZE,from_partner,"),
                      ("AZE", ",exports,AZE,PAK,to_partner,", ",imports,AZE,PAK,from_partner,")])
    func bareExportsAndImportsAreTheOutletCountrys(_ country: String, _ exports: String, _ imports: String) throws {
        let dataset = try dataset(country: country)
        try folder.write("article.txt", Self.article)
        let run = try bilat(["extract", "article.txt", "--source", "todayaz-2022-30years", "--dataset", dataset,
                             "--vocabulary", vocabulary, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(exports + ",2020,,$2.2 million,"), "\(run.stdout)")
        #expect(run.stdout.contains(imports + ",2020,,$12.1 million,"), "\(run.stdout)")
    }

    @Test func aCountryThatIsNoCodeIsALocatedError() throws {
        let dataset = try dataset(country: "Pakistan")
        try folder.write("article.txt", Self.article)
        let run = try bilat(["extract", "article.txt", "--source", "todayaz-2022-30years", "--dataset", dataset, "--vocabulary", vocabulary])
        #expect(run.status != 0)
        #expect(run.stderr.contains("sources.csv:") && run.stderr.contains("country 'Pakistan' is not an ISO 3166-1 alpha-3 code"), "\(run.stderr)")
    }

    /// An absolute path is named by its file name; a relative one as the user gave it.
    @Test(arguments: [true, false]) func appendedNotesNeverHoldALocalFolder(_ absolute: Bool) throws {
        let dataset = try dataset(country: "")
        try FileManager.default.createDirectory(atPath: folder.file("news"), withIntermediateDirectories: true)
        try folder.write("news/article.txt", Self.article)
        let path = absolute ? folder.file("news/article.txt") : "news/article.txt"
        let run = try bilat(["extract", path, "--source", "todayaz-2022-30years", "--dataset", dataset,
                             "--vocabulary", vocabulary, "--append"])
        #expect(run.status == 0, "\(run.stderr)")
        let figures = try folder.read("Datasets/azerbaijan-pakistan/figures.csv")
        let named = absolute ? "bilat extract from article.txt, characters" : "bilat extract from news/article.txt, characters"
        #expect(figures.contains(named), "\(figures)")
        #expect(!figures.contains(folder.path), "a local folder in the notes")
    }
}
