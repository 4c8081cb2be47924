/// Calendar arithmetic the extractor needs: days back to a weekday, a period moved to another year.
extension Period {
    /// This period's months in another year ("the same months of 2019").
    func moved(toYear year: Int) -> Period? {
        shifted(years: year - end.year)
    }

    /// The same span `months` earlier or later, for months and quarters ("the previous quarter" of 2022-Q3 is
    /// 2022-Q2); nil for days, years and fiscal years, which "the previous quarter" does not step through.
    func shifted(months: Int) -> Period? {
        guard granularity == .month || granularity == .quarter, !isFiscalYear else { return nil }
        let s = start.monthIndex + months, e = end.monthIndex + months
        guard let first = CalendarDate.firstDay(year: s / 12, month: s % 12 + 1),
              let last = CalendarDate.lastDay(year: e / 12, month: e % 12 + 1) else { return nil }
        return Period(start: first, end: last, granularity: granularity, isApproximate: isApproximate, isWindow: isWindow)
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 (negative before), by Howard Hinnant's civil-from-days arithmetic.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init?(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    func adding(days: Int) -> CalendarDate? { CalendarDate(dayNumber: dayNumber + days) }

    /// ISO weekday: Monday 1 … Sunday 7.
    var weekday: Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }
}
