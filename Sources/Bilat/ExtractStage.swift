import BilatCore
import BilatDatasets
import BilatRender
import Foundation

/// `bilat extract`: reads articles, proposes candidate figures, marks the ones a dataset already holds,
/// and with `append` writes the new ones to the dataset's figures.csv, only if the whole file then validates.
public enum ExtractStage {
    /// Articles above this size are refused: prose this long is not an article, and the limit keeps
    /// memory and time bounded whatever is passed in.
    public static let maximumBytes = 20_000_000

    public struct Request: Sendable {
        public var files: [String]
        public var sourceID: String?
        public var published: String?
        public var dataset: String?
        /// The folder whose cues.csv and countries.csv extend the built-in vocabulary; nil for Datasets/extraction if present.
        public var vocabulary: String?
        public var reporter: String?
        public var partner: String?
        public var append: Bool

        public init(files: [String], sourceID: String? = nil, published: String? = nil, dataset: String? = nil,
                    vocabulary: String? = nil, reporter: String? = nil, partner: String? = nil,
                    append: Bool = false) {
            self.files = files
            self.sourceID = sourceID
            self.published = published
            self.dataset = dataset
            self.vocabulary = vocabulary
            self.reporter = reporter
            self.partner = partner
            self.append = append
        }
    }

    public struct Outcome: Sendable {
        public var rows: [ExtractOutput.Row]
        public var dropped: [(path: String, line: Int, column: Int, number: DroppedNumber)]
        /// Where rows were appended, when they were.
        public var appendedTo: String?
        public var appendedCount = 0
        /// Candidates not appended because an earlier one has the same natural key.
        public var skipped: [ExtractOutput.Row] = []
    }

    public static func run(_ request: Request) throws(DiagnosticsError) -> Outcome {
        let vocabulary = try ExtractionVocabularyFiles.load(request.vocabulary)
        var dataset: Dataset? = nil
        var datasetFiles: DatasetFiles? = nil
        if let folder = request.dataset {
            let files = try DatasetFolders.load(folder)
            let (read, diagnostics) = DatasetReader.read(files)
            guard let read else { throw DiagnosticsError(diagnostics) }
            dataset = read
            datasetFiles = files
        }
        if request.append && dataset == nil {
            throw DiagnosticsError([.error("--append needs --dataset", accepted: "--dataset Datasets/azerbaijan-pakistan --append")])
        }

        var published: Period? = nil
        if let text = request.published {
            do { published = try PeriodReader.parse(text) } catch {
                throw DiagnosticsError([.error("--published: \(error.message)", accepted: "a date such as 2022-10-04, 2022-10 or 2022")])
            }
        }
        var reporter = request.reporter, partner = request.partner
        if let dataset, reporter == nil, partner == nil, dataset.parties.count == 2 {
            reporter = dataset.parties[0].id
            partner = dataset.parties[1].id
        }

        let extractor = Extractor(vocabulary: vocabulary)
        var rows: [ExtractOutput.Row] = []
        var dropped: [(String, Int, Int, DroppedNumber)] = []
        var problems: [Diagnostic] = []
        var takenIDs = Set(dataset?.figures.map(\.id) ?? [])
        for path in request.files {
            let text: String
            do { text = try ArticleFile.read(path, maximumBytes: maximumBytes) } catch { problems.append(error); continue }
            let sourceID = request.sourceID ?? ArticleFile.sourceID(for: path)
            var reference = published
            let source = dataset?.sources.first(where: { $0.id == sourceID })
            if reference == nil, let source { reference = source.published }
            let article = ArticleText(text, markdown: ArticleFile.isMarkdown(path))
            var settings = ExtractionSettings(sourceID: sourceID, published: reference, reporter: reporter, partner: partner,
                                              fiscalYearStarts: Party.fiscalYearStarts(dataset?.parties ?? []))
            // The reporting side: the outlet's country from sources.csv, else the dateline's, else the --reporter named.
            settings.outletCountry = source.flatMap { $0.country.isEmpty ? nil : $0.country } ?? extractor.datelineCountry(article)
                ?? request.reporter
            var extraction = extractor.extract(article, settings: settings)
            if let dataset { KnownFigures.mark(&extraction.candidates, against: dataset.figures) }
            let ids = CandidateRows.ids(for: extraction.candidates, taken: takenIDs)
            takenIDs.formUnion(ids)
            let lines = LineIndex(article)
            for (c, id) in zip(extraction.candidates, ids) {
                let (line, column) = lines.position(c.start)
                rows.append(ExtractOutput.Row(id: id, candidate: c, cells: CandidateRows.cells(c, id: id, article: ArticleFile.noteName(for: path)),
                                              article: path, line: line, column: column,
                                              partOf: c.partOf.map { ids[$0] }))
            }
            for d in extraction.dropped {
                let (line, column) = lines.position(d.start)
                dropped.append((path, line, column, d))
            }
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }

        var outcome = Outcome(rows: rows, dropped: dropped)
        if request.append, let datasetFiles, let folder = request.dataset {
            // One row per natural key: a second candidate for the same figure would make the file invalid.
            var keys = Set<String>()
            let accepted = rows.filter { row in
                guard !row.candidate.isKnown else { return false }
                let key = ["indicator", "reporter", "partner", "direction", "subject", "period", "compared_with", "source_id"]
                    .map { (row.cells[$0] ?? "").lowercased() }.joined(separator: "\u{1F}")
                if keys.insert(key).inserted { return true }
                outcome.skipped.append(row)
                return false
            }
            outcome.appendedCount = try append(accepted, to: datasetFiles, folder: folder)
            outcome.appendedTo = DatasetFolders.join(folder, DatasetLayout.figures.file)
        }
        return outcome
    }

