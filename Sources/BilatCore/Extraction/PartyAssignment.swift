/// Who reports a figure and who is the partner: from the roles of country mentions, then the pair.
extension Extractor {
    /// Who gives and who receives, from the country mentions of the sentence.
    func parties(_ s: SentenceTokens, _ q: SpottedQuantity, mentions all: [CountryMention], direction: Direction,
                 indicator: String = "", earlierNumbers: [Int] = [], lastNumber: Int? = nil,
                 countedNoun: (first: Int, last: Int)? = nil) -> (String?, String?) {
        guard direction != .both else { return (nil, nil) }
        let clause = s.clause[q.first]
        // "India's imports from Russia … were $34.0 billion, while exports stood at $8.9 billion": a country named in
        // another clause before an earlier number is that number's; one in a later clause before a later number
        // ("…, while Saudi purchases of Pakistani rice, textiles and meat came to $490 million") is that number's too.
        let own = all.filter { m in
            s.clause[m.first] == clause || (!earlierNumbers.contains { m.last < $0 && $0 < q.first }
                && !(m.first > q.last && (lastNumber.map { $0 > m.last } ?? false)))
        }
        // "the import of Pakistani products": the country after "import of" is where the goods come from.
        let mentions = own.map { m -> CountryMention in
            var m = m
            // "Saudi purchases of Pakistani rice": so is the country after "purchases of".
            if s.word(m.first - 1) == "of", let w = s.word(m.first - 2), w.hasPrefix("import") || w.hasPrefix("purchase") { m.role = .origin }
            return m
        }
        func nearest(_ roles: [CountryMention.Role], inClauseOnly: Bool = false) -> String? {
            let matching = mentions.filter { roles.contains($0.role) }
            let inClause = matching.filter { s.clause[$0.first] == clause }
            if inClauseOnly { return (inClause.filter { $0.last < q.first }.last ?? inClause.first)?.code }
            let before = (inClause.isEmpty ? matching : inClause).filter { $0.last < q.first }
            return (before.last ?? inClause.first ?? matching.first)?.code
        }
        // A country adjective inside what a count counts names whom it was given to ("Azerbaijani officers").
        var counted: String? = nil
        if let phrase = q.nounPhrase {
            counted = mentions.first { $0.first >= phrase.first && $0.last <= phrase.last }?.code
        }
        let actors = mentions.filter { m in m.role == .actor && !(q.nounPhrase.map { m.first >= $0.first && m.last <= $0.last } ?? false) }
        let actor = actors.filter { $0.last < q.first && s.clause[$0.first] == clause }.last?.code
            ?? actors.filter { $0.last < q.first }.last?.code ?? actors.first?.code
        let agent = nearest([.agent])
        if Self.armsIndicators.contains(indicator) { return armsParties(s, q, mentions: mentions, actor: actor, nearest: nearest) }
        if Self.peopleCountedIndicators.contains(indicator), let noun = countedNoun,
           let people = peopleParties(s, noun: noun, mentions: mentions, agent: agent, actors: actors.map(\.code)) {
            return people
        }
        if Self.homeCountedIndicators.contains(indicator), let counted {
            // "35 Pakistani companies have registered in Tashkent": the companies' home country is the side that gives.
            return (counted, nearest([.recipient]).flatMap { $0 == counted ? nil : $0 })
        }
        switch direction {
        case .toPartner:
            // "Pakistan received $1.2bn under the Saudi … facility": the subject of "received" is the receiver (ReceivingVerbs).
            if agent == nil, counted == nil, nearest([.origin]) == nil, nearest([.recipient]) == nil,
               let received = receivingSubject(s, q, mentions: mentions) {
                return (received.giver, received.receiver)
            }
            let receiver = counted ?? nearest([.recipient])
            let giver = agent ?? nearest([.origin]) ?? actor.flatMap { $0 == receiver ? nil : $0 }
            return (giver, receiver)
        case .fromPartner:
            // Imports: the reporter receives from the partner.
            let origin = nearest([.origin])
            // A destination in another clause ("exports to Pakistan made up …, imports - …") is not the importer.
            let importer = agent ?? actor.flatMap { $0 == origin ? nil : $0 } ?? nearest([.recipient], inClauseOnly: true)
            return (origin, importer)
        case .both:
            return (nil, nil)
        }
    }

