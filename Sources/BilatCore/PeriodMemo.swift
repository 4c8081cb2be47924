/// Remembers what period texts read as: a figures file repeats a few hundred period texts over millions of
/// rows, and reading one costs more than looking it up.
///
/// Only texts that name their period outright are remembered. Those read the same against any reference,
/// because ``PeriodReader`` consults the reference only for a window ("the past ten years"), and without one
/// a window fails. So a text that reads without a reference is remembered by its text alone; any other text
/// (a window, a mistake) is read afresh with the reference it comes with.
public struct PeriodMemo: Sendable {
    private var outright: [String: Period] = [:]
    private let capacity: Int

    /// - Parameter capacity: texts remembered at most; past it the memo starts again, so memory stays bounded.
    public init(capacity: Int = 4096) { self.capacity = capacity }

    /// What ``PeriodReader/parse(_:reference:)`` gives for these arguments.
    public mutating func parse(_ text: String, reference: Period?) throws(Diagnostic) -> Period {
        if let known = outright[text] { return known }
        guard let period = try? PeriodReader.parse(text, reference: nil) else {
            return try PeriodReader.parse(text, reference: reference)
        }
        if outright.count >= capacity { outright.removeAll(keepingCapacity: true) }
        outright[text] = period
        return period
    }
}