    /// Appends rows to figures.csv after checking the whole dataset with them in memory; writes nothing on any error.
    static func append(_ rows: [ExtractOutput.Row], to files: DatasetFiles, folder: String) throws(DiagnosticsError) -> Int {
        guard !rows.isEmpty else { return 0 }
        let name = DatasetLayout.figures.file
        let existing = files.contents[name] ?? []
        let (table, _) = CSVTable.read(existing, path: name, required: DatasetLayout.figures.required, optional: DatasetLayout.figures.optional)
        let header = table?.header ?? CandidateRows.columns
        let rendered = CSVWriter().render(header: header, rows: rows.map { row in header.map { .orEmpty(row.cells[$0]) } })
        var body = String(rendered.drop { $0 != "\n" && $0 != "\r\n" }.dropFirst())
        // Keep the file's own line ends.
        let usesCRLF = existing.count >= 2 && zip(existing, existing.dropFirst()).contains { $0 == 0x0D && $1 == 0x0A }
        if !usesCRLF { body = body.replacingOccurrences(of: "\r\n", with: "\n") }
        var bytes = existing
        if let last = bytes.last, last != 0x0A { bytes += usesCRLF ? [0x0D, 0x0A] : [0x0A] }
        bytes += Array(body.utf8)

        var candidate = files
        candidate.contents[name] = bytes
        let (dataset, diagnostics) = DatasetReader.read(candidate)
        if dataset == nil || diagnostics.hasErrors {
            throw DiagnosticsError(diagnostics.filter { $0.severity == .error }
                + [.init(.note, "these are the rows --append would add; \(DatasetFolders.join(folder, name)) was left as it was")])
        }
        do {
            try AtomicFile.write(bytes, to: DatasetFolders.join(folder, name))
        } catch {
            throw DiagnosticsError([.error("cannot write \(DatasetFolders.join(folder, name)): \(error.localizedDescription)")])
        }
        return rows.count
    }
}

/// Character offset → 1-based line and column, for pointing at a number in an article.
struct LineIndex {
    let lineStarts: [Int]

    init(_ article: ArticleText) {
        var starts = [0]
        for (i, c) in article.characters.enumerated() where c.isNewline { starts.append(i + 1) }
        lineStarts = starts
    }

    func position(_ offset: Int) -> (Int, Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }
}