    func assignParties(_ drafts: [Draft], settings: ExtractionSettings, context: Context) -> [Candidate] {
        let ranked = context.countryOrder.enumerated().sorted { a, b in
            let ca = context.countryCounts[a.element] ?? 0, cb = context.countryCounts[b.element] ?? 0
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        // The two most named, in the order the article first names them.
        let firstNamed = Dictionary(context.countryOrder.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: min)
        let topTwo = Array(ranked.prefix(2)).sorted { (firstNamed[$0] ?? Int.max) < (firstNamed[$1] ?? Int.max) }
        let reporter = settings.reporter ?? topTwo.first ?? ""
        let partner = settings.partner ?? topTwo.dropFirst().first(where: { $0 != reporter }) ?? topTwo.first(where: { $0 != reporter }) ?? ""
        let pair = [reporter, partner]
        func other(_ code: String) -> String { code == reporter ? partner : reporter }
        // The outlet's own country is the side that speaks when a trade sentence names neither giver nor receiver.
        let outlet = settings.outletCountry.flatMap { pair.contains($0) ? $0 : nil }
        // In an arms deal the seller is the exporter: a deal sentence that names neither side ("India and Russia signed
        // a contract") takes the seller another arms figure of the article names.
        let seller = drafts.lazy.filter { Self.armsIndicators.contains($0.candidate.indicator) }.compactMap { d -> String? in
            let giver = d.giver.flatMap { pair.contains($0) ? $0 : nil }, receiver = d.receiver.flatMap { pair.contains($0) ? $0 : nil }
            if let giver, giver != receiver { return giver }
            return receiver.map(other)
        }.first
        // A gift the sentence names no side of ("A consignment of 10 tonnes of medicines arrived") goes the way the
        // article's last gift went.
        var lastGift: (giver: String, receiver: String)? = nil
        return drafts.map { draft in
            var c = draft.candidate
            c.reporter = reporter
            c.partner = partner
            // Directional figures take the giver's view (exports, aid, sales, training): the giver reports.
            let giver = draft.giver.flatMap { pair.contains($0) ? $0 : nil }
            let receiver = draft.receiver.flatMap { pair.contains($0) ? $0 : nil }
            let isTrade = Self.tradeIndicators.contains(c.indicator)
            let fallback = isTrade ? outlet : Self.armsIndicators.contains(c.indicator) ? seller : lastGift?.giver
            switch c.direction {
            case .toPartner:
                if let giver, giver != receiver { c.reporter = giver; c.partner = other(giver) }
                else if let receiver { c.partner = receiver; c.reporter = other(receiver) }
                else if let fallback { c.reporter = fallback; c.partner = other(fallback) }
            case .fromPartner:
                if let receiver, receiver != giver { c.reporter = receiver; c.partner = other(receiver) }
                else if let giver { c.partner = giver; c.reporter = other(giver) }
                else if isTrade, let outlet { c.reporter = outlet; c.partner = other(outlet) }
            case .both:
                break
            }
            if c.direction == .toPartner, !isTrade, giver != nil || receiver != nil { lastGift = (c.reporter, c.partner) }
            return c
        }
    }

    /// Students and trainees: the people's home country receives ("300 cadets from Azerbaijan", "Azerbaijani
    /// officers", "students from Pakistan"); the country that trains or pays gives: the agent ("paid for by the
    /// Azerbaijani government"), where they study ("studying in Azerbaijan"), or the subject ("Pakistani military
    /// academies have trained"). Nil when the sentence names no home, so the general rules decide.
    func peopleParties(_ s: SentenceTokens, noun: (first: Int, last: Int), mentions: [CountryMention], agent: String?,
                       actors: [String]) -> (String?, String?)? {
        let inside = mentions.first { $0.first >= noun.first && $0.last <= noun.last }
        let before = mentions.first { $0.last < noun.first && noun.first - $0.last <= 2 && $0.role == .actor }
        let after = mentions.first { $0.role == .origin && s.word(noun.last + 1) == "from" && $0.first > noun.last && $0.first - noun.last <= 3 }
        guard let home = (inside ?? after ?? before)?.code else { return nil }
        let host = mentions.first { m in
            m.code != home && s.word(m.first - 1) == "in" && Self.studyWords.contains(s.word(m.first - 2) ?? "")
        }?.code
        let giver = [agent, host].compactMap { $0 }.first { $0 != home } ?? actors.first { $0 != home }
        return (giver, home)
    }

    static let peopleCountedIndicators: Set<String> = ["personnel_trained", "students_funded"]
    /// Words after which "in X" names where people study or train, the country that hosts them.
    static let studyWords: Set<String> = ["studying", "study", "studies", "trained", "training", "train", "courses", "course",
                                          "academies", "academy", "universities", "university", "schools", "colleges"]

    /// Indicators whose bare "exports"/"imports" speak for the outlet's country.
    static let tradeIndicators: Set<String> = ["exports", "imports", "re_exports", "re_imports"]
    /// Arms deals and the weapons in them: the seller is the exporter (reporter), as the SIPRI importer writes them.
    static let armsIndicators: Set<String> = ["defence_deal_value", "arms_ordered", "arms_delivered"]
    /// Counts whose country adjective names the giver ("Indian companies"), not the receiver ("Azerbaijani officers").
    static let homeCountedIndicators: Set<String> = ["companies_registered"]
    /// Verbs whose subject buys weapons, and whose subject sells them.
    static let buyingVerbs: Set<String> = ["ordered", "orders", "order", "bought", "buys", "buy", "purchased", "purchases", "purchase",
                                           "procured", "procures", "acquired", "acquires", "received", "receives", "imported"]
    static let sellingVerbs: Set<String> = ["delivered", "delivers", "supplied", "supplies", "sold", "sells", "building",
                                            "builds", "built", "exported", "exports", "transferred", "handed"]

    /// Seller and buyer of an arms figure: "from X" and "a contract with X" name the seller, "to"/"for X" the
    /// buyer; otherwise the subject sells after a verb of supply ("Russia has delivered") and buys after a verb of
    /// buying ("India ordered"). Neither when the sentence does not say ("India and Russia signed a contract").
    func armsParties(_ s: SentenceTokens, _ q: SpottedQuantity, mentions: [CountryMention], actor: String?,
                     nearest: ([CountryMention.Role], Bool) -> String?) -> (String?, String?) {
        let withSeller = mentions.first { $0.role == .counterpart && s.word($0.first - 1) == "with" }?.code
        let seller = nearest([.origin], false) ?? withSeller
        let buyer = nearest([.recipient], false)
        if seller != nil || buyer != nil {
            return (seller ?? actor.flatMap { $0 == buyer ? nil : $0 }, buyer ?? actor.flatMap { $0 == seller ? nil : $0 })
        }
        guard let actor else { return (nil, nil) }
        let words = (0..<s.count).compactMap { s.word($0) }
        if words.contains(where: Self.sellingVerbs.contains) { return (actor, nil) }
        if words.contains(where: Self.buyingVerbs.contains) { return (nil, actor) }
        return (nil, nil)
    }
}
