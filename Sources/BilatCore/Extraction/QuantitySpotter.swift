/// A number written in a sentence and read by ``QuantityReader``, with the words around it that matter.
struct SpottedQuantity {
    var first: Int
    var last: Int
    /// Exactly as in the article, e.g. "more than $2.1 million", "up 12.5%".
    var text: String
    var quantity: Quantity
    /// The words a count counts, after the number ("Azerbaijani military officers"), and its last word.
    var nounPhrase: (first: Int, last: Int)?
    var headNoun: String?
}

/// Finds numbers in a sentence and reads each with ``QuantityReader`` on exactly its span: the number, its
/// currency and scale, a qualifier or change word before it, and a percent sign or change word after it.
/// Spans are found first because the reader refuses trailing words.
enum QuantitySpotter {
    static let currencyCodes: Set<String> = ["usd", "eur", "gbp", "azn", "pkr", "rs"]
    static let changeNouns: Set<String> = ["rise", "increase", "drop", "fall", "decline", "decrease", "reduction", "gain", "jump", "growth", "contraction"]
    /// Words that end a count's noun phrase.
    static let nounStops: Set<String> = [
        "of", "and", "or", "in", "to", "for", "from", "with", "by", "on", "at", "as", "than", "that", "which", "who", "were",
        "was", "are", "is", "had", "have", "has", "will", "would", "be", "been", "the", "a", "an", "this", "these", "those",
        "their", "its", "his", "her", "our", "into", "over", "under", "since", "during", "per", "each", "apiece", "between",
        "while", "but", "so", "more", "less", "such", "including", "through", "across", "after", "before", "said", "says",
        "can", "could", "may", "might", "must", "should", "now", "also", "not", "then", "there", "here", "covering", "worth",
    ]

    static func spot(_ s: SentenceTokens, skipping taken: [Bool], dropped: inout [(first: Int, last: Int, reason: DropReason)]) -> [SpottedQuantity] {
        var found: [SpottedQuantity] = []
        var i = 0
        // Where a range was tried and did not read: the numbers there are read one at a time.
        var singleAt: Int? = nil
        while i < s.count {
            guard !taken[i], let spottedCore = core(s, at: i, ranges: singleAt != i) else { i += 1; continue }
            var core = spottedCore
            // "+41.8%", "-3%": a sign touching a percentage belongs to it.
            if core.first >= 1, s.tokens[core.first - 1].isSymbol("+", "-", "\u{2212}"), s.touching(core.first - 1, core.first),
               s.tokens[core.first].digits != nil, isPercent(s, core), core.first < 2 || s.tokens[core.first - 2].symbol != nil || !s.touching(core.first - 2, core.first - 1) {
                core.first -= 1
            }
            if let reason = ruledOut(s, core: core) {
                dropped.append((core.first, core.last, reason))
                i = core.last + 1
                continue
            }
            var first = core.first
            var starts = prefixes(s, before: core.first, percent: isPercent(s, core))
            // "a 5% drop": the article belongs to the change.
            if s.word(core.first - 1) == "a" || s.word(core.first - 1) == "an", let after = s.word(core.last), changeNouns.contains(after) {
                starts.append(core.first - 1)
            }
            var quantity: Quantity? = nil
            // The longest reading wins: "up to at least $4 million" is refused, "at least $4 million" read.
            for start in Set(starts + [core.first]).sorted() {
                if let q = try? QuantityReader.parse(s.text(start, core.last)) { quantity = q; first = start; break }
            }
            // Two numbers that read as no range ("cut from $5 million to $3 million"): each is read on its own.
            if quantity == nil, singleAt != i, let single = Self.core(s, at: i, ranges: false), single.last < core.last {
                singleAt = i
                continue
            }
            guard var q = quantity else { i = core.last + 1; continue }
            // "$30 million a year", "annually": an amount per year is a level at the source's date, not a price.
            if q.kind == .money, let length = yearlyWords(s, after: core.last),
               let yearly = try? QuantityReader.parse(s.text(first, core.last + length)), yearly.isLevelAtDate {
                q = yearly
                core.last += length
            }
            var spotted = SpottedQuantity(first: first, last: core.last, text: s.text(first, core.last), quantity: q)
            if q.kind == .count {
                if let phrase = nounPhrase(s, after: core.last) {
                    spotted.nounPhrase = phrase
                    spotted.headNoun = s.word(phrase.last)
                }
            }
            found.append(spotted)
            i = core.last + 1
        }
        return found
    }

