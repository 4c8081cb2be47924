/// Turns an article into candidate figure rows, each with the sentence that justifies it.
///
/// Pure and deterministic: text and vocabulary in, candidates out. For every number it finds, it decides
/// what the number measures (cue words near it, or the noun it counts), for which period (the sentence,
/// then the paragraph before it), between whom (country names and their prepositions), with which qualifier
/// (``QuantityReader``), and whether it is a stated change or a part of a total. Numbers that are not
/// figures an analyst records are dropped with a ``DropReason``.
public struct Extractor: Sendable {
    public let vocabulary: ExtractionVocabulary
    let cueIndex: PhraseIndex<Int>
    let unitIndex: PhraseIndex<UnitNoun>
    let exclusionIndex: PhraseIndex<Int>
    let countryIndex: PhraseIndex<String>
    let indicatorDirection: [String: Direction]
    let indicatorsWithCues: Set<String>
    /// The one-word unit nouns of every count indicator, gathered once: the period spotter asks about a word
    /// after each year ("2000 officers").
    let oneWordUnitPatterns: [String]
    /// Indicators that measure money, not counts: asked for each money figure.
    let moneyIndicators: Set<String>

    public init(vocabulary: ExtractionVocabulary) {
        self.vocabulary = vocabulary
        cueIndex = PhraseIndex(vocabulary.cues.enumerated().map { ($0.element.phrase, $0.offset) })
        unitIndex = PhraseIndex(
            vocabulary.units.sorted { $0.key < $1.key }.flatMap { indicator, phrases in phrases.map { ($0, UnitNoun(indicator: indicator, isStrong: false)) } }
            + vocabulary.strongUnits.sorted { $0.key < $1.key }.flatMap { indicator, phrases in phrases.map { ($0, UnitNoun(indicator: indicator, isStrong: true)) } })
        exclusionIndex = PhraseIndex(vocabulary.exclusions.enumerated().map { ($0.element.phrase, $0.offset) })
        countryIndex = PhraseIndex(vocabulary.countries.sorted { $0.key.description < $1.key.description }.map { ($0.key, $0.value) })
        var directions: [String: Direction] = [:]
        for cue in vocabulary.cues { if directions[cue.indicator] == nil, let d = cue.direction { directions[cue.indicator] = d } }
        indicatorDirection = directions
        indicatorsWithCues = Set(vocabulary.cues.map(\.indicator))
        oneWordUnitPatterns = (Array(vocabulary.units.values) + Array(vocabulary.strongUnits.values)).flatMap { $0 }
            .filter { $0.words.count == 1 }.map { $0.words[0] }
        moneyIndicators = vocabulary.indicators.subtracting(vocabulary.countIndicators)
    }

    /// A noun a count indicator counts; a strong one needs no cue word beside it.
    struct UnitNoun: Sendable {
        var indicator: String
        var isStrong: Bool
    }

    /// A candidate before its parties are known: who acts and who receives, as the sentence says.
    struct Draft {
        var candidate: Candidate
        var giver: String?
        var receiver: String?
        var paragraph: Int
    }

    /// Context carried from sentence to sentence.
    struct Context {
        var paragraph = -1
        var paragraphPeriod: (Period, String)?
        var lastLevel: Int?
        var lastLevelSentence = -1
        /// The first level of the sentence that had the last: "(in January-August 2020 - $9.1 million)" after it is a base.
        var firstLevelOfLastSentence: Int?
        /// The period the article last spoke of, for "over the same period", "the following year".
        var articlePeriod: (Period, String)?
        /// The period of the article's first figure with a period of its own: what "in the reporting period" means.
        var reportPeriod: (Period, String)?
        /// A sentence ending in a colon introduces the lines after it ("Of this amount:").
        var introducesList = false
        var countryCounts: [String: Int] = [:]
        var countryOrder: [String] = []
    }

    /// The country the article's dateline names (its agency, or the city it is filed from), if any.
    public func datelineCountry(_ article: ArticleText) -> String? { Dateline.country(of: article) }

    public func extract(_ article: ArticleText, settings: ExtractionSettings) -> Extraction {
        // Not told the outlet's country: the dateline's ("ISLAMABAD, March 3 (APP) –") speaks for it.
        var settings = settings
        if settings.outletCountry == nil { settings.outletCountry = Dateline.country(of: article) }
        let sentences = SentenceSplitter.split(article)
        var drafts: [Draft] = []
        var dropped: [DroppedNumber] = []
        var context = Context()
        for (index, sentence) in sentences.enumerated() {
            if sentence.paragraph != context.paragraph {
                context.paragraph = sentence.paragraph
                context.paragraphPeriod = nil
            }
            read(sentence, index: index, settings: settings, drafts: &drafts, dropped: &dropped, context: &context)
        }
        var candidates = assignParties(drafts, settings: settings, context: context)
        candidates = removeDuplicates(candidates, dropped: &dropped)
        return Extraction(candidates: candidates, dropped: dropped.sorted { ($0.start, $0.end) < ($1.start, $1.end) })
    }

