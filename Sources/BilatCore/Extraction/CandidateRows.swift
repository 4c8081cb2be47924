/// Candidates as rows of a dataset's `figures.csv`: ids, period labels, and a note that keeps the provenance.
public enum CandidateRows {
    /// figures.csv's columns, in the bundled dataset's order.
    public static let columns = ["id", "indicator", "reporter", "partner", "direction", "subject", "period", "compared_with",
                                 "as_reported", "unit", "status", "source_id", "as_of", "note"]

    /// Deterministic ids, unique among `taken` and each other: indicator, period, source, and "change" for a stated change.
    public static func ids(for candidates: [Candidate], taken: Set<String>) -> [String] {
        var used = taken
        return candidates.map { c in
            var parts = [c.indicator.replacingOccurrences(of: "_", with: "-")]
            if c.isStatedChange { parts.append("change") }
            parts.append(c.period.map { slug($0.label) } ?? "undated")
            parts.append(c.sourceID)
            let base = parts.joined(separator: "-")
            var id = base
            var n = 2
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            used.insert(id)
            return id
        }
    }

    public static func slug(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isASCIIDigit { out.append(ch) } else if !out.isEmpty && out.last != "-" { out.append("-") }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    /// Column name → cell text for one candidate.
    public static func cells(_ c: Candidate, id: String, article: String) -> [String: String] {
        var note = "bilat extract from \(article), characters \(c.start)–\(c.end)"
        if !c.cues.isEmpty { note += "; cues: \(c.cues.joined(separator: ", "))" }
        if !c.notes.isEmpty { note += "; " + c.notes.joined(separator: "; ") }
        let sentence = c.sentence.count > 300 ? String(c.sentence.prefix(300)) + "…" : c.sentence
        note += ": \"\(sentence.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "))\""
        return [
            "id": id, "indicator": c.indicator, "reporter": c.reporter, "partner": c.partner, "direction": c.direction.rawValue,
            "subject": c.subject, "period": c.period?.label ?? "", "compared_with": c.comparedWith?.label ?? "",
            "as_reported": c.asReported, "unit": c.unit, "status": c.status?.rawValue ?? "", "source_id": c.sourceID,
            "as_of": "", "note": note,
        ]
    }
}

/// Which candidates a dataset already holds: same indicator, subject, period, value and source.
public enum KnownFigures {
    public static func mark(_ candidates: inout [Candidate], against figures: [Figure]) {
        var bySource: [String: [Figure]] = [:]
        for f in figures { bySource[f.sourceID, default: []].append(f) }
        for i in candidates.indices {
            let c = candidates[i]
            candidates[i].isKnown = (bySource[c.sourceID] ?? []).contains { f in
                f.indicator == c.indicator && f.quantity.value == c.quantity.value
                    && (f.subject.isEmpty || c.subject.isEmpty || f.subject.lowercased() == c.subject.lowercased())
                    && f.period.start == c.period?.start && f.period.end == c.period?.end
                    && f.comparedWith?.start == c.comparedWith?.start && f.comparedWith?.end == c.comparedWith?.end
            }
        }
    }
}