    /// The number itself with currency, scale, percent and change words, as token indices; with `ranges`, a
    /// range's second number too ("$17–25 million", "between $2 billion and $2.5 billion").
    static func core(_ s: SentenceTokens, at i: Int, ranges: Bool) -> (first: Int, last: Int)? {
        let t = s.tokens[i]
        // "tripled", "a threefold increase": a multiple in one word.
        if let w = t.word, QuantityMultiples.verbs[w] != nil || QuantityMultiples.folds[w] != nil {
            if QuantityMultiples.folds[w] != nil, let after = s.word(i + 1), changeNouns.contains(after) { return (i, i + 1) }
            return (i, i)
        }
        var j = i
        // Currency before the number: "$", "US$", "USD", "Rs.".
        if t.isWord("us"), s.tokens.dropFirst(i + 1).first?.isSymbol("$") == true { j += 2 }
        else if t.isSymbol("$", "€", "£", "₼") { j += 1 }
        else if let w = t.word, currencyCodes.contains(w), w != "rs" || s.tokens.dropFirst(i + 1).first.map({ $0.digits != nil || $0.isSymbol(".") }) == true {
            j += 1
            if w == "rs", s.tokens.dropFirst(j).first?.isSymbol(".") == true { j += 1 }
        }
        guard j < s.count else { return nil }
        // "down by a fifth", "a drop of a quarter": a fraction after a change word.
        if j == i, let w = s.word(i), w == "a" || w == "one", let f = s.word(i + 1), QuantityReader.changeFractions[f] != nil,
           let before = s.word(i - 1), before == "by" || before == "of" {
            return (i, i + 1)
        }
        var last: Int
        if s.tokens[j].digits != nil {
            last = j
            // 300,000 and 11.7: separators touching digits on both sides.
            while last + 2 < s.count, s.tokens[last + 1].isSymbol(",", "."), s.touching(last, last + 1), s.touching(last + 1, last + 2),
                  s.tokens[last + 2].digits != nil {
                last += 2
            }
        } else if j == i || s.tokens[j].word != nil {
            var cursor = TokenCursor(s.tokens)
            cursor.index = j
            guard NumberWords.startsNumber(cursor) else { return nil }
            guard (try? NumberWords.read(&cursor)) != nil else { return nil }
            last = cursor.index - 1
            // "a" alone before "half" in "half a million" is fine; "one" alone is often a pronoun: kept, the noun decides.
        } else {
            return nil
        }
        // Scale: "11.7m", "1.6 billion", "3.4 crore".
        if let w = s.word(last + 1), let _ = NumberWords.scales[w], NumberWords.wordScales.contains(w) || s.touching(last, last + 1) || w.count > 1 {
            last += 1
        }
        // "grew 2.4 times", "a 2.4-fold rise": a multiple. "N times" only after a verb of increase: "met five times"
        // counts occasions, and "23 times as populous" compares no periods.
        if s.word(last + 1) == "times", increaseVerb(s, before: j) {
            return (i, last + 1)
        }
        // "1.6 times more than in 2020": a comparative with its base is a multiple too.
        if s.word(last + 1) == "times", let c = s.word(last + 2), QuantityMultiples.ambiguousAfter.contains(c), s.word(last + 3) == "than" {
            return (i, last + 2)
        }
        if last + 2 < s.count, s.tokens[last + 1].isDash, s.touching(last, last + 1), s.touching(last + 1, last + 2), s.word(last + 2) == "fold" {
            if let after = s.word(last + 3), changeNouns.contains(after) { return (i, last + 3) }
            return (i, last + 2)
        }
        var first = i
        if ranges, let range = rangeEnd(s, after: last, startingAt: i) { (first, last) = range }
        // Percent.
        var percent = false
        if s.tokens.dropFirst(last + 1).first?.isSymbol("%") == true { last += 1; percent = true }
        else if s.word(last + 1) == "percent" || s.word(last + 1) == "pct" { last += 1; percent = true }
        else if s.word(last + 1) == "per", s.word(last + 2) == "cent" { last += 2; percent = true }
        // "up 23pc": Pakistani business papers' percent, touching the number.
        else if s.word(last + 1) == "pc", s.touching(last, last + 1), s.tokens[last].digits != nil { last += 1; percent = true }
        // Currency after: "2,000,000 USD", "half a million dollars", "5 million US dollars".
        if !percent {
            if s.word(last + 1) == "us", let d = s.word(last + 2), d == "dollars" || d == "dollar" { last += 2 }
            else if let w = s.word(last + 1), let _ = QuantityReader.currencyWords[w], w != "rs" { last += 1 }
        }
        // "12.5% increase", "100+", "100 or more".
        if percent, let w = s.word(last + 1), QuantityReader.changeWords[w] != nil, w != "up", w != "down" {
            // "27.4% more than in 2022" is a change; "30% more officers" is not read as one.
            let comparative = ["more", "less", "higher", "lower"].contains(w)
            // "31.5% more in comparison with the corresponding period", "12% higher compared to 2022" too.
            let base = s.word(last + 2) == "than" || s.word(last + 2) == "compared" || s.has(["in", "comparison"], at: last + 2)
            if !comparative || base || last + 2 >= s.count || s.tokens[last + 2].symbol != nil { last += 1 }
        }
        if s.tokens.dropFirst(last + 1).first?.isSymbol("+") == true, s.touching(last, last + 1) { last += 1 }
        if s.word(last + 1) == "or", s.word(last + 2) == "more" || s.word(last + 2) == "fewer" || s.word(last + 2) == "less" { last += 2 }
        return (first, last)
    }

