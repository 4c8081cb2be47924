import BilatCore
import BilatDatasets
import BilatTestSupport
import Testing

/// A cell a spreadsheet rewrote (a month saved as a date, an amount in scientific notation) is refused with a word
/// on why and how to keep the columns as text; an ordinary mistake gets no such hint.
@Suite struct SpreadsheetHintTests {
    /// The first figure row with one cell replaced: `period`, `as_reported` or `as_of`.
    static func figures(_ column: String, _ text: String) -> String {
        let row = "t2021,trade_turnover,AZE,PAK,both,,2021,,$11.7 million,,,today,,"
        let changed: String
        switch column {
        case "period": changed = "t2021,trade_turnover,AZE,PAK,both,,\"\(text)\",,$11.7 million,,,today,,"
        case "as_reported": changed = "t2021,trade_turnover,AZE,PAK,both,,2021,,\"\(text)\",,,today,,"
        default: changed = "t2021,trade_turnover,AZE,PAK,both,,2021,,$11.7 million,,,today,\"\(text)\","
        }
        return MiniDataset.figures.replacingOccurrences(of: row, with: changed)
    }

    static func errors(_ column: String, _ text: String) -> [Diagnostic] {
        DatasetReader.read(MiniDataset.files(["figures.csv": figures(column, text)])).diagnostics.filter { $0.severity == .error }
    }

    @Test(arguments: [
        ("period", "07/01/24", "looks like a date a spreadsheet wrote"),
        ("period", "7/1/2024", "looks like a date a spreadsheet wrote"),
        ("period", "01.07.2024", "looks like a date a spreadsheet wrote"),
        ("period", "7-1-24", "looks like a date a spreadsheet wrote"),
        ("period", "Jul-24", "short date format"),
        ("period", "1-Jul-24", "short date format"),
        ("period", "45474", "date serial number"),
        ("period", "'2021", "starts with an apostrophe"),
        ("as_of", "10/4/2022", "looks like a date a spreadsheet wrote"),
        ("as_reported", "1.17E+07", "scientific notation"),
        ("as_reported", "$1.17e7", "scientific notation"),
        ("as_reported", "'$11.7 million", "starts with an apostrophe"),
        ("as_reported", "11.700.000", "thousands separators"),
        ("as_reported", "11 700 000", "thousands separators"),
    ])
    func aRewrittenCellSaysSo(column: String, text: String, says: String) throws {
        let errors = Self.errors(column, text)
        let error = try #require(errors.first { $0.location?.line == 2 }, "\(errors)")
        #expect(error.message.contains(says), "\(error.message)")
        #expect(error.message.contains("in LibreOffice open the CSV through the Text Import dialog"))
        #expect(error.message.contains("in Excel use Data → From Text/CSV"))
        #expect(error.location?.path == "Datasets/mini/figures.csv")
    }

    @Test(arguments: [
        ("period", "Julyy 2024"), ("period", "2021-13"), ("period", "sometime"), ("period", "13/13"),
        ("as_of", "next Tuesday-ish"), ("as_reported", "$12 milion"), ("as_reported", "lots"), ("as_reported", "1.2.3"),
    ])
    func anOrdinaryBadCellHasNoSpreadsheetHint(column: String, text: String) throws {
        let errors = Self.errors(column, text)
        #expect(!errors.isEmpty, "'\(text)' should be refused")
        #expect(errors.allSatisfy { !$0.message.contains("spreadsheet") && !$0.message.contains("LibreOffice") }, "\(errors)")
    }
}
