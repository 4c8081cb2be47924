import BilatCore
@testable import BilatDatasets
import BilatTestSupport
import Testing

/// Rows an importer checked as it wrote them (``FigureLineCheck``) are checked in the final read of figures.csv
/// only across rows: the read must still find exactly what a full read finds, in the same order and places.
@Suite struct FigureLineCheckTests {
    /// The stream's figures and diagnostics, with every line of figures.csv checked beforehand by a reader of
    /// `tables` (the dataset's own unless replaced), or with none checked.
    static func stream(_ replacing: [String: String?], checkedBy tables: [String: String?]? = nil, size: Int = 7,
                       hashing: FigureRowReader.RowHashing? = nil) throws
        -> (figures: [String], diagnostics: [Diagnostic], shortCuts: Int) {
        var files = MiniDataset.files(replacing)
        let bytes = files.contents.removeValue(forKey: "figures.csv") ?? []
        var stream = try DatasetStream(files: files, figures: InMemoryChunks(bytes, size: size))
        if let hashing { stream.hashing = hashing }
        var shortCuts = 0
        if let tables, let known = DatasetReader.read(MiniDataset.files(replacing.merging(tables) { $1 })).dataset {
            let lines = Array(bytes).split(separator: 0x0A, omittingEmptySubsequences: false)
            let header = String(decoding: lines.first ?? [], as: UTF8.self).split(separator: ",").map(String.init)
            var check = try #require(FigureLineCheck(header: header, sources: known.sources, parties: known.parties,
                                                     indicators: known.indicators))
            var keys: [Int: Int] = [:]
            for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
                if let key = check.key(of: line) { keys[offset + 1] = key }
            }
            shortCuts = keys.count
            stream.checkedBeforehand = (check.reader, { keys[$0] })
        }
        var figures: [String] = []
        try stream.streamFigures(reread: { InMemoryChunks(bytes, size: size) }) { figure, _ in figures.append(figure.id) }
        return (figures, stream.diagnostics.kept.sortedByLocation(), shortCuts)
    }

    static let variants: [[String: String?]] = DatasetStreamTests.variants + [
        // A repeated id, and the same figure under another id, among rows each valid on its own.
        MiniDataset.figures(adding: "t2021,trade_turnover,AZE,PAK,both,,2020,,$1m,,,today,,\nother,trade_turnover,AZE,PAK,both,,2020,,$2m,,,today,,"),
        // A row with a problem of its own is not checked beforehand: the final read finds it.
        MiniDataset.figures(adding: "self,trade_turnover,AZE,AZE,both,,2020,,$1m,,,today,,"),
    ]

    @Test(arguments: variants, [1, 7, 1 << 20])
    func checkedRowsGiveTheSameDiagnostics(replacing: [String: String?], size: Int) throws {
        let full = try Self.stream(replacing, size: size)
        let checked = try Self.stream(replacing, checkedBy: [:], size: size)
        #expect(checked.diagnostics == full.diagnostics)
        // Only rows that took the short way are not handed on; every figure handed on is one the full read gave.
        #expect(Set(checked.figures).isSubset(of: Set(full.figures)))
        #expect(full.figures.count - checked.figures.count <= checked.shortCuts)
    }

    /// Checked against tables that know more than the dataset (as an import's are, before it knows which parties
    /// it adds): a row naming a source or party the dataset lacks is refused in the final read, as in a full read.
    @Test func referencesAreLookedUpAgain() throws {
        let replacing = MiniDataset.figures(adding: "x1,trade_turnover,AZE,PAK,both,,2020,,$1m,,,ghost,,\nx2,trade_turnover,AZE,IND,both,,2020,,$1m,,,today,,")
        let tables: [String: String?] = [
            "sources.csv": MiniDataset.sources + "ghost,Ghost publisher,A ghost source,,,,,\n",
            "parties.csv": MiniDataset.parties + "IND,India\n",
        ]
        let full = try Self.stream(replacing)
        let checked = try Self.stream(replacing, checkedBy: tables)
        #expect(checked.shortCuts == 6, "every row passes the wider tables' check")
        #expect(full.diagnostics.map(\.message) == ["unknown source 'ghost'", "unknown party 'IND'"])
        #expect(checked.diagnostics == full.diagnostics)
    }

    /// A source published on another date changes what a relative period means: nothing is taken as checked.
    @Test func anotherPublicationDateChecksEveryRow() throws {
        let sources = MiniDataset.sources.replacingOccurrences(of: "2022-10-04", with: "2019-10-04")
        let checked = try Self.stream([:], checkedBy: ["sources.csv": sources])
        let full = try Self.stream([:])
        #expect(checked.shortCuts > 0)
        #expect(checked.figures == full.figures, "every row read in full")
        #expect(checked.diagnostics == full.diagnostics)
    }

    /// Test hashing (every key alike) is not the hashing the rows were checked with: every row is read in full.
    @Test func anotherHashingChecksEveryRow() throws {
        let replacing = MiniDataset.figures(adding: "t2021,trade_turnover,AZE,PAK,both,,2020,,$1m,,,today,,")
        let checked = try Self.stream(replacing, checkedBy: [:], hashing: .constant(42))
        let full = try Self.stream(replacing, hashing: .constant(42))
        #expect(checked.figures == full.figures)
        #expect(checked.diagnostics == full.diagnostics)
    }
}