    /// A verb of increase just before `index` ("grew 2.4 times", "increased by three times").
    static func increaseVerb(_ s: SentenceTokens, before index: Int) -> Bool {
        let verb = s.word(index - 1) == "by" ? s.word(index - 2) : s.word(index - 1)
        return verb.flatMap { QuantityReader.changeVerbs[$0] } == 1
    }

    /// Where a range's second number ends, and where the range starts ("between" before the first number), when
    /// a separator and a number follow the first: "$17–25 million", "$2 billion to $2.5 billion",
    /// "between $2 billion and $2.5 billion". "from $2 million to $3 million" tells a change, not a range.
    static func rangeEnd(_ s: SentenceTokens, after last: Int, startingAt i: Int) -> (first: Int, last: Int)? {
        let between = s.word(i - 1) == "between"
        guard s.word(i - 1) != "from", last + 2 < s.count else { return nil }
        let separator = s.tokens[last + 1]
        guard between ? separator.isWord("and") : (separator.isWord("to") || separator.isDash) else { return nil }
        var j = last + 2
        if s.word(j) == "us", j + 1 < s.count, s.tokens[j + 1].isSymbol("$") { j += 2 }
        else if s.tokens[j].isSymbol("$", "€", "£", "₼") { j += 1 }
        else if let w = s.word(j), currencyCodes.contains(w) { j += 1; if w == "rs", j < s.count, s.tokens[j].isSymbol(".") { j += 1 } }
        guard j < s.count, s.tokens[j].digits != nil else { return nil }
        var end = j
        while end + 2 < s.count, s.tokens[end + 1].isSymbol(",", "."), s.touching(end, end + 1), s.touching(end + 1, end + 2),
              s.tokens[end + 2].digits != nil {
            end += 2
        }
        if let w = s.word(end + 1), NumberWords.scales[w] != nil, NumberWords.wordScales.contains(w) || s.touching(end, end + 1) || w.count > 1 {
            end += 1
        }
        return (between ? i - 1 : i, end)
    }

    /// How many words after `last` say "per year" ("a year", "per annum", "annually"), or nil; "a year earlier"
    /// and "a year ago" name a period instead.
    static func yearlyWords(_ s: SentenceTokens, after last: Int) -> Int? {
        switch (s.word(last + 1), s.word(last + 2)) {
        case ("annually", _), ("yearly", _): return 1
        case ("a", "year"), ("per", "year"), ("per", "annum"), ("each", "year"), ("every", "year"):
            let after = s.word(last + 3) ?? ""
            return ["earlier", "ago", "before", "later", "previously", "on", "back"].contains(after) ? nil : 2
        default: return nil
        }
    }

    /// A percentage, or a fraction after a change word: only these take change words before them.
    static func isPercent(_ s: SentenceTokens, _ core: (first: Int, last: Int)) -> Bool {
        (core.first...core.last).contains {
            s.tokens[$0].isSymbol("%") || ["percent", "cent", "pct", "pc", "times", "fold"].contains(s.word($0) ?? "")
                || QuantityReader.changeFractions[s.word($0) ?? ""] != nil || QuantityMultiples.word(s.tokens[$0]) != nil
        }
    }

