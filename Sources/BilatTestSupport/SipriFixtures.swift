import Foundation

/// SIPRI exports written for bilat's tests in the exact layouts (formats doc §3), with synthetic rows and
/// preamble lines of the same shape, and every trap: Latin-1 bytes, a preamble before the header, `?` in the
/// blank-header columns, a bare CR in a comment, a trailing `;` on every 2026 line, estimate flags, blank vs 0 TIV.
public enum SipriFixtures {
    /// Classic register (armstrade.sipri.org): Latin-1, LF, 11 preamble lines, header on line 12.
    public static let classicText = """
        Transfers of major conventional arms to and from Azerbaijan (a fixture written for bilat's tests)
        A '?' marks uncertain data. Deliveries refer to the selected years only.
        An empty 'Number ordered' means the number is not yet known.
        TIVs are in millions.
        An empty 'SIPRI TIV for total order' means the number ordered or the unit TIV is not known.
        A '0' TIV means between 0 and 0.5 million; an empty one means no deliveries.
        Rounded figures may not add up.
        Methods: see the SIPRI sources and methods page.

        Source: written for bilat's tests.
        Data generated: 13 Mar 2025 10:02:49 AM
        Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons
        Azerbaijan,Pakistan,2023,,24,,JF-17 Thunder,FGA aircraft,6,?,2024; 2025,New,$1.6 b deal; Block-3 version,15,360,90
        Pakistan,Turkiye,2018,?,4,?,MILGEM,frigate,2,,2023; 2024,New,$1.5 b deal; built at Santa Fé yard\rsecond line of the comment,150,600,300
        Azerbaijan,Turkiye,2024,?,,,Bayraktar TB2,UAV,0,,,New,,,,
        Pakistan,Azerbaijan,2020,,50,?,Bü-181 Bestmann,trainer aircraft,50,?,2021,Second hand,Aid; Wärtsilä engines,0,0,0
        Azerbaijan,Pakistan,2023,,12,,JF-17 Thunder,FGA aircraft,0,,,New,Part of $1.6 b deal,15,180,
        Azerbaijan,unknown supplier(s),2010,?,2,,Mi-8MT,transport helicopter,2,,2011,Second hand,,3,6,6

        """

    public static var classic: [UInt8] { latin1(classicText) }

    /// 2026 register (armstransfers.sipri.org): CRLF, every line ends in `;`, one row per deal and delivery year.
    public static let register2026Text = [
        "Transfers of major conventional arms to and from Azerbaijan (a fixture written for bilat's tests);",
        "A '?' marks uncertain data.;",
        "An empty 'Number ordered' means the number is not yet known.;",
        "TIVs are in millions.;",
        "An empty TIV for the total order means it is not known.;",
        "A '0' TIV means between 0 and 0.5 million; an empty one means no deliveries.",
        "Rounded figures may not add up.;",
        "Methods: see the SIPRI sources and methods page.;",
        ";",
        "Source: written for bilat's tests.;",
        "Data generated: 12 Feb 2026 12:26:12 PM;",
        "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production;",
        "58240,Pakistan,Azerbaijan,JF-17 Thunder,FGA aircraft,Aircraft,2023,No,4,No,2024,No,New,15,15,60,No;",
        "58240,Pakistan,Azerbaijan,JF-17 Thunder,FGA aircraft,Aircraft,2023,No,2,Yes,2025,,New,15,15,30,No;",
        "61001,Turkiye,Pakistan,Babur,corvette,Ships,2018,Yes,1,No,2023,Yes,New,120,120,120,Yes;",
        "61002,Azerbaijan,Pakistan,BTR-60PB,armoured personnel carrier,Armoured vehicles,2016,Yes,3,Yes,2016,Yes,Second hand,0.25,0.1,0.3,No;",
        "61003,United Nations**,Azerbaijan,Bushmaster,armoured personnel carrier,Armoured vehicles,2022,No,5,No,2022,No,Second hand,0.35,0.14,0.7,No;",
        "",
    ].joined(separator: "\r\n")

    public static var register2026: [UInt8] { Array(register2026Text.utf8) }

    /// TIV table (importer values): a quoted title, note lines, header on line 11, padded with commas, a Total row.
    public static let tivTableText = """
        "TIV of arms exports to Azerbaijan, 2018-2024",,,,,,,,
        "Figures are trend-indicator values (TIVs), in millions.",,,,,,,,
        "Rounded figures may not add up.",,,,,,,,
        "A '0' means a value of deliveries under 0.5m",,,,,,,,
        "Methods: see the SIPRI sources and methods page.",,,,,,,,
        ,,,,,,,,
        ,,,,,,,,
        "Source: written for bilat's tests.",,,,,,,,
        "Generated: 22 April 2022",,,,,,,,
        ,,,,,,,,
        ,2018,2019,2020,2021,2022,2023,2024,Total
        Pakistan,,,0,,12,,90,102
        Turkiye,5,3,,,,,,8
        ,,,,,,,,
        Total,5,3,0,,12,,90,110

        """

    public static var tivTable: [UInt8] { Array(tivTableText.utf8) }

    /// Each character as one byte, as SIPRI's classic export writes it.
    public static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }
}
