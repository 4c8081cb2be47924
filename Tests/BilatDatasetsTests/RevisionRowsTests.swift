import BilatDatasets
import Testing

/// Which changes to a figure row are revisions: its value (as_reported), unit or status, one row per field, each
/// naming both sources and where the new value came from; any other change is none.
@Suite struct RevisionRowsTests {
    static let row = ["id": "f1", "as_reported": "USD 530", "unit": "", "status": "", "source_id": "r1", "note": "CIF"]

    static func changed(_ cells: [String: String]) -> [String: String] { row.merging(cells) { _, new in new } }

    static let cases: [(name: String, after: [String: String], fields: [String])] = [
        ("the same row", row, []),
        ("the same value, spaces around it", changed(["as_reported": " USD 530 "]), []),
        ("only the note", changed(["note": "FOB"]), []),
        ("only the source", changed(["source_id": "r2"]), []),
        ("the value", changed(["as_reported": "USD 612", "source_id": "r2"]), ["as_reported"]),
        ("value and status", changed(["as_reported": "USD 612", "status": "provisional"]), ["as_reported", "status"]),
        ("unit, a cell the row lacked", changed(["unit": "aircraft"]), ["unit"]),
    ]

    @Test(arguments: cases.map(\.name))
    func recordsTheRevisedFields(name: String) throws {
        let c = try #require(Self.cases.first { $0.name == name })
        let change = RevisionRows.Change(figureID: "f1", before: Self.row, after: c.after,
                                         origin: .init(file: "TradeData_r2.csv", line: 4))
        let rows = RevisionRows.rows(change, recorded: "2024-11-01")
        #expect(rows.map { $0["field"] } == c.fields)
        for r in rows {
            let field = try #require(r["field"])
            #expect(r["before"] == Self.row[field]?.trimmingCharacters(in: .whitespaces))
            #expect(r["after"] == c.after[field]?.trimmingCharacters(in: .whitespaces))
            #expect(r["before_source"] == "r1" && r["after_source"] == c.after["source_id"])
            #expect(r["file"] == "TradeData_r2.csv" && r["line"] == "4" && r["recorded"] == "2024-11-01" && r["figure_id"] == "f1")
        }
    }

    @Test(arguments: [("TradeData.csv", "TradeData.csv"), ("/home/me/Downloads/TradeData.csv.gz", "TradeData.csv.gz"),
                      ("../x/y.csv", "y.csv"), ("C:\\Users\\me\\a.csv", "a.csv")])
    func aFileIsRecordedByItsNameAlone(path: String, name: String) {
        #expect(RevisionRows.fileName(path) == name)
    }
}
