import Bilat
import BilatCore
import BilatDatasets
import BilatTestSupport
import Foundation
import Testing

/// What a project gets without files of its own, and how its own files change that.
@Suite struct ProjectDefaultsTests {
    let folder = TemporaryFolder("defaults")

    /// The bundled dataset's indicators.csv says what the built-ins say, so its outputs do not change.
    @Test func theBundledIndicatorsAreTheBuiltInOnes() throws {
        let bytes = try #require(Repository.bytes(Repository.bundledDataset + "/indicators.csv"))
        let (table, problems) = CSVTable.read([UInt8](bytes), path: "indicators.csv", required: DatasetLayout.indicators.required)
        #expect(problems.isEmpty)
        let rows = try #require(table).rows
        #expect(!rows.isEmpty)
        for row in rows {
            let builtIn = BuiltInIndicators.indicator(row["id"])
            #expect(builtIn?.name == row["name"], "\(row["id"])")
            #expect(builtIn?.description == row["description"], "\(row["id"])")
            #expect(builtIn?.unitKind.rawValue == row["unit_kind"], "\(row["id"])")
        }
    }

    @Test func withoutNotebooksTheBuiltInOnesAreUsed() throws {
        let templates = try ReportStage.templates(in: folder.file("nothing-here"))
        #expect(templates.map(\.stem) == ["overview", "yearly-report"])
        #expect(templates.map(\.yearly) == [false, true])
    }

    @Test func aProjectNotebookReplacesTheBuiltInOfItsNameAndOthersAdd() throws {
        try folder.write("Notebooks/overview.md", "---\ntitle: Ours\n---\nOur overview.\n")
        try folder.write("Notebooks/trade.md", "# Trade\n")
        try folder.write("Notebooks/README.md", "not a notebook\n")
        let templates = try ReportStage.templates(in: folder.file("Notebooks"))
        #expect(templates.map(\.stem) == ["overview", "trade", "yearly-report"])
        #expect(templates.first?.text == "---\ntitle: Ours\n---\nOur overview.\n")
        #expect(templates.last?.text == BuiltInNotebooks.files.first { $0.name == "yearly-report.md" }?.text)
    }

    @Test func aBrokenProjectNotebookIsReportedAtItsPath() throws {
        try FileManager.default.createDirectory(atPath: folder.file("Notebooks"), withIntermediateDirectories: true)
        try folder.write("Notebooks/overview.md", bytes: [0xFF, 0xFE, 0x00])
        #expect {
            try ReportStage.templates(in: folder.file("Notebooks"))
        } throws: { error in
            (error as? DiagnosticsError)?.description.contains("Notebooks/overview.md is not UTF-8 text") == true
        }
    }

    /// The built-in files alone, whatever folder the tests run in.
    static func builtIn() throws -> ExtractionVocabulary {
        func file(_ name: String) -> ExtractionVocabularyFiles.File {
            .init(bytes: Array((BuiltInVocabulary.files.first { $0.name == name }?.text ?? "").utf8), path: name)
        }
        let (vocabulary, diagnostics) = ExtractionVocabularyFiles.read(cues: [file("cues.csv")], countries: [file("countries.csv")])
        return try #require(vocabulary, "\(diagnostics)")
    }

    @Test func aCopyOfTheBuiltInVocabularyChangesNothing() throws {
        let builtIn = try Self.builtIn()
        #expect(builtIn.cues.count > 50)
        let copy = try ExtractionVocabularyFiles.load(Repository.root + "/Datasets/extraction")
        #expect(copy.cues.count == builtIn.cues.count)
        #expect(copy.countries == builtIn.countries)
        #expect(copy.exclusions.count == builtIn.exclusions.count)
    }

    @Test func projectRowsAreAddedAndLocated() throws {
        try folder.write("vocab/cues.csv", "indicator,role,phrase\nflights,cue,direct flights\nflights,cue,\n")
        #expect {
            try ExtractionVocabularyFiles.load(folder.file("vocab"))
        } throws: { error in
            (error as? DiagnosticsError)?.description == folder.file("vocab/cues.csv") + ":3:13: error: empty phrase; accepted: one or more words; end a word with * to match any ending (train*)"
        }
        try folder.write("vocab/cues.csv", "indicator,role,phrase\nflights,cue,direct flights\n")
        let extended = try ExtractionVocabularyFiles.load(folder.file("vocab"))
        let builtIn = try Self.builtIn()
        #expect(extended.cues.count == builtIn.cues.count + 1)
        #expect(extended.cues.contains { $0.indicator == "flights" })
    }

    @Test func aNamedVocabularyFolderMustExist() {
        #expect {
            try ExtractionVocabularyFiles.load(folder.file("missing"))
        } throws: { error in
            (error as? DiagnosticsError)?.description.contains("error: no vocabulary folder at") == true
        }
    }
}
