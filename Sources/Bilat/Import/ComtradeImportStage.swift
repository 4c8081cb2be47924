import BilatCore
import BilatDatasets
import Foundation

/// `bilat import comtrade`: reads Comtrade downloads, keeps what the double-counting guards keep, and merges
/// sources, parties and figures into a dataset folder in one step (``DatasetImport``).
public enum ComtradeImportStage {
    public struct Request: Sendable {
        public var files: [String]
        public var dataset: String
        public var accessed: String?
        public var includeBreakdowns: Bool
        /// Keep this aggregation level only; nil keeps each series' most aggregated level.
        public var aggregateLevel: Int?
        /// Read as the import did before its two stages: on this thread, every cell made text. Tests compare the
        /// bytes both ways write.
        var inOneThread = false
        /// Check every written row in the final read of figures.csv, as `BILAT_IMPORT_FULL_CHECK` asks (tests
        /// compare the bytes and errors of both ways in one process).
        var fullCheck = ImportPhases.fullCheck

        public init(files: [String], dataset: String, accessed: String? = nil, includeBreakdowns: Bool = false,
                    aggregateLevel: Int? = nil) {
            self.files = files
            self.dataset = dataset
            self.accessed = accessed
            self.includeBreakdowns = includeBreakdowns
            self.aggregateLevel = aggregateLevel
        }
    }

    /// What was merged, and the rows read but not kept.
    public struct Outcome: Sendable {
        public var merged = DatasetImport.Outcome()
        public var skipped: [ComtradeSkip] = []
    }

    /// Reads each file a piece at a time: each record the guards keep is rendered at once into the dataset's
    /// figure lines (on disk), and only its series and level are held, so memory is bounded whatever the size.
    public static func run(_ request: Request) throws(DiagnosticsError) -> Outcome {
        let phases = ImportPhases()
        let target = try DatasetImport(dataset: request.dataset)
        phases.mark("open and check the dataset")
        var outcome = Outcome()
        var problems: [Diagnostic] = []
        var rows = DatasetImport.Rows()
        var known = Set(target.current.parties.map(\.id))
        let lines = try target.newFigureLines()
        if !request.inOneThread && !request.fullCheck { lines.check = lineCheck(target, header: lines.header, files: request.files) }
        var keep: [Bool] = []
        // Per file: its first entry in `lines`, its name, and the line of each of its entries, for revisions.csv.
        var origins: [(first: Int, file: String, lines: [Int32])] = []
        for path in request.files {
            let fileName = downloadName(path)
            let sourceID = ComtradeFigureRows.sourceID(fileName: fileName)
            var file = FileImport(path: path, sourceID: sourceID, includeBreakdowns: request.includeBreakdowns,
                                  aggregateLevel: request.aggregateLevel, inOneThread: request.inOneThread)
            let first = lines.count
            defer { origins.append((first, RevisionRows.fileName(path), file.candidateLines)) }
            do {
                var chunks = try ImportFile.chunks(path, accepted: "a Comtrade download (.csv or tab-separated .txt, plain or gzipped)")
                try file.read(&chunks, into: lines)
            } catch let refusal as Diagnostic {
                problems.append(refusal)
                continue
            } catch let refusals as DiagnosticsError {
                problems += refusals.diagnostics
                continue
            } catch {
                problems.append(.error("cannot read \(path): \(error)", accepted: "a readable file"))
                continue
            }
            phases.mark("read, parse, guards, lines")
            phases.note("reading thread", cpu: file.readerCPU)
            phases.note("guards, lines, line check", cpu: file.writerCPU)
            problems += file.problems
            let decided = file.decide(known: &known)
            phases.mark("level choice (decide)")
            rows.parties += decided.parties
            problems += decided.problems
            outcome.skipped += decided.skipped
            keep += decided.keep
            rows.sources.append(ComtradeFigureRows.sourceCells(fileName: fileName, reporters: decided.reporters,
                                                               periods: decided.periods, accessed: request.accessed,
                                                               layout: file.layout))
        }
        if !problems.isEmpty {
            throw DiagnosticsError(problems + [.init(.note, "\(request.dataset) was left as it was")])
        }
        func origin(_ entry: Int) -> RevisionRows.Origin? {
            guard let file = origins.last(where: { $0.first <= entry }), entry - file.first < file.lines.count else { return nil }
            return RevisionRows.Origin(file: file.file, line: Int(file.lines[entry - file.first]))
        }
        outcome.merged = try target.write(rows, figures: lines, keep: { $0 < keep.count && keep[$0] }, origin: origin,
                                          recorded: request.accessed, phases: phases)
        return outcome
    }
}

