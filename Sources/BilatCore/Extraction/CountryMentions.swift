/// A country named in a sentence, and the role its preposition gives it.
struct CountryMention {
    enum Role { case actor, recipient, origin, counterpart, agent }
    var code: String
    var first: Int
    var last: Int
    var role: Role
}

/// Finds country names, adjectives and demonyms ("Azerbaijan", "Pakistani", "Baku") and reads their role
/// from the preposition before them: "to"/"for"/"in" a recipient ("investments in Kazakhstan"), "from" an origin, "with"/"between" a
/// counterpart, "by" the agent of a passive ("awarded by the Pakistani government"), otherwise an actor
/// (a subject, a possessive, an adjective).
enum CountryMentions {
    static let roles: [String: CountryMention.Role] = [
        "to": .recipient, "for": .recipient, "towards": .recipient, "into": .recipient,
        "in": .recipient, "from": .origin, "with": .counterpart, "between": .counterpart, "and": .counterpart, "by": .agent,
    ]

    static let speakerNouns: Set<String> = ["officials", "official", "sources", "diplomats", "analysts", "experts", "observers",
                                            "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporters"]

    /// Verbs whose bare object is the receiver: "lent Pakistan", "gave Afghanistan", "granted Azerbaijan".
    static let givingVerbs: Set<String> = ["lent", "lends", "lend", "loaned", "gave", "gives", "give", "granted", "grants", "grant",
                                           "offered", "offers", "sent", "sends", "owes", "owed", "handed", "paid", "pays", "sold", "sells",
                                           "provided", "provides", "supplied", "supplies"]

    /// Words that may stand between a preposition and the name it governs: "to the Islamic Republic of Pakistan",
    /// "in the economy of Azerbaijan".
    static let wordsOfALongName: Set<String> = ["the", "of", "republic", "islamic", "people", "government", "state", "peoples",
                                               "brotherly", "economy", "economies", "market", "markets"]

    /// Verbs of arrival whose object, or "at" after them, is the destination.
    static let arrivalVerbs: Set<String> = ["arrived", "arrives", "landed", "lands", "reached", "reaches"]

    static func find(_ s: SentenceTokens, countries: PhraseIndex<String>) -> [CountryMention] {
        var mentions: [CountryMention] = []
        var covered = -1
        for hit in CountryNameForms.withUpperCaseUS(countries.hits(in: s), s) where hit.first > covered {
            covered = hit.last
            var role = CountryMention.Role.actor
            var preposition: Int? = nil
            // "to the Islamic Republic of Pakistan": look back a few words, within the clause.
            var k = hit.first - 1
            // A number or symbol between ends the look-back: "In 2021 Azerbaijani exports" gives "in" no say.
            while k >= 0, hit.first - k <= 5, s.clause[k] == s.clause[hit.first], s.word(k) != nil {
                if let w = s.word(k), let r = roles[w] {
                    // "of" and the words of a long name may stand between the preposition and the name.
                    if w == "and", let previous = mentions.last, previous.last == k - 1 { role = previous.role == .actor ? .counterpart : previous.role }
                    else if w != "and" { role = r; preposition = k }
                    break
                }
                if let w = s.word(k), !Self.wordsOfALongName.contains(w) { break }
                k -= 1
            }
            // "from General Atomics of the United States", "by Baykar of Türkiye": a company's country takes the
            // preposition before the company's name.
            if preposition == nil, let k = CountryNameForms.prepositionBeforeCompany(s, before: hit.first), let w = s.word(k), let r = roles[w] {
                role = r; preposition = k
            }
            // "bought Chinese goods", "purchased Uzbek products": the country right after a verb of buying sells.
            if preposition == nil, let verb = s.word(hit.first - 1), Extractor.buyingVerbs.contains(verb) { role = .origin }
            // "according to the Azerbaijani embassy": the source of the report, not where anything goes.
            if let k = preposition, s.word(k) == "to", s.word(k - 1) == "according" { role = .actor }
            // "Saudi Arabia lent Pakistan $1.2 billion": the country right after a verb of giving is its indirect object.
            if preposition == nil, let verb = s.word(hit.first - 1), givingVerbs.contains(verb) { role = .recipient }
            // "arrived at Islamabad International Airport", "reached Karachi": where a consignment goes.
            if preposition == nil, let w = s.word(hit.first - 1), w == "at" || arrivalVerbs.contains(w),
               w != "at" || arrivalVerbs.contains(s.word(hit.first - 2) ?? "") { role = .recipient }
            // "officials in Islamabad said": where the speakers are, not a party the figure goes to.
            if let k = preposition, s.word(k) == "in", let before = s.word(k - 1), speakerNouns.contains(before) { continue }
            mentions.append(CountryMention(code: hit.value, first: hit.first, last: hit.last, role: role))
        }
        return mentions
    }
}
