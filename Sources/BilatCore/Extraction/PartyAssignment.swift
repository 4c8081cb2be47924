/// Who reports a figure and who is the partner: from the roles of country mentions, then the pair.
extension Extractor {
    /// Who gives and who receives, from the country mentions of the sentence.
    func parties(_ s: SentenceTokens, _ q: SpottedQuantity, mentions: [CountryMention], direction: Direction) -> (String?, String?) {
        guard direction != .both else { return (nil, nil) }
        let clause = s.clause[q.first]
        func nearest(_ roles: [CountryMention.Role]) -> String? {
            let matching = mentions.filter { roles.contains($0.role) }
            let inClause = matching.filter { s.clause[$0.first] == clause }
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
        switch direction {
        case .toPartner:
            let receiver = counted ?? nearest([.recipient])
            let giver = agent ?? nearest([.origin]) ?? actor.flatMap { $0 == receiver ? nil : $0 }
            return (giver, receiver)
        case .fromPartner:
            // Imports: the reporter receives from the partner.
            let origin = nearest([.origin])
            let importer = agent ?? actor.flatMap { $0 == origin ? nil : $0 } ?? nearest([.recipient])
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
        // The outlet's own country is the side that speaks when the sentence names neither giver nor receiver.
        let outlet = settings.outletCountry.flatMap { pair.contains($0) ? $0 : nil }
        return drafts.map { draft in
            var c = draft.candidate
            c.reporter = reporter
            c.partner = partner
            // Directional figures take the giver's view (exports, aid, sales, training): the giver reports.
            let giver = draft.giver.flatMap { pair.contains($0) ? $0 : nil }
            let receiver = draft.receiver.flatMap { pair.contains($0) ? $0 : nil }
            switch c.direction {
            case .toPartner:
                if let giver, giver != receiver { c.reporter = giver; c.partner = other(giver) }
                else if let receiver { c.partner = receiver; c.reporter = other(receiver) }
                else if let outlet { c.reporter = outlet; c.partner = other(outlet) }
            case .fromPartner:
                if let receiver, receiver != giver { c.reporter = receiver; c.partner = other(receiver) }
                else if let giver { c.partner = giver; c.reporter = other(giver) }
                else if let outlet { c.reporter = outlet; c.partner = other(outlet) }
            case .both:
                break
            }
            return c
        }
    }
}
