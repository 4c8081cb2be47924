/// A day in the proleptic Gregorian calendar, without time or zone.
///
/// Periods are calendar facts ("January–September 2018"), so they are kept free of
/// Foundation's `Calendar` and time zones: the same text gives the same dates everywhere.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible, Encodable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the day exists (no 30 February, no month 13). Years 1–9999, as ISO 8601 writes them.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func firstDay(year: Int, month: Int = 1) -> CalendarDate? {
        CalendarDate(year: year, month: month, day: 1)
    }

    public static func lastDay(year: Int, month: Int = 12) -> CalendarDate? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        guard (0...9999).contains(year) else { return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
        // Ten ASCII bytes written in place: a small string, no allocation (exports write millions of dates).
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func digit(_ value: Int) -> UInt8 { UInt8(0x30 + value) }
            bytes[0] = digit(year / 1000); bytes[1] = digit(year / 100 % 10); bytes[2] = digit(year / 10 % 10); bytes[3] = digit(year % 10)
            bytes[4] = 0x2D; bytes[5] = digit(month / 10); bytes[6] = digit(month % 10)
            bytes[7] = 0x2D; bytes[8] = digit(day / 10); bytes[9] = digit(day % 10)
            return 10
        }
    }

    /// Months since year 0, for month arithmetic.
    public var monthIndex: Int { year * 12 + (month - 1) }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

extension Character {
    /// Only 0–9: other scripts' digits are not read as numbers, so nothing is guessed.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) && unicodeScalars.count == 1 }
}