    /// Words before the number that belong to the figure (qualifiers, "estimated", change words for a
    /// percentage), as the possible starts of its text, nearest first.
    static func prefixes(_ s: SentenceTokens, before first: Int, percent: Bool) -> [Int] {
        var starts: [Int] = []
        var start = first
        var changed = true
        while changed, start > 0 {
            changed = false
            for (words, _) in QuantityReader.qualifierPhrases {
                let k = start - words.count
                if k >= 0, s.has(words, at: k), !(words == ["over"] && overIsNoQualifier(s, at: k)) {
                    start = k; changed = true; break
                }
            }
            if changed { starts.append(start); continue }
            if let k = levelStart(s, before: start) { start = k; starts.append(start); changed = true; continue }
            guard let w = s.word(start - 1) else { break }
            if w == "estimated" { start -= 1; if s.word(start - 1) == "an" { start -= 1 }; changed = true }
            else if !percent { break }
            // "made up 40%" is a share: "up" is a particle there, not a change.
            else if w == "up" || w == "down", !particleVerbs.contains(s.word(start - 2) ?? "") { start -= 1; changed = true }
            else if w == "by", let verb = s.word(start - 2), QuantityReader.changeVerbs[verb] != nil || verb == "up" || verb == "down" { start -= 2; changed = true }
            else if QuantityReader.changeVerbs[w] != nil { start -= 1; changed = true }
            else if w == "of", let noun = s.word(start - 2), changeNouns.contains(noun) {
                start -= 2
                if s.word(start - 1) == "a" || s.word(start - 1) == "an" { start -= 1 }
                changed = true
            }
            if changed { starts.append(start) }
        }
        return starts.reversed()
    }

    /// "handed over 272 fighters" (a particle) and "an increase of 16 percent over $72.9 billion" (a base): "over" at
    /// `k` that is no lower bound.
    static func overIsNoQualifier(_ s: SentenceTokens, at k: Int) -> Bool {
        if let verb = s.word(k - 1), ["handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning"].contains(verb) { return true }
        return k >= 1 && (s.tokens[k - 1].isSymbol("%") || ["percent", "cent", "pct", "pc"].contains(s.word(k - 1) ?? ""))
    }

    /// "currently $30 million", "current trade of $30 million", "annual turnover of": where a level at a date starts.
    static func levelStart(_ s: SentenceTokens, before first: Int) -> Int? {
        if s.word(first - 1) == "currently" { return first - 1 }
        guard s.word(first - 1) == "of" || s.word(first - 1) == "at" else { return nil }
        var k = first - 2
        // "annual" is also a level noun ("the current annual turnover of"): the walk stops at the first "current" or "annual".
        while k >= 0, first - k <= 5, let w = s.word(k), w != "current", w != "annual", QuantityReader.levelNouns.contains(w) { k -= 1 }
        guard k < first - 2, let w = s.word(k), w == "current" || w == "annual" else { return nil }
        return k
    }

    static let particleVerbs: Set<String> = ["made", "make", "makes", "making", "add", "adds", "added", "adding", "summed", "sum",
                                              "end", "ended", "ends", "take", "takes", "took", "taken", "set", "sets", "shore", "prop"]

