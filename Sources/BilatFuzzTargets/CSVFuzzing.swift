import BilatCore
import BilatDatasets

/// CSV read whole against CSV read as a stream in small pieces: the records and the problems must be the same.
enum CSVFuzzing {
    static func run(_ bytes: [UInt8]) -> [String] {
        let path = "fuzz.csv"
        let whole = CSVText.parse(bytes, path: path)
        let (records, diagnostics) = streamed(bytes, wanted: nil)
        var broken = FuzzInvariants.located(whole.diagnostics, "csv")
        // After a stopping error (bad UTF-8, an unclosed quote) a stream has handed on the records before it and
        // the whole read none; either way nothing is stored, so records are compared only when both read cleanly.
        if !whole.diagnostics.hasErrors && records != whole.records {
            broken.append("csv: streamed read gave \(records.count) records, whole read \(whole.records.count)")
        }
        // A whole read checks UTF-8 before anything else and reports that alone; a stream reports what it found in
        // the pieces before. Both must refuse, and the whole read's first error must be among the stream's.
        if diagnostics.hasErrors != whole.diagnostics.hasErrors {
            broken.append("csv: streamed read \(diagnostics.hasErrors ? "refused" : "accepted") what the whole read \(whole.diagnostics.hasErrors ? "refused" : "accepted"): \((diagnostics + whole.diagnostics).map(\.description))")
        } else if !whole.diagnostics.hasErrors, diagnostics != whole.diagnostics {
            broken.append("csv: streamed warnings \(diagnostics.map(\.description)) differ from whole \(whole.diagnostics.map(\.description))")
        } else if let first = whole.diagnostics.first(where: { $0.severity == .error }), !diagnostics.contains(first) {
            broken.append("csv: the whole read's error \(first) is not among the streamed read's \(diagnostics.map(\.description))")
        }
        broken += wantedCells(bytes, whole: whole.records, wholeHasErrors: whole.diagnostics.hasErrors)
        for record in whole.records {
            for field in record.fields where field.line < record.line {
                broken.append("csv: a field on line \(field.line) of a record starting on line \(record.line)")
            }
        }
        return broken
    }

    /// A stream that makes text only of wanted cells (the importer's) gives the whole read's records with every
    /// other cell empty, at the same lines and columns. The second byte picks the columns wanted.
    static func wantedCells(_ bytes: [UInt8], whole: [CSVRecord], wholeHasErrors: Bool) -> [String] {
        let mask = bytes.count > 1 ? bytes[1] : 0xFF
        let wanted = (0..<64).map { mask & (1 << UInt8($0 % 8)) != 0 }
        let (records, diagnostics) = streamed(bytes, wanted: wanted)
        let hasErrors = diagnostics.hasErrors
        if hasErrors != wholeHasErrors { return ["csv: reading only wanted cells \(hasErrors ? "found" : "found no") errors, the whole read \(wholeHasErrors ? "found" : "found no")"] }
        guard !hasErrors else { return [] }
        let expected = whole.map { record in
            var copy = record
            for i in copy.fields.indices where i >= wanted.count || !wanted[i] { copy.fields[i].value = "" }
            return copy
        }
        // The header is read whole by the importer before it sets `wanted`; here every record is masked alike,
        // so compare positions and the wanted cells' text.
        return records == expected ? [] : ["csv: reading only wanted cells gave \(records.count) records that differ from the whole read's \(expected.count) masked ones"]
    }

    /// `bytes` read by a stream in pieces of the size the first byte picks.
    static func streamed(_ bytes: [UInt8], wanted: [Bool]?) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        var stream = CSVRecordStream(path: "fuzz.csv")
        stream.wanted = wanted
        var chunks = InMemoryChunks(bytes, size: FuzzInvariants.pieceSize(bytes))
        var records: [CSVRecord] = [], diagnostics: [Diagnostic] = []
        while true {
            let chunk = chunks.next()
            let (found, problems) = stream.feed(chunk)
            records += found
            diagnostics += problems
            if chunk == nil { break }
        }
        return (records, diagnostics)
    }
}