extension ComtradeImportStage {
    /// The download's name: a gzipped copy is the same download, TradeData.csv.gz named (and identified) as TradeData.csv.
    static func downloadName(_ path: String) -> String {
        var fileName = URL(fileURLWithPath: path).lastPathComponent
        if fileName.lowercased().hasSuffix(".gz") && fileName.count > 3 { fileName.removeLast(3) }
        return fileName
    }

    /// Checks each figure line as it is written against the dataset's tables as the import will leave them, as
    /// far as they are known before reading: its sources and parties, each file's source, and every party the
    /// import could add (World and the countries bilat names). The final check confirms each row's references.
    static func lineCheck(_ target: DatasetImport, header: [String], files: [String]) -> FigureLineCheck? {
        let current = target.current
        var sources = current.sources
        var parties = current.parties
        var known = Set(sources.map(\.id))
        for path in files {
            let id = ComtradeFigureRows.sourceID(fileName: downloadName(path))
            if known.insert(id).inserted { sources.append(Source(id: id, publisher: "UN Comtrade", title: downloadName(path))) }
        }
        known = Set(parties.map(\.id))
        for id in ["WLD"] + CountryNames.codes where known.insert(id).inserted {
            parties.append(Party(id: id, name: id == "WLD" ? "World" : CountryNames.name(id) ?? id))
        }
        return FigureLineCheck(header: header, sources: sources, parties: parties, indicators: current.indicators)
    }
}

/// One file of an import: read a piece at a time, then decided once the whole file is read.
struct FileImport {
    let path: String
    let sourceID: String
    let filter: ComtradeSeriesFilter
    var levels: ComtradeSeriesLevels
    /// Per series: reporter, partner and period, from its first record.
    var series: [(reporter: String, partner: String, period: String)] = []
    /// Per candidate: the line its row starts on, and its level.
    var candidateLines: [Int32] = []
    var skipped: [ComtradeSkip] = []
    var problems: [Diagnostic] = []
    /// The layout the header was read in (legacy downloads name their source so).
    var layout: ComtradeLayout?

    /// See ``ComtradeImportStage/Request/inOneThread``.
    let inOneThread: Bool
    /// CPU seconds of each stage of ``read(_:into:)`` (for ``ImportPhases``).
    var readerCPU = 0.0, writerCPU = 0.0

    init(path: String, sourceID: String, includeBreakdowns: Bool, aggregateLevel: Int? = nil, inOneThread: Bool = false) {
        self.path = path
        self.inOneThread = inOneThread
        self.sourceID = sourceID
        filter = ComtradeSeriesFilter(includeBreakdowns: includeBreakdowns, aggregateLevel: aggregateLevel)
        levels = ComtradeSeriesLevels(aggregateLevel: aggregateLevel)
    }

    /// Reads in two stages, as an ingest does (``Handoff``): a second thread reads the file (inflating it, when
    /// gzipped), makes each row a record and applies the guards that look at one record alone, making the cells
    /// of each candidate's figure; this one decides levels and writes and checks the figure lines. The reading
    /// thread's skips and refusals are its own until it has finished, so they keep the file's order.
    mutating func read(_ chunks: inout ImportChunks, into lines: FigureLines) throws {
        let slots = lines.header.map(ComtradeFigureFields.slot)
        let reader = RecordReading(chunks: chunks, path: path, everyCell: inOneThread)
        defer { chunks = reader.chunks }
        let (filter, sourceID) = (self.filter, self.sourceID)
        @Sendable func prepare(_ record: ComtradeRecord) -> Candidate {
            switch filter.candidate(record) {
            case .failure(let reason): return .skipped(reason.skip)
            case .success(let kept): return .kept(Noted(record), ComtradeFigureRows.figureFields(kept, sourceID: sourceID))
            }
        }
        func consume(_ candidate: Candidate) throws {
            switch candidate {
            case .skipped(let skip):
                skipped.append(skip)
            case .kept(let noted, let fields):
                // Every record here has a value (the reader skips the rest), so each candidate is one entry.
                guard let fields else { return }
                if levels.add(noted.key, level: noted.level) == series.count {
                    series.append((noted.reporterISO, fields.partner, fields.period))
                }
                candidateLines.append(noted.line)
                try lines.append(id: fields.id, positions: { fields[slot: slots[$0]] })
            }
        }
        let started = ImportPhases.threadCPU()
        if inOneThread { try reader.run { try consume(prepare($0)) } } else {
            try Handoff<Candidate>.run(produce: { emit in try reader.run { try emit(prepare($0)) } }, consume: consume)
        }
        (readerCPU, writerCPU) = (reader.cpu, ImportPhases.threadCPU() - started)
        guard let reading = reader.reading else { return }
        problems += reading.diagnostics.filter { $0.severity == .error }
        skipped += reading.skipped
        layout = reading.layout
    }