    /// Numbers that are plainly not figures, whatever their context.
    static func ruledOut(_ s: SentenceTokens, core: (first: Int, last: Int)) -> DropReason? {
        let t = s.tokens
        let first = core.first, last = core.last
        // "500 млн долларов": a unit in a script bilat does not read is never a count's noun.
        if let w = s.word(last + 1), OtherScripts.isForeign(word: w) { return .otherScript }
        // 5th, 21st.
        if let w = s.word(last + 1), s.touching(last, last + 1), ["st", "nd", "rd", "th"].contains(w) { return .ordinal }
        // AZ1009, 50A, JF-17, COVID-19.
        if s.word(first - 1) != nil, s.touching(first - 1, first), !(NumberWords.scales[s.word(first - 1)!] != nil) { return .designation }
        if first >= 2, t[first - 1].isDash, s.touching(first - 1, first), s.touching(first - 2, first - 1), s.word(first - 2) != nil { return .designation }
        if let w = s.word(last + 1), s.touching(last, last + 1), NumberWords.scales[w] == nil, t[last].digits != nil { return .designation }
        // "12 Hermes 900 drones": a number after a count and a capitalised name is the model's, not a second count.
        if first >= 2, t[first].digits != nil, t[first - 2].digits != nil, let name = s.word(first - 1), PeriodSpotter.monthNames[name] == nil,
           NumberWords.scales[name] == nil, !currencyCodes.contains(name), s.text(first - 1, first - 1).first?.isUppercase == true {
            return .designation
        }
        // 90-minute, three-day, 10-year.
        if last + 2 < t.count, t[last + 1].isDash, s.touching(last, last + 1), s.touching(last + 1, last + 2), s.word(last + 2) != nil { return .modifier }
        // No. 412, #3, 412/22, 10:30, +92 51 2354.
        let wordBefore = s.word(first - 1) ?? (first >= 2 && t[first - 1].isSymbol(".") ? s.word(first - 2) : nil)
        if let w = wordBefore, ["no", "nos", "number", "page", "p", "pp", "article", "section", "chapter", "room", "flight", "resolution", "tel", "phone", "fax", "ext"].contains(w) { return .referenceNumber }
        if first >= 1, t[first - 1].isSymbol("#") { return .referenceNumber }
        if first >= 1, t[first - 1].isSymbol("+"), s.touching(first - 1, first) { return .referenceNumber }
        if last + 2 < t.count, t[last + 1].isSymbol("/", ":"), s.touching(last, last + 1), t[last + 2].digits != nil { return .referenceNumber }
        if first >= 2, t[first - 1].isSymbol("/", ":"), s.touching(first - 1, first), t[first - 2].digits != nil { return .referenceNumber }
        // Groups of digits separated by spaces: a phone number or code, not a quantity.
        if t[last].digits != nil, last + 1 < t.count, t[last + 1].digits != nil { return .referenceNumber }
        if t[first].digits != nil, first >= 1, t[first - 1].digits != nil { return .referenceNumber }
        // "one of the first", "one another", "one of them".
        if let w = s.word(first), w == "one" || w == "two", first == last {
            if s.word(last + 1) == "another" || s.word(last + 1) == "other" { return .partitive }
            if s.word(last + 1) == "of", let n = s.word(last + 2), ["the", "them", "its", "their", "our", "those", "these", "many", "few"].contains(n) { return .partitive }
        }
        return nil
    }

    /// The noun phrase a count counts: up to four words after the number, ending before a stop word or punctuation.
    static func nounPhrase(_ s: SentenceTokens, after last: Int) -> (first: Int, last: Int)? {
        var j = last + 1
        var end: Int? = nil
        // "12 more Su-30MKI fighter aircraft": "more" after the number adds to an earlier count; the noun follows.
        if s.word(j) == "more" || s.word(j) == "further" {
            j += 1
        }
        // "12 more of the aircraft", "a total of 10 of the drones".
        if s.word(j) == "of", let d = s.word(j + 1), ["the", "these", "those"].contains(d) { j += 2 }
        // Tokens of a model designation ("AK-203", "Su-30MKI") do not count against the phrase's length.
        var designation = 0
        while j < s.count, j - last - designation <= 5 {
            let t = s.tokens[j]
            if t.digits != nil, end != nil, s.tokens[j - 1].isDash, s.touching(j - 1, j) { end = j; j += 1; designation += 1; continue }
            // "T129 ATAK helicopters", "Hermes 900 drones": digits joined to a name, or after a capitalised name and
            // before the noun, are the model's.
            if t.digits != nil, end != nil, s.word(j - 1) != nil,
               s.touching(j - 1, j) || (s.text(j - 1, j - 1).first?.isUppercase == true && s.word(j + 1) != nil) {
                end = j; j += 1; designation += 1; continue
            }
            if t.isDash, end != nil, s.touching(j - 1, j), j + 1 < s.count, s.touching(j, j + 1), s.tokens[j + 1].digits != nil {
                j += 1; designation += 1; continue
            }
            // Another number, or a verb after the noun ("two sides signed nine"), ends the phrase.
            // "unmanned aerial vehicles": an "-ed" word followed by more of the noun is an adjective, not a verb.
            let adjective = s.word(j + 1).map { !nounStops.contains($0) && NumberWords.units[$0] == nil } ?? false
            if let w = t.word, NumberWords.units[w] != nil || NumberWords.tens[w] != nil || (end != nil && w.count > 4 && w.hasSuffix("ed") && !adjective) { break }
            if let w = t.word, !nounStops.contains(w) { end = j; j += 1; continue }
            // "Pakistan-trained" and "post-graduate": a hyphen inside the phrase.
            if t.isDash, s.touching(j - 1, j), s.touching(j, j + 1), s.word(j + 1) != nil { j += 1; continue }
            break
        }
        guard let end else { return nil }
        return (last + 1, end)
    }
}
