import BilatCore
import BilatDatasets

/// The official-statistics readers over any download.
enum ImportFuzzing {
    /// Comtrade read whole against Comtrade read in small pieces: the records, skips and problems agree.
    static func comtrade(_ bytes: [UInt8]) -> [String] {
        let path = "fuzz-comtrade.csv"
        let whole = ComtradeReader.read(bytes, path: path)
        var broken = FuzzInvariants.located(whole.diagnostics, "comtrade")
        var chunks = InMemoryChunks(bytes, size: FuzzInvariants.pieceSize(bytes))
        var records: [ComtradeRecord] = []
        guard let streamed = try? ComtradeReader.read(&chunks, path: path, { records.append($0) }) else {
            return broken + ["comtrade: the streamed read threw on bytes in memory"]
        }
        // As for CSV: after a stopping error a stream has handed on the records before it; nothing is imported.
        if !whole.diagnostics.hasErrors && records != whole.records {
            broken.append("comtrade: streamed read gave \(records.count) records, whole read \(whole.records.count)")
        }
        if streamed.diagnostics.hasErrors != whole.diagnostics.hasErrors {
            broken.append("comtrade: streamed read \(streamed.diagnostics.hasErrors ? "refused" : "accepted") what the whole read \(whole.diagnostics.hasErrors ? "refused" : "accepted"): \((streamed.diagnostics + whole.diagnostics).map(\.description))")
        } else if !whole.diagnostics.hasErrors, streamed.diagnostics != whole.diagnostics || streamed.skipped != whole.skipped {
            broken.append("comtrade: streamed warnings or skips differ from the whole read's: \(streamed.diagnostics.map(\.description)) against \(whole.diagnostics.map(\.description))")
        } else if let first = whole.diagnostics.first(where: { $0.severity == .error }), !streamed.diagnostics.contains(first) {
            broken.append("comtrade: the whole read's error \(first) is not among the streamed read's \(streamed.diagnostics.map(\.description))")
        }
        for d in whole.diagnostics where d.message.hasPrefix("the file is empty") && whole.diagnostics.count > 1 {
            broken.append("comtrade: \"\(d.message)\" beside other problems: \(whole.diagnostics.map(\.description))")
        }
        return broken
    }

    static func sipri(_ bytes: [UInt8]) -> [String] {
        FuzzInvariants.located(SipriRegisterReader.read(bytes, path: "fuzz-sipri.csv").diagnostics, "sipri")
    }

    static func imf(_ bytes: [UInt8]) -> [String] {
        FuzzInvariants.located(ImfReader.read(bytes, path: "fuzz-imf.csv").diagnostics, "imf")
    }
}
