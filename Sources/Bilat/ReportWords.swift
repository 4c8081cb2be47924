import BilatCore
import BilatRender

/// The words a report uses for what the analysis names by ids: series, implied figures, findings and the marks
/// on a figure. Ids and formulas go to a details element (and the CSV); the text a reader sees uses names.
struct ReportWords {
    let dataset: Dataset
    let derived: [Observation]
    let wording: ReaderWording
    private let figuresByID: [String: Figure]
    /// When given, figures are looked up here rather than in `figuresByID`.
    private let data: RelationshipReportData?
    private let derivedByID: [String: Observation]

    /// - Parameter texts: the texts to be rewritten; only the ids they contain are looked up, so a report of a
    ///   large relationship pays for its own findings, not for every figure.
    ///   - data: the relationship's figures by id, when known, so they are not looked for in `dataset`.
    init(dataset: Dataset, derived: [Observation], texts: [String] = [], data: RelationshipReportData? = nil) {
        self.dataset = dataset
        self.derived = derived
        self.data = data
        let wanted = texts.reduce(into: Set<String>()) { $0.formUnion(ReaderWording.tokens(in: $1)) }
        if data != nil {
            figuresByID = [:]
        } else {
            // The figures implied ones are made from, looked up once: the rest of the relationship is not needed.
            let inputs = Set(derived.flatMap { $0.derivation?.inputs ?? [] })
            var figures: [String: Figure] = [:]
            if !inputs.isEmpty {
                for f in dataset.figures where inputs.contains(f.id) && figures[f.id] == nil { figures[f.id] = f }
            }
            figuresByID = figures
        }
        var implied: [String: Observation] = [:]
        for o in derived where implied[o.id] == nil { implied[o.id] = o }
        derivedByID = implied
        wording = ReaderWording(names: Self.names(dataset: dataset, derived: derived, wanted: wanted))
    }

    /// The words of a report's scope, over all the relationship's implied figures, looked up in what the
    /// relationship's reports share rather than by a pass over its rows for each report.
    init(scope: ReportScope, texts: [String]) {
        let data = scope.data
        dataset = scope.dataset
        derived = scope.relationship.derived
        self.data = data
        figuresByID = [:]
        derivedByID = data.derivedByID
        let wanted = texts.reduce(into: Set<String>()) { $0.formUnion(ReaderWording.tokens(in: $1)) }
        wording = ReaderWording(names: Self.names(wanted: wanted, data: data, dataset: scope.dataset))
    }

    /// As `names(dataset:derived:wanted:)`, by lookup: for each id, the first of a figure, an implied figure, a
    /// status, a source, a party and an indicator with that id gives its words, as there the first words win.
    static func names(wanted: Set<String>, data: RelationshipReportData, dataset: Dataset) -> [(id: String, words: String)] {
        guard !wanted.isEmpty else { return [] }
        func publisher(_ id: String) -> String { data.sourcesByID[id].map { $0.publisher.isEmpty ? "one source" : $0.publisher } ?? "one source" }
        var names: [(id: String, words: String)] = []
        for id in wanted.sorted() {
            if let f = data.figure(id: id) {
                let what = f.subject.isEmpty
                    ? "\(ReaderWording.inSentence(ChartStage.indicatorName(f.indicator, in: dataset))) in \(f.period.rangeName)"
                    : f.subject
                names.append((id, "the \(publisher(f.sourceID)) figure for \(what)"))
            } else if let o = data.derivedByID[id] {
                names.append((id, "the implied \(ReaderWording.inSentence(ChartStage.indicatorName(o.key.indicator, in: dataset))) for \(o.period.rangeName)"))
            } else if let s = data.statusesByID[id] {
                names.append((id, "the \(publisher(s.sourceID)) status of \(s.subject)"))
            } else if data.sourcesByID[id] != nil {
                names.append((id, publisher(id)))
            } else if let p = data.partiesByID[id] {
                names.append((id, p.name))
            } else if id.contains("_"), let i = data.indicatorsByID[id] {
                // Only snake_case ids: "aid" or "exports" are words already.
                names.append((id, ReaderWording.inSentence(i.name)))
            }
        }
        return names
    }

    /// Each id a finding or reason may name, with its words.
    static func names(dataset: Dataset, derived: [Observation], wanted: Set<String>) -> [(id: String, words: String)] {
        guard !wanted.isEmpty else { return [] }
        let publishers = Dictionary(dataset.sources.map { ($0.id, $0.publisher) }, uniquingKeysWith: { first, _ in first })
        func publisher(_ id: String) -> String { publishers[id].map { $0.isEmpty ? "one source" : $0 } ?? "one source" }
        var names: [(id: String, words: String)] = []
        for f in dataset.figures where wanted.contains(f.id) {
            let what = f.subject.isEmpty
                ? "\(ReaderWording.inSentence(ChartStage.indicatorName(f.indicator, in: dataset))) in \(f.period.rangeName)"
                : f.subject
            names.append((f.id, "the \(publisher(f.sourceID)) figure for \(what)"))
        }
        for o in derived where wanted.contains(o.id) {
            names.append((o.id, "the implied \(ReaderWording.inSentence(ChartStage.indicatorName(o.key.indicator, in: dataset))) for \(o.period.rangeName)"))
        }
        for s in dataset.statuses where wanted.contains(s.id) { names.append((s.id, "the \(publisher(s.sourceID)) status of \(s.subject)")) }
        for s in dataset.sources where wanted.contains(s.id) { names.append((s.id, publisher(s.id))) }
        for p in dataset.parties where wanted.contains(p.id) { names.append((p.id, p.name)) }
        // Only snake_case ids: "aid" or "exports" are words already.
        for i in dataset.indicators where i.id.contains("_") && wanted.contains(i.id) { names.append((i.id, ReaderWording.inSentence(i.name))) }
        return names
    }