    func isUnitNoun(_ word: String) -> Bool {
        oneWordUnitPatterns.contains { Phrase.matches($0, word) }
    }

    // MARK: - One sentence

    func read(_ sentence: Sentence, index: Int, settings: ExtractionSettings, drafts: inout [Draft],
              dropped: inout [DroppedNumber], context: inout Context) {
        let s = SentenceTokens(sentence.text)
        guard s.count > 0 else { return }
        let reference = settings.published
        let pair = Set([settings.reporter, settings.partner].compactMap { $0 })
        var periods = PeriodSpotter.spot(s, reference: reference, fiscalYear: settings.fiscalYear, isUnitNoun: isUnitNoun)
        var taken = [Bool](repeating: false, count: s.count)
        for p in periods { for k in p.first...p.last { taken[k] = true } }
        var spotDrops: [(first: Int, last: Int, reason: DropReason)] = []
        let quantities = QuantitySpotter.spot(s, skipping: taken, dropped: &spotDrops)
        func offsets(_ first: Int, _ last: Int) -> (Int, Int) {
            (sentence.start + s.tokens[first].offset, sentence.start + s.tokens[last].end)
        }
        func drop(_ first: Int, _ last: Int, _ reason: DropReason, _ detail: String = "") {
            let (a, b) = offsets(first, last)
            dropped.append(DroppedNumber(text: s.text(first, last), start: a, end: b, reason: reason, detail: detail))
        }
        for d in spotDrops { drop(d.first, d.last, d.reason) }
        for p in periods where (p.first...p.last).contains(where: { s.tokens[$0].digits != nil }) { drop(p.first, p.last, .date) }
        // "data showed on Wednesday", "the ministry said on Monday": the day of the report, not of the figure.
        periods.removeAll { isReportDate(s, $0) }

        let mentions = CountryMentions.find(s, countries: countryIndex)
        for m in mentions {
            if context.countryCounts[m.code] == nil { context.countryOrder.append(m.code) }
            context.countryCounts[m.code, default: 0] += 1
        }
        // "RIYADH:" before a Dawn or Arab News story is its dateline, not a colon that introduces a list.
        let endsWithColon = sentence.text.last == ":" && !Dateline.isCityLead(sentence.text)
        let levelsBefore = drafts.count
        defer {
            if drafts.count == levelsBefore || !drafts[levelsBefore...].contains(where: { $0.candidate.periodIsStated }),
               let own = periods.first(where: { $0.period != nil && !$0.isDeadline && $0.yearsBack == nil && $0.monthsBack == nil && $0.sameSpanYear == nil }) {
                context.paragraphPeriod = (own.period!, own.text)
                context.articlePeriod = (own.period!, own.text)
            }
            if endsWithColon { context.introducesList = true }
            else if !(sentence.text.first.map { "-*•–".contains($0) } ?? false) && !isListItem(sentence) { context.introducesList = false }
        }
        guard !quantities.isEmpty else {
            if let own = periods.first(where: { $0.period != nil && !$0.isDeadline && $0.yearsBack == nil && $0.monthsBack == nil && $0.sameSpanYear == nil }) {
                context.paragraphPeriod = (own.period!, own.text)
                context.articlePeriod = (own.period!, own.text)
            }
            return
        }
        // "Türkiye's trade minister said": a cue in a title names who spoke, not what a figure measures.
        let cueHits = cueIndex.hits(in: s).filter { !isTitleCue($0, in: s) }
        let exclusionHits = exclusionIndex.hits(in: s)
        let allUnitHits = unitIndex.hits(in: s)
        // "the following year": one year after the period the article spoke of last.
        for k in periods.indices where periods[k].yearsForward != nil {
            periods[k].period = context.articlePeriod?.0.shifted(years: periods[k].yearsForward!)
        }
        let anaphoric = context.introducesList || anaphora(s)
        let pointsToReport = pointsToReportPeriod(s)
        // Per clause, once: the status its words give ("an estimated", "preliminary") and whether it is in the past tense.
        var clauseStatus: [Int: FigureStatus] = [:]
        var pastClauses: Set<Int> = []
        for i in 0..<s.count {
            guard let w = s.word(i) else { continue }
            if ["estimated", "estimate", "estimates", "projected"].contains(w) { clauseStatus[s.clause[i]] = .estimated }
            else if ["provisional", "preliminary"].contains(w), clauseStatus[s.clause[i]] == nil { clauseStatus[s.clause[i]] = .provisional }
            if Self.irregularPast.contains(w) || (w.count > 4 && w.hasSuffix("ed")) { pastClauses.insert(s.clause[i]) }
        }
        // "More than 100 companies are registered": a present passive states what holds now, not a past event.
        for i in 0..<s.count where ["is", "are", "am"].contains(s.word(i) ?? "") {
            let c = s.clause[i]
            if !(0..<s.count).contains(where: { s.clause[$0] == c && ["was", "were", "had", "did"].contains(s.word($0) ?? "") }) { pastClauses.remove(c) }
        }
        // "now stands at 83,000" beside "registered"; "worth SR1.5 billion ($400 million)" after "signed" (ClauseTense).
        pastClauses.subtract(presentClauses(s))
        pastClauses.formUnion(bracketsOfPastClauses(s, past: pastClauses))
        var droppedTotals: Set<Int> = []
        let isContract = (0..<s.count).contains { ["contract", "contracts", "deal"].contains(s.word($0) ?? "") }
        let isPledge = (0..<s.count).contains { ["pledged", "pledges", "pledge"].contains(s.word($0) ?? "") }
        // "Currently, 250 students are studying": a level at the date of publication.
        let isCurrent = (0..<s.count).contains { ["currently", "presently"].contains(s.word($0) ?? "") }

        // Comparison periods first, so no level figure takes "2019" in "up 5% on 2019" as its own period.
        var comparisonFor: [Int: Int] = [:] // quantity index → period index
        for (qi, q) in quantities.enumerated() where q.quantity.isChange {
            let limit = qi + 1 < quantities.count ? quantities[qi + 1].first : s.count
            for (pi, p) in periods.enumerated() where p.first > q.last && p.first < limit && p.first - q.last <= 12 {
                // "more than for 9 months of 2022", "than in 2020": a preposition may stand between.
                let k = ["for", "in", "during"].contains(s.word(p.first - 1) ?? "") && s.word(p.first - 2) == "than" ? p.first - 2 : p.first - 1
                let introduced = s.word(k).map { ["on", "from", "over", "than", "against", "versus", "vs", "with", "to"].contains($0) } ?? false
                // "rose 23% last year" names the change's own year; "up 5% on last year", "a year earlier" its base.
                if p.pointsBack || p.sameSpanYear != nil || introduced { comparisonFor[qi] = pi; break }
            }
        }
        // "Compared with 2021, the foreign trade turnover increased by 37.2 percent" (ComparisonLead).
        let lead = leadingComparison(s, periods)
        if let lead {
            for (qi, q) in quantities.enumerated() where q.first >= lead.rest && comparisonFor[qi] == nil { comparisonFor[qi] = lead.period }
        }
        let comparisonPeriods = Set(comparisonFor.values)
        var levelsHere: [Int] = []
        var basesHere: Set<Int> = []

        var changesHere: [Int] = []
        // Read once per sentence, not at each number.
        let reExportClauses = self.reExportClauses(s)
        let basePeriods = periodsAfterBases(s, periods, quantities)
        for (qi, spotted) in quantities.enumerated() {
            var q = spotted
            let clause = s.clause[q.first]
            // "Exports increased by 21 percent, and imports - by 9.4 percent": a second change that leaves out its
            // verb; "The increase was 57.1 percent": a change named by its noun.
            var elliptical: Draft? = nil
            if let previous = changesHere.last, let multiple = ellipticalMultiple(s, q, previousChange: drafts[previous].candidate) {
                q = multiple
                elliptical = drafts[previous]
            }
            var levelHere = false
            if q.quantity.kind == .percent, !q.quantity.isChange {
                if let sign = changeNounBefore(s, q) {
                    q.quantity.isChange = true
                    if sign < 0 { q.quantity.value = -q.quantity.value }
                } else if s.word(q.first - 1) == "by", let previous = changesHere.last {
                    elliptical = drafts[previous]
                    q.quantity.isChange = true
                    if previous < drafts.count, drafts[previous].candidate.quantity.value < 0 { q.quantity.value = -q.quantity.value }
                }
            }
            // Ruled out by a phrase of the vocabulary in the same clause (anywhere on a bare line).
            func exclusion(for indicator: String?) -> ExtractionVocabulary.Exclusion? {
                for hit in exclusionHits {
                    let e = vocabulary.exclusions[hit.value]
                    let justBefore = hit.last < q.first && q.first - hit.last <= 3
                    guard sentence.isBareLine || justBefore || s.clause[hit.first] == clause || s.clause[hit.last] == clause else { continue }
                    // "The contract … is projected to be about $1.2 billion": a contract's projected value is its value.
                    if isContract, e.reason.contains("forecast") { continue }
                    // "pledged $1 billion … in the next five years": a pledge is made now, whenever it is paid.
                    if isPledge, e.phrase.words.first == "in", e.reason.contains("forecast") { continue }
                    // "was recorded at $17.9 million and efforts are being made to take it to $100 million": a goal
                    // after "and" starts a statement of its own.
                    if hit.first > q.last, e.reason.contains("goal") || e.reason.contains("forecast"),
                       (q.last + 1..<hit.first).contains(where: { s.word($0) == "and" }) { continue }
                    if e.indicator == nil || e.indicator == indicator { return e }
                }
                return nil
            }
            if let e = exclusion(for: nil) {
                drop(q.first, q.last, e.reason == "page furniture" ? .furniture : .excluded, e.reason == "page furniture" ? "" : e.reason)
                droppedTotals.insert(qi)
                continue
            }
            // "Its total foreign trade reached $38.9 billion, of which exports $29.4 billion": a part of a dropped total goes too.
            if isPart(s, q), let previous = (0..<qi).last, droppedTotals.contains(previous) {
                drop(q.first, q.last, .superseded); droppedTotals.insert(qi); continue
            }
            // A figure of a country outside the pair: "Turkey's sales … exceed $300 million".
            if let outsider = thirdParty(s, q, mentions: mentions, pair: pair) {
                drop(q.first, q.last, .thirdParty, outsider); continue
            }
            if reExportClauses.contains(clause), isReExportElsewhere(s, q, mentions: mentions, pair: pair) {
                drop(q.first, q.last, .thirdParty, "a re-export to a third market"); continue
            }
            if rate(s, after: q.last) { drop(q.first, q.last, .rate); continue }
            // "AZN 8.5 million ($5 million)": the same amount in another currency, in brackets right after it.
            if q.quantity.kind == .money, qi > 0, quantities[qi - 1].quantity.kind == .money, q.first >= 1,
               s.tokens[q.first - 1].isSymbol("("), quantities[qi - 1].last == q.first - 2 {
                drop(q.first, q.last, .conversion); continue
            }

            var indicator = ""
            var cues: [String] = []
            var score = 0.0
            var direction = Direction.both
            var subject = ""
            var unit = ""
            var notes: [String] = []
            var partOf: Int? = nil
            // The words a count counts, for whose people they are ("300 cadets from Azerbaijan").
            var countedNoun: (first: Int, last: Int)? = nil
            var level: Draft? = nil
            // "from $4.2 billion in 2020", "compared with $5.4 billion": the base of the figure before it in the sentence.
            let base = isBaseValue(s, q) ? levelsHere.last.map { drafts[$0] } : nil

            switch q.quantity.kind {
            case .tiv:
                // TIVs come from SIPRI's own tables (bilat import sipri), not from articles' wording.
                drop(q.first, q.last, .noIndicator); continue
            case .percent:
                if !q.quantity.isChange {
                    // A share is recorded only when the sentence names its part and its total.
                    guard let share = share(s, q, cueHits: cueHits) else { drop(q.first, q.last, .share); continue }
                    (indicator, score, cues, direction) = share.part
                    q = share.spotted
                } else if let l = levelsHere.last(where: { !basesHere.contains($0) }) ?? levelsHere.last,
                          ownClauseChangeChoice(s, q, cueHits).map({ $0.0 == drafts[l].candidate.indicator }) ?? true {
                    // "$398.4 million against $421.7 million …, showing a decline of 5.5 percent": a change of the figure, not its base.
                    level = drafts[l]
                    levelHere = true
                } else if let choice = bestIndicator(s, q, cueHits.filter { changeCue($0, s, q) }, allowed: { _ in true }, sameClause: false) {
                    (indicator, score, cues, direction) = choice
                } else if elliptical != nil, let near = cueHits.last(where: { $0.last < q.first && q.first - $0.last <= 3 }),
                          let choice = bestIndicator(s, q, [near], allowed: { _ in true }, sameClause: false) {
                    // "and imports - by 9.4 percent": the subject it names just before it.
                    (indicator, score, cues, direction) = choice
                } else if let elliptical {
                    (indicator, score, cues, direction) = (elliptical.candidate.indicator, 1, elliptical.candidate.cues, elliptical.candidate.direction)
                    notes.append("a change that leaves out its subject: that of the change before it")
                } else if let l = context.firstLevelOfLastSentence ?? context.lastLevel, context.lastLevelSentence == index - 1,
                          drafts[l].paragraph == sentence.paragraph || startsWithDemonstrative(s)
                            || repeatsSubject(s, before: q.first, of: drafts[l].candidate.sentence, mentions: mentions)
                            || lead.map({ namesTheMeasure(s, at: $0.rest) }) == true {
                    level = drafts[l]
                    notes.append("change attached to the figure in the previous sentence")
                } else {
                    drop(q.first, q.last, .noIndicator); continue
                }
            case .count:
                var phrase = q.nounPhrase
                var notesForNoun: [String] = []
                // The unit noun is the phrase's head, its last word: "Azerbaijani military officers".
                // The unit noun is the phrase's last noun the vocabulary knows: "Azerbaijani military officers",
                // "universities receive stipends".
                // Every indicator that counts that noun ("corvettes" are ordered and delivered): the cue decides.
                var unitHits = phrase.map { p -> [PhraseIndex<UnitNoun>.Hit] in
                    let inside = allUnitHits.filter { $0.first >= p.first && $0.last <= p.last }
                    guard let head = inside.last else { return [] }
                    return inside.filter { $0.first == head.first && $0.last == head.last }
                } ?? []
                // "out of four ordered in 2018": a verb right after the number is no noun.
                let verbAfter = q.nounPhrase.flatMap { s.word($0.first) }.map { $0.count > 4 && $0.hasSuffix("ed") } ?? false
                // "25 Pakistan ordered": a country right after the number is the clause's subject, not what is counted.
                let countryAfter = q.nounPhrase.map { p in mentions.contains { $0.first == p.first } } ?? false
                if unitHits.isEmpty, phrase == nil || verbAfter || countryAfter || q.nounPhrase.map({ s.word($0.first) == nil }) == true {
                    // "the officers who attended … now number more than 120": a bare count takes the unit noun before it.
                    // "Two corvettes have been delivered …, out of four ordered": "out of N" counts the noun before it, in any clause.
                    // "the first of 25 Pakistan ordered" counts the noun before it too.
                    let outOf = s.has(["out", "of"], at: q.first - 2)
                        || (s.word(q.first - 1) == "of" && ["first", "last", "rest", "remainder"].contains(s.word(q.first - 2) ?? ""))
                    if let before = allUnitHits.last(where: { $0.last < q.first && q.first - $0.last <= 25 && (outOf || s.clause[$0.last] == s.clause[q.first]) }) {
                        unitHits = [before]
                        phrase = (before.first, before.last)
                        notesForNoun.append("the noun counted comes earlier in the sentence")
                    }
                }
                // "126 joint ventures are registered, compared to 98 last year": a bare base counts what its figure counts.
                if unitHits.isEmpty, let base, base.candidate.quantity.kind == .count, !base.candidate.unit.isEmpty {
                    (indicator, score, cues, direction) = (base.candidate.indicator, 1, base.candidate.cues, base.candidate.direction)
                    subject = base.candidate.subject
                    unit = base.candidate.unit
                    notes.append("the base of the figure before it: what it counts")
                    break
                }
                guard let phrase else { drop(q.first, q.last, .bareNumber); continue }
                guard let head = unitHits.first else { drop(q.first, q.last, .untrackedNoun); continue }
                let counted = Set(unitHits.map(\.value.indicator))
                // "40 tonnes of medicines" but not "1,200 tonnes of food": a measure's "of" names what is measured.
                let complement = s.word(head.last + 1) == "of" ? complementRange(s, from: head.last + 2) : nil
                let cueAllowed: (PhraseIndex<Int>.Hit) -> Bool = { hit in
                    guard let complement else { return true }
                    return hit.first >= complement.lowerBound && hit.last <= complement.upperBound || hit.last < q.first
                }
                let strong = unitHits.filter { $0.value.isStrong }.map(\.value.indicator)
                if complement == nil, let only = strong.first {
                    indicator = only; score = 1; direction = indicatorDirection[only] ?? .both
                    cues = bestIndicator(s, q, cueHits.filter(cueAllowed), allowed: { $0 == only }, sameClause: false)?.2 ?? []
                } else if let choice = bestIndicator(s, q, complement == nil ? cueHits : cueHits.filter {
                    // With "of …" after the noun: a cue in it, or before the number in the same clause
                    // ("trained 40 pilots of the air force"), not one elsewhere in the sentence.
                    ($0.first > head.last && cueAllowed($0)) || ($0.last < q.first && s.clause[$0.last] == s.clause[q.first])
                },
                                                     allowed: { counted.contains($0) }, sameClause: false) {
                    (indicator, score, cues, direction) = choice
                } else {
                    drop(q.first, q.last, .noIndicator); continue
                }
                // "14 MRSAM systems will be supplied": what is yet to be delivered is on order (CueContext).
                if indicator == "arms_delivered", counted.contains("arms_ordered"), isFutureDelivery(s, q, cues: cueHits) {
                    indicator = "arms_ordered"
                    direction = indicatorDirection["arms_ordered"] ?? direction
                    notes.append("a delivery still to come: the count ordered")
                }
                let nounHit = unitHits.first { $0.value.indicator == indicator } ?? head
                cues.append(nounHit.phrase.description)
                subject = s.text(min(phrase.first, nounHit.first), nounHit.last)
                countedNoun = (min(phrase.first, nounHit.first), nounHit.last)
                if let complement { subject += " " + s.text(head.last + 1, complement.upperBound) }
                unit = s.word(nounHit.last) ?? ""
                notes += notesForNoun
            case .money:
                if let base, base.candidate.quantity.kind == .money {
                    (indicator, score, cues, direction) = (base.candidate.indicator, 1, base.candidate.cues, base.candidate.direction)
                    notes.append("the base of the figure before it: its indicator")
                } else if let choice = bestIndicator(s, q, cuesOfThisNumber(s, q, cueHits, quantities), allowed: { moneyIndicators.contains($0) }, sameClause: false) {
                    (indicator, score, cues, direction) = tradeFlowChoice(s, q, choice, cueHits: cueHits, unitHits: allUnitHits)
                } else if pronounSubject(s, before: q.first) || samePeriodEarlier(s, after: q.last, periods) != nil,
                          context.lastLevelSentence == index - 1, let l = context.lastLevel,
                          drafts[l].candidate.quantity.kind == .money {
                    // "The country had received $1.2 billion … in the same period a year earlier": with no cue of its
                    // own, a figure for the same span earlier is the base of the figure before.
                    // "In 2018 it amounted to $8.34 million": "it" is the measure of the sentence before.
                    level = drafts[l]
                    notes.append("'it' taken as the measure of the previous sentence")
                } else {
                    drop(q.first, q.last, .noIndicator); continue
                }
            }
            var pronounReferent: Draft? = nil
            if q.quantity.kind == .money, let referent = level {
                pronounReferent = referent
                // The pronoun's referent gives only what is measured; the period is this sentence's own.
                indicator = referent.candidate.indicator
                direction = referent.candidate.direction
                cues = referent.candidate.cues
                score = 1
                level = nil
            } else if let level {
                indicator = level.candidate.indicator
                direction = level.candidate.direction
                subject = level.candidate.subject
                cues = level.candidate.cues
                score = 1
            }
            if let e = exclusion(for: indicator) {
                drop(q.first, q.last, e.reason == "page furniture" ? .furniture : .excluded, e.reason == "page furniture" ? "" : e.reason)
                droppedTotals.insert(qi)
                continue
            }

            // Parts of a total: "of which $3.1 million", "$2.1 million of the total".
            if q.quantity.kind != .percent, isPart(s, q) || context.introducesList,
               let total = levelsHere.last ?? (index - context.lastLevelSentence <= 3 ? context.lastLevel : nil) {
                partOf = total
            }

            // The figure's own period.
            var period: Period? = nil
            var periodWords = ""
            var periodFromSentence = false
            let own = ownPeriod(s, q, periods, excluding: comparisonPeriods.union(periodsOfLaterBases(s, q, periods, quantities))
                                                                .union(periodsOfEarlierBases(q, basePeriods, s))
                                                                .union(periodsOfLaterEvents(s, q, periods)))
            if level == nil, let (toDate, words) = cumulativePeriod(s, q, own: own, periods: periods, reference: reference) {
                // "so far", "in total", "delivered until March 2024": everything counted to that date.
                period = toDate
                periodWords = words
                periodFromSentence = true
                notes.append("a running total with no start named: to \(toDate.end)")
            } else if q.quantity.isLevelAtDate || (isCurrent && !q.quantity.isChange) {
                // "current trade of $30 million": a level that holds at the date of publication, not over a period.
                period = reference
                periodFromSentence = reference != nil
                notes.append(reference == nil ? "a level at a date, and no publication date to hold it at"
                                              : "a level at the date of publication")
            } else if let level {
                period = level.candidate.period
                periodWords = level.candidate.periodWords
                periodFromSentence = true
            } else if let p = own {
                if p.isDeadline { drop(q.first, q.last, .afterPublication, p.text); continue }
                period = p.period
                periodWords = p.text
                periodFromSentence = true
                if p.isUnreadFiscalYear {
                    notes.append("'\(p.text)' names a fiscal year, but no party of the pair declares when its fiscal year starts "
                                 + "(or the two declare different starts): add fiscal_year_start to parties.csv")
                }
            } else if let referent = pronounReferent, let p = referent.candidate.period {
                // "That compares with $705 million in the previous quarter": with no period of its own, the sentence
                // speaks of the referent's (and "the previous quarter" then steps back from it, below).
                period = p
                periodWords = referent.candidate.periodWords
                notes.append("period of the figure 'it' or 'that' refers to")
                // "in the same period a year earlier": the referent's span, earlier.
                if let same = samePeriodEarlier(s, after: q.last, periods),
                   let shifted = same.sameSpanYear.map({ p.moved(toYear: $0) }) ?? p.shifted(years: -(same.yearsBack ?? 1)), shifted.start < p.start {
                    period = shifted
                    periodWords = same.text
                }
            } else if pointsToReport, let (p, words) = context.reportPeriod {
                // "In the reporting period, export … amounted to": the period the report is about, the one its first
                // figure gave, not the base of a comparison in brackets just before.
                period = p
                periodWords = words
                notes.append("the reporting period: the period of the article's first figure")
            } else if let partOf, let total = drafts[partOf].candidate.period {
                period = total
                periodWords = drafts[partOf].candidate.periodWords
                notes.append("period of the total it is part of")
            } else if let l = levelsHere.last, let p = drafts[l].candidate.period {
                // "masks, 10,000 testing kits and 15 ventilators": figures listed together share a period.
                period = p
                periodWords = drafts[l].candidate.periodWords
                notes.append("period of the figure before it in the sentence")
            } else if pastClauses.contains(clause) || anaphoric, let (p, words) = context.paragraphPeriod {
                // A past event goes on in the paragraph's period; a present state ("receive stipends") does not.
                period = p
                periodWords = words
                notes.append("period from an earlier sentence of the paragraph")
            } else if context.lastLevelSentence == index - 1 || context.lastLevelSentence == index,
                      let l = context.lastLevel, let p = drafts[l].candidate.period,
                      // A headline's figure is not what the story's first sentence goes on about (nor is a headline's
                      // period of publication one to carry on); "The contract is worth …" after an order is that
                      // order's, in the present tense too.
                      !drafts[l].candidate.isBareLine,
                      pastClauses.contains(clause) || anaphoric
                        || (isContract && q.quantity.kind == .money && Self.armsIndicators.contains(indicator)
                            && Self.armsIndicators.contains(drafts[l].candidate.indicator)),
                      drafts[l].candidate.indicator == indicator
                        || (drafts[l].candidate.direction == .both && drafts[l].candidate.quantity.kind == q.quantity.kind)
                        || (Self.armsIndicators.contains(indicator) && Self.armsIndicators.contains(drafts[l].candidate.indicator)) {
                // The sentence right after a figure, with no period of its own, continues it when it goes on
                // about the same measure, or about the parts of a two-way total.
                period = p
                periodWords = drafts[l].candidate.periodWords
                notes.append("period of the figure in the previous sentence")
            } else if anaphoric || q.quantity.isChange, let (p, words) = context.articlePeriod {
                period = p
                periodWords = words
                notes.append("period carried over from an earlier sentence")
            } else if Self.tradeIndicators.contains(indicator) || indicator == "trade_turnover", pastClauses.contains(clause),
                      !q.quantity.isChange, let (p, words) = context.reportPeriod {
                // "Azerbaijan's exports to Georgia totalled $301.2 million" a paragraph after "in H1 2021": a trade
                // report goes on about the period of its first figure.
                period = p
                periodWords = words
                notes.append("no period stated; the period of the article's first figure")
            } else if let reference {
                // A past event with no date in a news report happened on the day reported; a state described
                // in the present holds for the year of publication.
                if reference.granularity == .day, pastClauses.contains(clause) {
                    period = .day(reference.end)
                    notes.append("no period stated; a past event, dated the day of publication")
                } else {
                    period = Period.year(reference.end.year)
                    notes.append("no period stated; the year of publication")
                }
            }
            // "compared with $2.1 million a year earlier": the base of a comparison, a year before the period.
            if !q.quantity.isChange, period?.isOpenStart != true, let back = periods.first(where: { $0.pointsBack && $0.first > q.last && $0.first - q.last <= 2
                                                                   && !$0.text.lowercased().contains("same") }),
               let shifted = period.flatMap({ back.back(from: $0) }) {
                period = shifted
                periodWords = back.text
                notes.append("a year before the period of the sentence")
            }
            // "compared with $5.4 billion in the same period a year ago": the figure's period, a year (or more) back.
            if let base, let basePeriod = base.candidate.period,
               let same = periods.first(where: { $0.first > q.last && $0.first - q.last <= 4
                                                  && ($0.text.lowercased().contains("same") || $0.sameSpanYear != nil || $0.yearsBack != nil
                                                      || $0.monthsBack != nil) }) {
                let shifted = same.sameSpanYear.map { basePeriod.moved(toYear: $0) }
                    ?? (same.monthsBack != nil ? same.back(from: basePeriod) : basePeriod.shifted(years: -(same.yearsBack ?? 1)))
                if let shifted, shifted.start < basePeriod.start {
                    period = shifted
                    periodWords = same.text
                    notes.append("the base of the figure before it: the same span, earlier")
                }
            }
            if let period, let reference, period.start > reference.end {
                drop(q.first, q.last, .afterPublication, period.label); continue
            }

            var comparedWith: Period? = nil
            if q.quantity.isChange {
                if let pi = comparisonFor[qi] {
                    let p = periods[pi]
                    if p.yearsBack != nil || p.monthsBack != nil { comparedWith = period.flatMap { p.back(from: $0) } }
                    else if let y = p.sameSpanYear { comparedWith = period?.moved(toYear: y) }
                    else { comparedWith = p.period }
                } else {
                    comparedWith = period?.shifted(years: -1)
                    notes.append("compared with a year earlier: the article names no base period")
                }
                if let c = comparedWith, let p = period, c.start >= p.start {
                    // A base that is not before the period cannot be right: fall back to a year earlier.
                    comparedWith = p.shifted(years: -1)
                    notes.append("the named base period is not before the figure's; compared with a year earlier")
                }
                if comparedWith == nil { notes.append("no base period could be worked out") }
            }

            let status: FigureStatus? = q.quantity.isEstimated ? .estimated : clauseStatus[clause]

            var confidence = 0.4 + min(0.3, score * 0.15)
            confidence += periodFromSentence ? 0.15 : (period == nil ? -0.2 : 0.0)
            if !mentions.isEmpty { confidence += 0.1 }
            if sentence.isBareLine { confidence -= 0.15 }
            if q.quantity.isChange && comparisonFor[qi] == nil { confidence -= 0.1 }
            confidence = (min(0.99, max(0.05, confidence)) * 100).rounded() / 100

            // A base value shares its figure's parties; any other figure does not take the countries of an earlier one.
            let earlier = base == nil && level == nil && elliptical == nil ? quantities[..<qi].map(\.first) : []
            let (giver, receiver) = parties(s, q, mentions: mentions, direction: direction, indicator: indicator, earlierNumbers: earlier,
                                            lastNumber: qi + 1 < quantities.count ? quantities[quantities.count - 1].first : nil,
                                            countedNoun: countedNoun)
            let (start, end) = offsets(q.first, q.last)
            let candidate = Candidate(
                indicator: indicator, reporter: "", partner: "", direction: direction, subject: subject, period: period,
                periodWords: periodWords, comparedWith: comparedWith, asReported: q.text, unit: unit, quantity: q.quantity,
                status: status, sourceID: settings.sourceID, sentence: sentence.text, start: start, end: end,
                confidence: confidence, cues: uniqued(cues), partOf: partOf, notes: notes)
            var placed = candidate
            placed.periodIsStated = periodFromSentence
            placed.isBareLine = sentence.isBareLine
            // "invested $480 million in Uzbekistan, which is 1.6 times more": a change that "which" ties to the figure
            // before it is between that figure's parties.
            // So is ", up 30 per cent" right after it, and a base ("from 11,900 in 2022") is between its figure's.
            let tiedByWhich = (max(0, q.first - 3)..<q.first).contains { s.word($0) == "which" }
                || (q.first >= 1 && s.tokens[q.first - 1].isSymbol(",") && ["up", "down"].contains(s.word(q.first) ?? ""))
            let tied = base ?? (levelHere && tiedByWhich ? level : nil)
            let levelParties = tied.flatMap { $0.giver != nil || $0.receiver != nil ? $0 : nil }
            drafts.append(Draft(candidate: placed, giver: levelParties.map { $0.giver } ?? giver ?? level?.giver ?? elliptical?.giver,
                                receiver: levelParties.map { $0.receiver } ?? receiver ?? level?.receiver ?? elliptical?.receiver, paragraph: sentence.paragraph))
            if q.quantity.isChange { changesHere.append(drafts.count - 1) }
            if !q.quantity.isChange {
                // A share is no level: a change or a part after it is not about the share.
                if q.quantity.shareOf == nil {
                    levelsHere.append(drafts.count - 1)
                    if base != nil { basesHere.insert(drafts.count - 1) }
                    // A base value ("from $4.1 billion in 2020-21") is not what the next sentence goes on about.
                    if base == nil || context.lastLevelSentence != index {
                        context.lastLevel = drafts.count - 1
                    }
                    if context.lastLevelSentence != index { context.firstLevelOfLastSentence = drafts.count - 1 }
                    context.lastLevelSentence = index
                }
                // A base value's period is not what the article goes on to speak of.
                if let period, periodFromSentence, base == nil {
                    context.paragraphPeriod = (period, periodWords)
                    context.articlePeriod = (period, periodWords)
                    if context.reportPeriod == nil, !q.quantity.isLevelAtDate, !period.isOpenStart { context.reportPeriod = (period, periodWords) }
                }
            }
        }
    }

    func uniqued(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}
