import BilatCore

/// The readers of single cells: periods and amounts. Any text gives a value or a diagnostic, never a crash.
enum TextFuzzing {
    static func period(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let reference = try? PeriodReader.parse("2022-10-04")
        let fiscal = FiscalYearStart(month: 7, day: 1).map { FiscalYear(party: "PAK", start: $0) }
        var broken: [String] = []
        for (ref, fy) in [(nil, nil), (reference, nil), (reference, fiscal)] as [(Period?, FiscalYear?)] {
            do throws(Diagnostic) {
                let period = try PeriodReader.parse(text, reference: ref, fiscalYear: fy)
                if period.end < period.start { broken.append("period: \(text.debugDescription) ends before it starts") }
            } catch {
                if error.message.isEmpty { broken.append("period: \(text.debugDescription) refused with no message") }
            }
        }
        return broken
    }

    static func quantity(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        switch QuantityReader.read(text) {
        case .success: return []
        case .failure(let d): return d.message.isEmpty ? ["quantity: \(text.debugDescription) refused with no message"] : []
        }
    }
}