    /// A record as the reading thread hands it on: skipped by a guard, or a candidate with its figure's cells
    /// (nil when it has no value).
    enum Candidate: Sendable {
        case skipped(ComtradeSkip)
        case kept(Noted, ComtradeFigureFields?)
    }

    /// What the writing thread notes of a candidate besides its cells: its series key (hashed on the reading
    /// thread), level, reporter as read, and line. The record itself stays on the reading thread.
    struct Noted: Sendable {
        var key: ComtradeSeriesFilter.SeriesKey
        var level: Int
        var reporterISO: String
        var line: Int32

        init(_ record: ComtradeRecord) {
            key = ComtradeSeriesFilter.SeriesKey(record)
            level = record.aggregateLevel
            reporterISO = record.reporterISO
            line = Int32(clamping: record.location.line)
        }
    }

    struct Decided {
        var keep: [Bool] = []
        var parties: [[String: String]] = []
        var problems: [Diagnostic] = []
        var skipped: [ComtradeSkip] = []
        var reporters: Set<String> = []
        var periods: (first: String, last: String)?
    }

    /// Which candidates are kept: at their series' level, with parties bilat can name (decided once a series).
    func decide(known: inout Set<String>) -> Decided {
        var decided = Decided()
        var skips = skipped
        // nil: not yet looked at; true: stored; false: refused or skipped.
        var seriesParties = [Bool?](repeating: nil, count: series.count)
        decided.keep.reserveCapacity(levels.count)
        for candidate in 0..<levels.count {
            let decision = levels.decision(candidate)
            let line = candidate < candidateLines.count ? Int(candidateLines[candidate]) : 0
            let location = SourceLocation(path: path, line: line, column: 1)
            guard decision.kept, decision.series >= 0, decision.series < series.count else {
                let level = decision.level
                skips.append(ComtradeSeriesFilter.levelSkip(at: location, level: levelOf(candidate, fallback: level), seriesLevel: level))
                decided.keep.append(false)
                continue
            }
            let info = series[decision.series]
            if let bad = [info.reporter, info.partner].first(where: { !Party.isValidID($0) }) {
                skips.append(ComtradeSkip(location: location,
                    reason: "'\(bad)' is not a country's ISO 3166-1 alpha-3 code (a Comtrade area such as 'areas nes'); bilat stores countries and World"))
                decided.keep.append(false)
                continue
            }
            if seriesParties[decision.series] == nil {
                let (parties, refused) = DatasetImport.missingParties([info.reporter, info.partner], known: &known, at: location)
                decided.parties += parties
                decided.problems += refused.prefix(1)
                seriesParties[decision.series] = refused.isEmpty
            }
            guard seriesParties[decision.series] == true else { decided.keep.append(false); continue }
            decided.keep.append(true)
            decided.reporters.insert(info.reporter)
            let (first, last) = decided.periods ?? (info.period, info.period)
            decided.periods = (min(first, info.period), max(last, info.period))
        }
        decided.skipped = skips.sorted { $0.location < $1.location }
        return decided
    }

    private func levelOf(_ candidate: Int, fallback: Int) -> Int { levels.level(of: candidate) ?? fallback }
}

/// The reading stage of a ``FileImport``: the file's pieces, and what reading them found. Touched only by the
/// reading thread until ``Handoff/run`` returns, which waits for that thread, hence unchecked Sendable.
private final class RecordReading: @unchecked Sendable {
    var chunks: ImportChunks
    let path: String
    /// Set when the whole file has been read (nil if reading stopped on an error of the writing side).
    var reading: ComtradeReading?

    let everyCell: Bool

    init(chunks: ImportChunks, path: String, everyCell: Bool) {
        self.chunks = chunks
        self.path = path
        self.everyCell = everyCell
    }

    /// The reading thread's CPU seconds (for ``ImportPhases``).
    var cpu = 0.0

    func run(_ emit: (ComtradeRecord) throws -> Void) throws {
        let started = ImportPhases.threadCPU()
        defer { cpu = ImportPhases.threadCPU() - started }
        reading = try ComtradeReader.read(&chunks, path: path, everyCell: everyCell, emit)
    }
}
