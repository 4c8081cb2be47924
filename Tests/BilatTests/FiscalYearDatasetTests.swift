import Bilat
import BilatCore
import BilatDatasets
import BilatStore
import BilatTestSupport
import Foundation
import Testing

/// Fiscal years through the whole pipeline: parties.csv declares them, figures.csv writes "FY2020-21", the
/// store keeps both, and growth compares a fiscal year with the one before it.
@Suite struct FiscalYearDatasetTests {
    let folder = TemporaryFolder("fiscal-years")

    static let parties = "id,name,fiscal_year_start\nAZE,Azerbaijan,\nPAK,Pakistan,07-01\n"
    static let header = "id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note\n"
    static let figures = header + """
        fy20,exports,PAK,AZE,to_partner,,FY2019-20,,$100 million,,,today,,
        fy21,exports,PAK,AZE,to_partner,,FY2020-21,,$125 million,,,today,,
        fy21-change,exports,PAK,AZE,to_partner,,FY2020-21,FY2019-20,25% increase,,,today,,
        imports,imports,AZE,PAK,from_partner,,2020/21,,$120 million,,,today,,
        cal2021,exports,PAK,AZE,to_partner,,2021,,$130 million,,,today,,
        last,trade_turnover,AZE,PAK,both,,last year,,$11.7 million,,,today,,
        since,trade_turnover,AZE,PAK,both,cumulative,since 2015,,$90 million,,,today,,
        this,trade_turnover,AZE,PAK,both,,this year,,$14 million,,,today,,

        """

