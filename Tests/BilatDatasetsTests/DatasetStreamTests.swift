import BilatCore
@testable import BilatDatasets
import BilatTestSupport
import Testing

/// Streaming figures.csv must accept and refuse exactly what reading it whole does, with the same locations.
@Suite struct DatasetStreamTests {
    static func stream(_ replacing: [String: String?] = [:], pieces size: Int = 7, hashing: FigureRowReader.RowHashing? = nil)
        throws -> (figures: [Figure], diagnostics: [Diagnostic], dataset: Dataset?)
    {
        var files = MiniDataset.files(replacing)
        let figureBytes = files.contents.removeValue(forKey: "figures.csv") ?? []
        var stream = try DatasetStream(files: files, figures: InMemoryChunks(figureBytes, size: size))
        if let hashing { stream.hashing = hashing }
        var figures: [Figure] = []
        try stream.streamFigures(reread: { InMemoryChunks(figureBytes, size: size) }) { figure, _ in figures.append(figure) }
        return (figures, stream.diagnostics.kept.sortedByLocation(), stream.dataset)
    }

    static let variants: [[String: String?]] = [
        [:],
        MiniDataset.figures(adding: "t2021,trade_turnover,AZE,PAK,both,,2020,,$1m,,,today,,"),
        MiniDataset.figures(adding: "again,trade_turnover,AZE,PAK,both,,2021,,$11.8 million,,,today,,"),
        MiniDataset.figures(adding: "x1,trade_turnover,AZE,PAK,both,,2020,,$1m,,,ghost,,\nx2,trade_turnover,AZE,PAK,both,,2020-13,,$1m,,,today,,"),
        MiniDataset.figures(adding: "short,trade_turnover"),
        ["figures.csv": "id,indicator,oops\n"],
        ["figures.csv": ""],
        ["sources.csv": "id,publisher\n"],
    ]

    @Test(arguments: variants, [1, 7, 1 << 20])
    func streamingMatchesReadingWhole(replacing: [String: String?], size: Int) throws {
        let whole = DatasetReader.read(MiniDataset.files(replacing))
        let streamed = try Self.stream(replacing, pieces: size)
        #expect(streamed.diagnostics == whole.diagnostics)
        if let dataset = whole.dataset {
            #expect(streamed.figures == dataset.figures)
            #expect(streamed.dataset?.sources == dataset.sources)
            #expect(streamed.dataset?.events == dataset.events)
        }
    }

    /// Every row hashes alike, so every row after the first is a suspect: only real repeats may be errors.
    @Test func hashCollisionsAreSettledByComparingTheTexts() throws {
        let replacing = MiniDataset.figures(adding: "t2021,trade_turnover,AZE,PAK,both,,2020,,$1m,,,today,,")
        let streamed = try Self.stream(replacing, hashing: .constant(42))
        #expect(streamed.diagnostics.map(\.description) == [
            "Datasets/mini/figures.csv:6:1: error: duplicate id 't2021' (first used on line 2); accepted: an id not used by another row of Datasets/mini/figures.csv",
        ])
        #expect(Set(streamed.figures.map(\.id)) == ["t2021", "g2017", "officers", "units"])
        let clean = try Self.stream(hashing: .constant(7))
        #expect(clean.diagnostics.isEmpty)
        #expect(clean.figures.count == 4)
    }

    @Test func theSameFigureTwiceNamesTheFirstLine() throws {
        let streamed = try Self.stream(MiniDataset.figures(adding: "again,trade_turnover,AZE,PAK,both,,2021,,$11.8 million,,,today,,"))
        #expect(streamed.diagnostics.map(\.message) == [
            "the same figure as line 2: same indicator, parties, direction, subject, period and source",
        ])
    }
}

/// The row reader finds a table's columns once and reuses them: a reader handed rows of a second table, with
/// its columns in another order and some optional ones missing, must notice and read them as a fresh reader does.
@Suite struct FigureRowReaderColumnTests {
    static let first = """
        id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note
        t2021,trade_turnover,AZE,PAK,both,,2021,,$11.7 million,,,today,,
        g2017,trade_turnover,AZE,PAK,both,,2017,2016,26.55% increase,,estimated,undated,,a note

        """
    static let second = """
        source_id,as_reported,compared_with,period,partner,reporter,indicator,id,direction
        undated,$11.7 million,,2021,PAK,AZE,trade_turnover,b2021,both
        today,26.55% increase,2016,2017,PAK,AZE,trade_turnover,b2017,both

        """

    func rows(_ text: String) throws -> [CSVTable.Row] {
        let table = DatasetLayout.figures
        let (read, diagnostics) = CSVTable.read(Array(text.utf8), path: "figures.csv", required: table.required, optional: table.optional)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(read).rows
    }

    func freshReader() throws -> FigureRowReader {
        let dataset = try #require(DatasetReader.read(MiniDataset.files()).dataset)
        return FigureRowReader(sources: dataset.sources, parties: dataset.parties, indicators: dataset.indicators)
    }

    @Test func aSecondTableIsReadByItsOwnColumns() throws {
        var shared = try freshReader()
        let firstFigures = try rows(Self.first).compactMap { shared.read($0, path: "first.csv") }
        let secondFigures = try rows(Self.second).compactMap { shared.read($0, path: "second.csv") }
        var fresh = try freshReader()
        let expected = try rows(Self.second).compactMap { fresh.read($0, path: "second.csv") }
        #expect(shared.diagnostics.isEmpty, "\(shared.diagnostics)")
        #expect(firstFigures.map(\.id) == ["t2021", "g2017"])
        #expect(firstFigures[1].note == "a note")
        #expect(firstFigures[1].status == .estimated)
        #expect(secondFigures == expected)
        #expect(secondFigures.map(\.id) == ["b2021", "b2017"])
        #expect(secondFigures.map(\.sourceID) == ["undated", "today"])
        #expect(secondFigures[1].comparedWith?.label == "2016")
        #expect(secondFigures.allSatisfy { $0.note.isEmpty && $0.subject.isEmpty })
    }
}

/// Subjects are compared regardless of case; the shortcut for subjects with nothing to lower must agree.
@Suite struct NaturalKeyCaseTests {
    @Test(arguments: ["commodity 1", "Commodity 1", "JF-17 fighter jets", "", "ÇAY", "çay", "İstanbul", "ǅ", "a\u{301}", "MIXED ascii ÜBER"])
    func caseFoldingMatchesLowercased(_ subject: String) {
        #expect(FigureRowReader.NaturalKey.caseFolded(subject) == subject.lowercased())
    }
}
