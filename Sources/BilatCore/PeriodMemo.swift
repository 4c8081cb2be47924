/// Remembers what period texts read as: a figures file repeats a few hundred period texts over millions of
/// rows, and reading one costs more than looking it up.
///
/// Only texts that name their period outright are remembered. Those read the same against any reference,
/// because ``PeriodReader`` consults the reference only for relative forms ("the past ten years", "last year",
/// "since 2012"), and without one those fail. So a text that reads without a reference is remembered by its text
/// alone; any other text (a relative form, a mistake) is read afresh with the reference it comes with. A fiscal
/// label ("FY2020-21") reads only in some party's fiscal year, so it is remembered with that year's first day.
public struct PeriodMemo: Sendable {
    private struct Key: Hashable {
        var text: String
        var fiscalYearStart: FiscalYearStart?
    }
    private var outright: [Key: Period] = [:]
    private let capacity: Int

    /// - Parameter capacity: texts remembered at most; past it the memo starts again, so memory stays bounded.
    public init(capacity: Int = 4096) { self.capacity = capacity }

    /// What ``PeriodReader/parse(_:reference:fiscalYear:)`` gives for these arguments.
    public mutating func parse(_ text: String, reference: Period?, fiscalYear: FiscalYear? = nil) throws(Diagnostic) -> Period {
        let plain = Key(text: text, fiscalYearStart: nil)
        if let known = outright[plain] { return known }
        if let fiscalYear, let known = outright[Key(text: text, fiscalYearStart: fiscalYear.start)] { return known }
        var key = plain
        var period = try? PeriodReader.parse(text, reference: nil)
        if period == nil, let fiscalYear {
            // The party is only named in a refusal; a fiscal year that reads is the same whoever's start it is.
            period = try? PeriodReader.parse(text, reference: nil, fiscalYear: fiscalYear)
            key.fiscalYearStart = fiscalYear.start
        }
        guard let period else { return try PeriodReader.parse(text, reference: reference, fiscalYear: fiscalYear) }
        if outright.count >= capacity { outright.removeAll(keepingCapacity: true) }
        outright[key] = period
        return period
    }
}