    /// The mini dataset with these parties and figures, and a descriptor that describes them.
    static func files(parties: String = parties, figures: String = figures) -> DatasetFiles {
        var files = MiniDataset.files(["parties.csv": parties, "figures.csv": figures])
        var headers: [String: [String]] = [:]
        for (name, bytes) in files.contents where name.hasSuffix(".csv") {
            let text = String(decoding: bytes, as: UTF8.self)
            headers[name] = text.split(separator: "\n")[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        files.contents["datapackage.json"] = Array(DescriptorWriter.descriptor(.init(name: "mini", title: "Mini"), headers: headers).utf8)
        return files
    }

    func read(_ files: DatasetFiles) throws -> Dataset {
        let (dataset, diagnostics) = DatasetReader.read(files)
        return try #require(dataset, "\(diagnostics.map(\.description))")
    }

    @Test func aPakistaniFigureForFY2020_21IsJulyToJune() throws {
        let d = try read(Self.files())
        #expect(d.parties.map(\.fiscalYearStart?.description) == [nil, "07-01"])
        func figure(_ id: String) throws -> Figure { try #require(d.figures.first { $0.id == id }) }
        let fy21 = try figure("fy21")
        #expect(fy21.period.label == "FY2020-07/2021-06")
        #expect(fy21.period.isFiscalYear)
        #expect(fy21.periodText == "FY2020-21")
        #expect(try figure("fy21-change").comparedWith?.label == "FY2019-07/2020-06")
        // Reported by Azerbaijan, which keeps no fiscal year: the partner's is used.
        #expect(try figure("imports").period.label == "FY2020-07/2021-06")
        // Relative to the source's publication date, 2022-10-04: calendar years, not windows.
        let last = try figure("last")
        #expect(last.period.label == "2021")
        #expect(!last.period.isWindow)
        #expect(try figure("since").period.label == "2015/2022")
        #expect(try figure("this").period.label == "2022")
    }

    @Test func growthFromFY2019_20ToFY2020_21IsYearOnYearAndNotPartial() throws {
        // The folder is named mini, as the descriptor says.
        try MiniDataset.write(to: folder.file("Datasets/mini"), Self.files().contents.mapValues { String?(String(decoding: $0, as: UTF8.self)) })
        let outcome = try AnalysisStage.run(folders: [folder.file("Datasets/mini")])
        let fy21 = try #require(outcome.growth.first { $0.observation.id.hasSuffix("fy21") })
        #expect(fy21.comparison == .yearOnYear)
        #expect(fy21.previous?.id.hasSuffix("fy20") == true)
        #expect(fy21.percentChange == 25)
        #expect(!fy21.flags.contains("partial"))
        // The calendar year 2021 is no fiscal year's successor, and none is its predecessor.
        let cal2021 = try #require(outcome.growth.first { $0.observation.id.hasSuffix("cal2021") })
        #expect(cal2021.comparison == .none)
        #expect(cal2021.reason?.contains("FY2020-21 covers a different part of the calendar") == true, "\(cal2021.reason ?? "")")

        // The store gives back the same fiscal years, and analysis of it is analysis of the files.
        let database = folder.file("Output/bilat.sqlite")
        let (stored, _) = try AnalysisStage.run(folders: [folder.file("Datasets/mini")], store: database, mirror: .standard)
        #expect(stored.growth == outcome.growth)
        let back = try Store(path: database, access: .readOnly).datasets()
        let files = try read(try DatasetFolders.load(folder.file("Datasets/mini")))
        #expect(back.first?.parties == files.parties)
        #expect(back.first?.figures == files.figures)
    }

    /// Each refusal is located at its cell and says what would be accepted.
    @Test(arguments: [
        ("id,name,fiscal_year_start\nAZE,Azerbaijan,\nPAK,Pakistan,\n", "x,exports,PAK,AZE,to_partner,,FY2020-21,,$1m,,,today,,",
         "Datasets/mini/figures.csv:2:31: error: period 'FY2020-21' names a fiscal year, but neither the reporter nor the partner declares when its fiscal year starts"),
        ("id,name\nAZE,Azerbaijan\nPAK,Pakistan\n", "x,exports,AZE,PAK,to_partner,,2020/21,,$1m,,,today,,",
         "Datasets/mini/figures.csv:2:31: error: period '2020/21' names a fiscal year"),
        (parties, "x,exports,PAK,AZE,to_partner,,FY2019-21,,$1m,,,today,,",
         "Datasets/mini/figures.csv:2:31: error: period 'FY2019-21' is not a fiscal year (the year after 2019 is 20, not 21)"),
        (parties, "x,exports,PAK,AZE,to_partner,,2020-22,,$1m,,,today,,",
         "Datasets/mini/figures.csv:2:31: error: period '2020-22' names month 22, which does not exist, and is not a fiscal year"),
        (parties, "x,exports,PAK,AZE,to_partner,,FY2020-21,FY2018-19,5% increase,,,today,,",
         ""), // a base two fiscal years back is a valid stated change
        (parties, "x,exports,PAK,AZE,to_partner,,20–12 September 2021,,$1m,,,today,,",
         "Datasets/mini/figures.csv:2:31: error: period '20–12 September 2021' runs from day 20 back to day 12"),
        (parties, "x,exports,PAK,AZE,to_partner,,first 13 months of 2018,,$1m,,,today,,",
         "Datasets/mini/figures.csv:2:31: error: period 'first 13 months of 2018' names the first 13 months of a year, which has twelve"),
        (parties, "x,exports,PAK,AZE,to_partner,,since 2025,,$1m,,,today,,",
         "Datasets/mini/figures.csv:2:31: error: period 'since 2025' starts after the date it counts to (2022-10-04)"),
        ("id,name,fiscal_year_start\nAZE,Azerbaijan,\nPAK,Pakistan,02-29\n", "x,exports,PAK,AZE,to_partner,,2021,,$1m,,,today,,",
         "Datasets/mini/parties.csv:3:14: error: fiscal_year_start '02-29' is not a day of the year that starts one every year"),
        ("id,name,fiscal_year_start\nAZE,Azerbaijan,\nPAK,Pakistan,July\n", "x,exports,PAK,AZE,to_partner,,2021,,$1m,,,today,,",
         "Datasets/mini/parties.csv:3:14: error: fiscal_year_start 'July' is not"),
    ])
    func refusals(parties: String, row: String, expected: String) {
        let (dataset, diagnostics) = DatasetReader.read(Self.files(parties: parties, figures: Self.header + row + "\n"))
        if expected.isEmpty {
            #expect(dataset != nil, "\(diagnostics.map(\.description))")
            return
        }
        #expect(dataset == nil)
        #expect(diagnostics.contains { $0.description.contains(expected) && $0.accepted != nil }, "\(diagnostics.map(\.description))")
    }
}
