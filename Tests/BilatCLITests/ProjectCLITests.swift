import BilatTestSupport
import Foundation
import Testing

/// A new project and a new relationship with the binary alone: `bilat init`, `bilat dataset new`, `bilat build`,
/// run in a temporary folder that holds nothing from this repository.
@Suite struct ProjectCLITests {
    let folder = TemporaryFolder("project-cli")

    func bilat(_ arguments: String..., in directory: String? = nil) throws -> BinaryRun {
        try BilatBinary.run(arguments, in: directory ?? folder.path)
    }

    func text(_ path: String) -> String? {
        Repository.bytes(folder.file(path)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A source and figures of built-in indicators, with no indicators.csv rows.
    static let source = "sipri-2024,SIPRI,SIPRI Arms Transfers Database,,,2024-03,,\n"
    static let figures = """
        exports-2022,exports,TUR,AZE,to_partner,,2022,,$1.2 billion,,,sipri-2024,,
        exports-2023,exports,TUR,AZE,to_partner,,2023,,$1.5 billion,,,sipri-2024,,
        tiv-2022,arms_tiv,TUR,AZE,to_partner,,2022,,120 TIV,TIV,,sipri-2024,,

        """

    func append(_ text: String, to path: String) throws {
        try folder.write(path, (self.text(path) ?? "") + text)
    }

    @Test func initThenDatasetNewThenBuildWorksAnywhere() throws {
        let made = try bilat("init", "azerbaijan-turkiye")
        #expect(made.status == 0, "\(made.stderr)")
        let project = folder.file("azerbaijan-turkiye")
        let dataset = try bilat("dataset", "new", "AZE", "TUR", in: project)
        #expect(dataset.status == 0, "\(dataset.stderr)")
        #expect(dataset.stdout.contains("created Datasets/azerbaijan-turkiye/datapackage.json"))
        try append(Self.source, to: "azerbaijan-turkiye/Datasets/azerbaijan-turkiye/sources.csv")
        try append(Self.figures, to: "azerbaijan-turkiye/Datasets/azerbaijan-turkiye/figures.csv")

        let build = try bilat("build", in: project)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("figures    3 added"))
        #expect(build.stdout.contains("rebuilt Output/aze-tur/reports/overview.html: new output"), "the built-in overview")
        #expect(build.stdout.contains("rebuilt Output/aze-tur/reports/2023.html: new output"), "the built-in yearly report")
        let check = try bilat("build", "--check", in: project)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let figures = try bilat("figures", "--indicator", "arms_tiv", in: project)
        #expect(figures.status == 0)
        #expect(figures.stdout.contains("120 TIV"))
        let growth = try bilat("growth", "--indicator", "exports", in: project)
        #expect(growth.status == 0, "\(growth.stderr)")
        #expect(growth.stdout.contains("2023   1.5 billion 2022 +25 %"), "\(growth.stdout)")

        // No indicators.csv at all: the built-in indicators are enough, once the descriptor says so.
        try FileManager.default.removeItem(atPath: project + "/Datasets/azerbaijan-turkiye/indicators.csv")
        #expect(try bilat("build", in: project).stderr.contains("lists indicators.csv, which is not in the dataset folder"))
        #expect(try bilat("dataset", "descriptor", "Datasets/azerbaijan-turkiye", in: project).status == 0)
        let without = try bilat("build", in: project)
        #expect(without.status == 0, "\(without.stderr)")
        #expect(without.stdout.contains("indicators 0 added, 0 changed, 0 removed, 20 unchanged"), "\(without.stdout)")
    }

    @Test func initWritesTheProjectsFolders() throws {
        let run = try bilat("init", "new/project")
        #expect(run.status == 0, "\(run.stderr)")
        for path in ["Datasets", "Notebooks", "Output"] {
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: folder.file("new/project/" + path), isDirectory: &isFolder) && isFolder.boolValue)
        }
        for notebook in ["README.md", "overview.md", "yearly-report.md"] {
            #expect(text("new/project/Notebooks/" + notebook) == (try String(contentsOfFile: Repository.root + "/Notebooks/" + notebook,
                                                                             encoding: .utf8)), "\(notebook) as in the repository")
        }
        #expect(text("new/project/README.md")?.hasPrefix("# project\n") == true)
        #expect(text("new/project/.gitignore")?.contains("/Output/bilat.sqlite*\n") == true)
        #expect(run.stdout.contains("created new/project/Notebooks/overview.md"))
    }

    @Test func initRefusesAProjectAndKeepsAnExistingReadme() throws {
        try folder.write("repo/README.md", "# Mine\n")
        try folder.write("repo/.gitignore", ".DS_Store")
        let first = try bilat("init", "repo")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(text("repo/README.md") == "# Mine\n")
        #expect(text("repo/.gitignore") == ".DS_Store\n/Output/bilat.sqlite*\n")
        try folder.write("repo/Notebooks/overview.md", "# edited\n")
        let second = try bilat("init", "repo")
        #expect(second.status == 1)
        #expect(second.stderr.hasPrefix("error: repo already holds a bilat project (Datasets/ exists); accepted: "))
        #expect(text("repo/Notebooks/overview.md") == "# edited\n", "nothing is overwritten")
    }

    @Test func datasetNewWritesHeadersPartiesAndADescriptor() throws {
        let run = try bilat("dataset", "new", "AZE", "TUR")
        #expect(run.status == 0, "\(run.stderr)")
        let base = "Datasets/azerbaijan-turkiye/"
        #expect(text(base + "parties.csv") == "id,name,fiscal_year_start\nAZE,Azerbaijan,\nTUR,Türkiye,\n")
        #expect(text(base + "sources.csv") == "id,publisher,title,author,url,published,published_note,accessed\n")
        #expect(text(base + "figures.csv") == "id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note\n")
        #expect(text(base + "events.csv") == "id,date,title,source_ids,note\n")
        #expect(text(base + "indicators.csv") == "id,name,description,unit_kind\n")
        #expect(text(base + "statuses.csv") == "id,subject,status,as_of,source_id,note\n")
        #expect(text(base + "accepted.csv") == "finding,reason\n")
        // The bundled dataset uses the same columns in the same order.
        for file in ["sources.csv", "figures.csv", "events.csv", "indicators.csv", "statuses.csv", "accepted.csv"] {
            let bundled = try String(contentsOfFile: Repository.bundledDataset + "/" + file, encoding: .utf8)
            #expect(text(base + file)?.split(separator: "\n").first == bundled.split(separator: "\n").first, "\(file)")
        }
        let golden = Repository.root + "/Tests/BilatCLITests/Golden/datapackage-azerbaijan-turkiye.json"
        let mismatch = Golden.mismatch(text(base + "datapackage.json") ?? "", golden: golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
        let ingest = try bilat("ingest")
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("parties    2 added"))
    }

    @Test func datasetNewTakesANameNamesAndAFolder() throws {
        let run = try bilat("dataset", "new", "AZE", "XKX", "--names", "Azerbaijan", "Kosovo, Republic of",
                            "--name", "aze-kosovo", "--datasets", "Data")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(text("Data/aze-kosovo/parties.csv") == "id,name,fiscal_year_start\nAZE,Azerbaijan,\nXKX,\"Kosovo, Republic of\",\n")
        #expect(text("Data/aze-kosovo/datapackage.json")?.contains("\"name\": \"aze-kosovo\",") == true)
        #expect(text("Data/aze-kosovo/datapackage.json")?.contains("\"title\": \"Azerbaijan–Kosovo, Republic of\",") == true)
        let ingest = try bilat("ingest", "--datasets", "Data")
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    /// Argument mistakes are 64; a state of the disk or a name bilat does not know is 1.
    @Test(arguments: [
        (["AZE"], 64, "give two parties' codes, e.g. bilat dataset new AZE TUR (got 1)"),
        (["AZE", "tur"], 64, "'tur' is not an ISO 3166-1 alpha-3 code such as AZE or TUR"),
        (["AZE", "AZE"], 64, "the two parties must differ, not AZE twice"),
        (["AZE", "TUR", "--names", "Azerbaijan"], 64, "--names takes both parties' names"),
        (["AZE", "XKX"], 1, "error: bilat has no name for XKX; accepted: --names with both parties' names"),
        (["AZE", "TUR", "--name", "Azerbaijan Turkey"], 64, "--name 'Azerbaijan Turkey' cannot name a dataset"),
    ])
    func datasetNewRefuses(arguments: [String], status: Int32, message: String) throws {
        let run = try BilatBinary.run(["dataset", "new"] + arguments, in: folder.path)
        #expect(run.status == status)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("Datasets")), "nothing written")
    }

    @Test func datasetNewNeverOverwritesAFolder() throws {
        try folder.write("Datasets/azerbaijan-turkiye/figures.csv", "mine\n")
        let run = try bilat("dataset", "new", "AZE", "TUR")
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: Datasets/azerbaijan-turkiye already exists and is not empty"))
        #expect(text("Datasets/azerbaijan-turkiye/figures.csv") == "mine\n")
    }

    /// A copied dataset still names the original and lists a file the copy lacks: ingest says where, and
    /// `bilat dataset descriptor` fixes both.
    @Test func aCopiedDescriptorIsRefusedThenRewritten() throws {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/copy"))
        try FileManager.default.removeItem(atPath: folder.file("Datasets/copy/statuses.csv"))
        let descriptor = try #require(text("Datasets/copy/datapackage.json"))
        let lines = descriptor.components(separatedBy: "\n")
        let nameLine = try #require(lines.firstIndex { $0.contains("\"name\": \"azerbaijan-pakistan\"") })
        let pathLine = try #require(lines.firstIndex { $0.contains("\"path\": \"statuses.csv\"") })
        let nameColumn = try #require(lines[nameLine].range(of: "\"azerbaijan-pakistan\"")).lowerBound.utf16Offset(in: lines[nameLine]) + 1
        let pathColumn = try #require(lines[pathLine].range(of: "\"statuses.csv\"")).lowerBound.utf16Offset(in: lines[pathLine]) + 1

        let refused = try bilat("ingest")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Datasets/copy/datapackage.json:\(nameLine + 1):\(nameColumn): error: datapackage.json names the dataset 'azerbaijan-pakistan', but its folder is copy; accepted: \"name\": \"copy\", the folder's name; bilat dataset descriptor DIR writes one from the CSV headers"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Datasets/copy/datapackage.json:\(pathLine + 1):\(pathColumn): error: datapackage.json lists statuses.csv, which is not in the dataset folder; accepted: resources for the folder's files: accepted.csv, datapackage.json, events.csv, figures.csv, indicators.csv, parties.csv, sources.csv"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("Output/bilat.sqlite")))

        let rewrite = try bilat("dataset", "descriptor", "Datasets/copy")
        #expect(rewrite.status == 0, "\(rewrite.stderr)")
        #expect(rewrite.stdout == "wrote     Datasets/copy/datapackage.json\n")
        let rewritten = try #require(text("Datasets/copy/datapackage.json"))
        #expect(rewritten.contains("\"title\": \"Azerbaijan–Pakistan: trade, defence and aid\","), "the title is kept")
        #expect(rewritten.contains("{\"name\": \"id\", \"type\": \"string\", \"description\": \"Stable id of the source, used by figures and events.\"}"))
        #expect(!rewritten.contains("statuses.csv"))
        let ingest = try bilat("ingest")
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let again = try bilat("dataset", "descriptor", "Datasets/copy")
        #expect(again.stdout == "unchanged Datasets/copy/datapackage.json\n")
    }

    @Test func descriptorFollowsReorderedColumns() throws {
        _ = try bilat("dataset", "new", "AZE", "PAK")
        try folder.write("Datasets/azerbaijan-pakistan/events.csv", "id,title,date,source_ids,note\n")
        let refused = try bilat("ingest")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("describes events.csv with fields [id, date, title, source_ids, note] but its header is [id, title, date, source_ids, note]"))
        #expect(try bilat("dataset", "descriptor", "Datasets/azerbaijan-pakistan").status == 0)
        let ingest = try bilat("ingest")
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func extractWorksOutsideAProject() throws {
        try folder.write("article.txt", "Trade between Azerbaijan and Pakistan reached $10.4 million in 2022.\n")
        let run = try bilat("extract", "article.txt", "--published", "2022-10-04", "--format", "csv")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("trade_turnover,AZE,PAK,both"), "\(run.stdout)")
    }

    @Test func aProjectsVocabularyRowsAddToTheBuiltInOnes() throws {
        let article = "Azerbaijan sent Pakistan 40 thousand tonnes of fuel oil in 2022.\n"
        try folder.write("article.txt", article)
        let before = try bilat("extract", "article.txt", "--published", "2022-10-04", "--format", "csv")
        #expect(before.status == 0, "\(before.stderr)")
        #expect(!before.stdout.contains("fuel_shipped"))
        try folder.write("Datasets/extraction/cues.csv", "indicator,role,phrase,direction,reason,weight\nfuel_shipped,strong-unit,tonnes,,,\nfuel_shipped,cue,fuel oil,to_partner,,\n")
        let after = try bilat("extract", "article.txt", "--published", "2022-10-04", "--format", "csv")
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("\nfuel-shipped-2022-article,fuel_shipped,"), "\(after.stdout)")
    }
}