    func figure(_ id: String) -> Figure? {
        if let data { return data.figure(id: id) }
        return figuresByID[id]
    }

    /// "Trade turnover, Azerbaijan–Pakistan (US$)", "Aid, Azerbaijan to Pakistan: flood relief (US$)".
    func seriesName(_ key: SeriesKey) -> String {
        let pair = Self.parties(key.reporter, key.partner, key.direction, in: dataset)
        let about = key.subject.isEmpty ? "" : ": \(key.subject)"
        let level = key.isLevelAtDate ? ", level at a date" : ""
        return "\(ChartStage.indicatorName(key.indicator, in: dataset)), \(pair)\(about) (\(ReaderValue.unitName(key.unit))\(level))"
    }

    /// The parties by name, as the reporter sees the flow: "Azerbaijan–Pakistan", "Azerbaijan to Pakistan",
    /// "Azerbaijan from Pakistan".
    static func parties(_ reporter: String, _ partner: String, _ direction: Direction, in dataset: Dataset) -> String {
        let a = ChartStage.partyName(reporter, in: dataset), b = ChartStage.partyName(partner, in: dataset)
        switch direction {
        case .both: return "\(a)–\(b)"
        case .toPartner: return "\(a) to \(b)"
        case .fromPartner: return "\(a) from \(b)"
        }
    }

    /// How an implied figure follows from reported ones, in words: "implied by the 2017 total and the stated
    /// 26.55% increase", "implied: trade turnover less imports, 2017".
    func impliedBy(_ o: Observation) -> String {
        let inputs = o.derivation?.inputs ?? []
        let figures = inputs.compactMap(figure)
        let levels = inputs.filter { figure($0) == nil }.compactMap { derivedByID[$0] }
        func name(_ indicator: String) -> String { ReaderWording.inSentence(ChartStage.indicatorName(indicator, in: dataset)) }
        if let change = figures.first(where: \.isStatedChange) {
            let base = figures.first { !$0.isStatedChange }.map { "the \($0.period.rangeName) figure" }
                ?? levels.first.map { "the implied \($0.period.rangeName) figure" } ?? "a reported figure"
            let direction = change.quantity.value < 0 ? "decrease" : "increase"
            let text = change.quantity.valueText.hasPrefix("-") ? String(change.quantity.valueText.dropFirst()) : change.quantity.valueText
            return "implied by \(base) and the stated \(ReaderValue.percent(text: text, signed: false)) \(direction)"
        }
        if let share = figures.first(where: { $0.quantity.shareOf != nil }), let total = share.quantity.shareOf {
            return "implied by the stated \(ReaderValue.percent(text: share.quantity.valueText, signed: false)) share of \(name(total))"
        }
        // A composition's formula names its inputs in order: the total first when parts are taken from it.
        let formula = o.derivation?.formula ?? ""
        let subtracts = formula.contains(" − ")
        let ordered = formula.components(separatedBy: subtracts ? " − " : " + ").filter { inputs.contains($0) }
        let named = (ordered.count == inputs.count ? ordered : inputs).compactMap { id in
            figure(id).map { name($0.indicator) } ?? derivedByID[id].map { name($0.key.indicator) }
        }
        guard let first = named.first else { return "implied by other figures" }
        if subtracts {
            return "implied by the \(o.period.rangeName) \(first) less \(named.dropFirst().joined(separator: " and "))"
        }
        return "implied by the \(o.period.rangeName) \(named.joined(separator: " plus "))"
    }

    /// A finding as a sentence for readers, its ids and dates rewritten.
    func sentence(_ f: Finding) -> String {
        let text = ReaderWording.capitalised(wording.rewrite(f.message))
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }

    /// What kind of finding it is, in a few words.
    static func title(_ kind: Finding.Kind) -> String {
        switch kind {
        case .statedChangeMismatch: return "A stated change does not match the figures"
        case .statedChangeUnchecked: return "A stated change cannot be checked"
        case .conflict: return "Sources disagree"
        case .truncated: return "A figure may be cut short"
        case .lookalikeMeasures: return "Different measures, kept apart"
        case .subperiodExceedsWhole: return "Part of a period exceeds the whole"
        case .statusDisagreement: return "Sources differ on a deal's status"
        case .stageDatesDiffer: return "Sources differ on when a deal reached a stage"
        case .dealDatesDiffer: return "Sources differ on a deal's date"
        case .dealValuesDiffer: return "Sources differ on a deal's value"
        case .partExceedsTotal: return "A part exceeds its total"
        case .partsDoNotAddUp: return "Parts do not add up to their total"
        case .datedAfterSource: return "Dated after its source"
        case .newsAgainstStatistics: return "News against official statistics"
        case .newsDealNotInSIPRI: return "A reported deal is not in SIPRI's register"
        case .staleAcceptance: return "An acceptance no longer fits the data"
        case .mirrorAsymmetry: return "The two sides' reports differ"
        }
    }

    static func severity(_ s: Finding.Severity) -> String {
        switch s {
        case .error: return "Error"
        case .warning: return "Warning"
        case .note: return "Note"
        }
    }
}
