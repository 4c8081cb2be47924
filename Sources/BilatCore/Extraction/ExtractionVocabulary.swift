/// What the extractor knows about the field: which words point to which indicator, which nouns each
/// count indicator counts, which phrases mean a number is not a figure to record, and country names.
///
/// Built from rows of data files analysts can extend (`Datasets/extraction/cues.csv` and `countries.csv`),
/// so new indicators and wordings need no code change.
public struct ExtractionVocabulary: Sendable {
    /// A word or phrase near a number that points to an indicator ("turnover" → trade_turnover).
    public struct Cue: Hashable, Sendable {
        public var indicator: String
        public var phrase: Phrase
        /// The direction a figure with this cue takes; nil leaves it to the indicator's other cues.
        public var direction: Direction?
        /// How much the cue counts against others near the same number: 1 normally, less for a vague word ("goods").
        public var weight: Double
        public init(indicator: String, phrase: Phrase, direction: Direction?, weight: Double = 1) {
            self.indicator = indicator
            self.phrase = phrase
            self.direction = direction
            self.weight = weight
        }
    }

    /// A phrase that rules a number out ("overall foreign trade", "subscription"), with the reason shown to analysts.
    public struct Exclusion: Hashable, Sendable {
        /// Only figures of this indicator are ruled out; nil rules out any.
        public var indicator: String?
        public var phrase: Phrase
        public var reason: String
        public init(indicator: String?, phrase: Phrase, reason: String) {
            self.indicator = indicator
            self.phrase = phrase
            self.reason = reason
        }
    }

    public var cues: [Cue]
    /// Count indicator → the nouns it counts (singular and plural forms both listed or matched by `*`).
    public var units: [String: [Phrase]]
    /// Count nouns that name their indicator without any cue ("ventilators", "ampoules").
    public var strongUnits: [String: [Phrase]] = [:]
    public var exclusions: [Exclusion]
    /// Lower-cased names, adjectives and demonyms → ISO 3166-1 alpha-3.
    public var countries: [Phrase: String]

    public init(cues: [Cue], units: [String: [Phrase]], exclusions: [Exclusion], countries: [Phrase: String]) {
        self.cues = cues
        self.units = units
        self.exclusions = exclusions
        self.countries = countries
    }

    /// Indicators that count things: those with unit nouns.
    public var countIndicators: Set<String> { Set(units.keys).union(strongUnits.keys) }

    /// Every indicator the vocabulary names.
    public var indicators: Set<String> { Set(cues.map(\.indicator)).union(units.keys).union(strongUnits.keys) }
}

/// Words to match in a sentence, lower case; a word ending in `*` matches any word it starts
/// ("train*" matches trained, training, trainees).
public struct Phrase: Hashable, Sendable, CustomStringConvertible {
    public var words: [String]

    /// Nil when the text has no words.
    public init?(_ text: String) {
        let words = Token.tokenize(text).compactMap { token -> String? in
            if let w = token.word { return w }
            if let d = token.digits { return d }
            return token.isSymbol("*") ? "*" : nil
        }
        // "train*" tokenizes as "train", "*": join the star to the word before it.
        var joined: [String] = []
        for w in words {
            if w == "*", let last = joined.popLast() { joined.append(last + "*") } else if w != "*" { joined.append(w) }
        }
        guard !joined.isEmpty else { return nil }
        self.words = joined
    }

    public var description: String { words.joined(separator: " ") }

    static func matches(_ pattern: String, _ word: String) -> Bool {
        if pattern.utf8.last == UInt8(ascii: "*") {
            let stem = pattern.utf8.dropLast()
            return word.utf8.count >= stem.count && word.utf8.starts(with: stem)
        }
        return pattern == word
    }
}
