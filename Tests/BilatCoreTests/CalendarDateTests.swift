import Testing
import BilatCore

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("leap years follow the Gregorian rule",
          arguments: [(1900, false), (2000, true), (2024, true), (2023, false), (2100, false), (2400, true),
                      (1996, true), (1, false), (4, true)])
    func leapYears(_ year: Int, _ leap: Bool) {
        #expect(CalendarDate.isLeap(year) == leap)
    }

    @Test("days in each month",
          arguments: [(1, 2023, 31), (2, 2023, 28), (3, 2023, 31), (4, 2023, 30), (5, 2023, 31), (6, 2023, 30),
                      (7, 2023, 31), (8, 2023, 31), (9, 2023, 30), (10, 2023, 31), (11, 2023, 30), (12, 2023, 31),
                      (2, 2024, 29), (2, 1900, 28), (2, 2000, 29)])
    func daysInMonth(_ month: Int, _ year: Int, _ days: Int) {
        #expect(CalendarDate.daysIn(month: month, year: year) == days)
        #expect(CalendarDate(year: year, month: month, day: days) != nil)
        #expect(CalendarDate(year: year, month: month, day: days + 1) == nil)
        #expect(CalendarDate.lastDay(year: year, month: month)?.day == days)
    }

    @Test("ISO dates read back", arguments: ["2022-10-04", "2020-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "1991-12-12"])
    func isoAccepted(_ text: String) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.description == text)
    }

    @Test("only YYYY-MM-DD is ISO",
          arguments: ["", "2022-1-04", "2022-10-4", "22-10-04", "02022-10-04", "2022/10/04", "20221004", "2022-10",
                      "2022-10-04 ", " 2022-10-04", "2022-10-04T00:00", "+2022-10-04", "-2022-10-04", "2022--10-04",
                      "2022-13-01", "2022-00-10", "2022-10-00", "2022-02-29", "2023-02-29", "1900-02-29",
                      "2022-04-31", "0000-01-01", "abcd-ef-gh", "２０２２-10-04", "٢٠٢٢-10-04", "2022-1٠-04",
                      "2022\u{2013}10\u{2013}04"])
    func isoRefused(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func componentsAreValidated() {
        #expect(CalendarDate(year: 2021, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2021, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2021, month: 1, day: 0) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDate.lastDay(year: 2021, month: 13) == nil)
        #expect(CalendarDate.firstDay(year: 2021, month: 0) == nil)
    }

    @Test func descriptionPadsAndOrderIsChronological() throws {
        let early = try #require(CalendarDate(year: 5, month: 3, day: 7))
        #expect(early.description == "0005-03-07")
        let a = try #require(CalendarDate(iso: "2017-02-28"))
        let b = try #require(CalendarDate(iso: "2017-03-01"))
        let c = try #require(CalendarDate(iso: "2018-01-01"))
        #expect(a < b && b < c)
        #expect([c, a, b].sorted() == [a, b, c])
        #expect(b.monthIndex - a.monthIndex == 1)
        #expect(c.monthIndex - a.monthIndex == 11)
    }
}
