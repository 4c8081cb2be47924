import BilatCore
import BilatDatasets
import Foundation
import Testing

/// `Datasets/mirror-settings.csv`: good files become per-relationship settings; every bad cell is refused where
/// it is, saying what would be accepted.
@Suite struct MirrorSettingsReaderTests {
    static let path = "Datasets/mirror-settings.csv"
    static let header = "relationship,factor,threshold_percent\n"

    static func read(_ text: String) -> (contents: MirrorSettingsReader.Contents?, diagnostics: [Diagnostic]) {
        MirrorSettingsReader.read(Array(text.utf8), path: path)
    }

    static func settings(_ factor: String, _ threshold: Decimal) -> MirrorSettings? {
        MirrorFactor(text: factor).map { MirrorSettings(factor: $0, thresholdPercent: threshold) }
    }

    /// Rows → (relationship asked for, factor text and threshold it gets).
    @Test(arguments: [
        ("AZE-PAK,1/1.1,10\n", "AZE-PAK", "1/1.1", "10"),
        ("AZE-PAK,1/1.1,10\n", "ARM-AZE", "1/1.06", "20"),
        ("pak-aze,0.95,12.5\n", "AZE-PAK", "0.95", "12.5"),
        ("*,1,0\n", "ARM-AZE", "1", "0"),
        ("*,1,0\nAZE-PAK, 1 / 1.08 ,30\n", "AZE-PAK", "1 / 1.08", "30"),
        ("AZE-PAK,1/1.08,30\n*,1,0\n", "ARM-AZE", "1", "0"),
        ("", "AZE-PAK", "1/1.06", "20"),
    ])
    func goodRows(rows: String, relationship: String, factor: String, threshold: String) throws {
        let (contents, diagnostics) = Self.read(Self.header + rows)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let got = try #require(contents).settings.settings(for: try #require(Relationship(id: relationship)))
        #expect(got.factor.text == factor)
        #expect(got.thresholdPercent.plainText == threshold)
    }

    @Test func aSpreadsheetsBOMAndCRLFAreRead() throws {
        let (contents, diagnostics) = Self.read("\u{FEFF}relationship,factor,threshold_percent\r\nAZE-PAK,0.9,5\r\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(contents?.settings.byRelationship["AZE-PAK"] == Self.settings("0.9", 5))
        #expect(contents?.rows["AZE-PAK"] == SourceLocation(path: Self.path, line: 2, column: 1))
    }

    /// Each bad file → the first error, in full.
    @Test(arguments: [
        ("AZE-PAK,1.06,20\n",
         "Datasets/mirror-settings.csv:2:9: error: the factor '1.06' is not a CIF→FOB factor; accepted: a number above 0 and at most 1 (0.95), or a fraction such as 1/1.06 (the IMF's)"),
        ("AZE-PAK,0,20\n",
         "Datasets/mirror-settings.csv:2:9: error: the factor '0' is not a CIF→FOB factor; accepted: a number above 0 and at most 1 (0.95), or a fraction such as 1/1.06 (the IMF's)"),
        ("AZE-PAK,1/0,20\n",
         "Datasets/mirror-settings.csv:2:9: error: the factor '1/0' is not a CIF→FOB factor; accepted: a number above 0 and at most 1 (0.95), or a fraction such as 1/1.06 (the IMF's)"),
        ("AZE-PAK,,20\n",
         "Datasets/mirror-settings.csv:2:9: error: empty factor; accepted: a number above 0 and at most 1 (0.95), or a fraction such as 1/1.06 (the IMF's)"),
        ("AZE-PAK,1/1.06,-5\n",
         "Datasets/mirror-settings.csv:2:16: error: the threshold '-5' is not a percentage; accepted: a percentage of 0 or more, such as 20 (bilat's default)"),
        ("AZE-PAK,1/1.06,20 %\n",
         "Datasets/mirror-settings.csv:2:16: error: the threshold '20 %' is not a percentage; accepted: a percentage of 0 or more, such as 20 (bilat's default)"),
        ("AZE-PAK,1/1.06,\n",
         "Datasets/mirror-settings.csv:2:16: error: empty threshold_percent; accepted: a percentage of 0 or more, such as 20 (bilat's default)"),
        ("AZE,1/1.06,20\n",
         "Datasets/mirror-settings.csv:2:1: error: 'AZE' is not a relationship; accepted: two party ids joined by '-', such as AZE-PAK (either order), or * for every relationship"),
        ("AZE-AZE,1/1.06,20\n",
         "Datasets/mirror-settings.csv:2:1: error: 'AZE-AZE' is not a relationship; accepted: two party ids joined by '-', such as AZE-PAK (either order), or * for every relationship"),
        ("AZE-P*K,1/1.06,20\n",
         "Datasets/mirror-settings.csv:2:1: error: 'AZE-P*K' is not a relationship; accepted: two party ids joined by '-', such as AZE-PAK (either order), or * for every relationship"),
        (",1/1.06,20\n",
         "Datasets/mirror-settings.csv:2:1: error: empty relationship; accepted: two party ids joined by '-', such as AZE-PAK (either order), or * for every relationship"),
        ("AZE-PAK,1/1.06,20\nPAK-AZE,0.9,10\n",
         "Datasets/mirror-settings.csv:3:1: error: a second row for AZE-PAK; line 2 sets it already; accepted: one row per relationship, and at most one * row"),
        ("*,1/1.06,20\n*,0.9,10\n",
         "Datasets/mirror-settings.csv:3:1: error: a second row for every relationship (*); line 2 sets it already; accepted: one row per relationship, and at most one * row"),
    ])
    func badRowsAreRefusedAtTheirCell(rows: String, message: String) {
        let (contents, diagnostics) = Self.read(Self.header + rows)
        #expect(contents == nil)
        #expect(diagnostics.first?.description == message, "\(diagnostics.map(\.description))")
    }

    @Test func everyBadCellIsReportedNotOnlyTheFirst() {
        let (contents, diagnostics) = Self.read(Self.header + "AZE,2,x\nARM-AZE,0.9,5\nARM-AZE,0.9,5\n")
        #expect(contents == nil)
        #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" } == ["2:1", "2:5", "2:7", "4:1"])
    }

    @Test func aMisspeltOrMissingColumnIsRefused() {
        let (contents, diagnostics) = Self.read("relationship,factor,threshold\nAZE-PAK,0.9,5\n")
        #expect(contents == nil)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.contains { $0.description.contains("threshold_percent") }, "\(diagnostics.map(\.description))")
    }

    @Test func rowsForRelationshipsTheProjectLacksAreWarnedAbout() throws {
        let contents = try #require(Self.read(Self.header + "*,1,0\nAZE-PAK,0.9,5\nARM-AZX,0.9,5\n").contents)
        let warnings = MirrorSettingsReader.unused(contents, relationships: ["AZE-PAK", "ARM-AZE"])
        #expect(warnings.map(\.description) == [
            "Datasets/mirror-settings.csv:4:1: warning: no relationship ARM-AZX in the project, so this row applies to nothing; accepted: one of: ARM-AZE, AZE-PAK",
        ])
    }
}
