@testable import Bilat
import BilatDatasets
import Testing

/// Merging imported rows into a table that lacks a column they fill (an imported `key`): the column is added
/// at the end, every existing row gets an empty cell, every other byte stays.
@Suite struct TableMergeTests {
    @Test func aColumnTheRowsFillIsAddedToTheHeaderAndEveryRow() {
        let existing = "id,subject,status,as_of,source_id,note\ns1,Deal,signed,2020,src,\"two\nlines\"\ns2,Deal,delivered,2021,src,\n\n"
        var merge = TableMerge()
        let merged = merge.merge([["id": "s3", "subject": "Deal", "status": "signed", "as_of": "2022", "source_id": "src", "key": "k"]],
                                 into: Array(existing.utf8), table: DatasetLayout.statuses,
                                 header: DatasetLayout.newHeader(DatasetLayout.statuses))
        #expect(String(decoding: merged, as: UTF8.self)
                == "id,subject,status,as_of,source_id,note,key\ns1,Deal,signed,2020,src,\"two\nlines\",\ns2,Deal,delivered,2021,src,,\n\ns3,Deal,signed,2022,src,,k\n")
        #expect(merge.added == 1 && merge.changed == 0)
    }

    @Test func aNewFileHasTheNewHeaderAndTheColumnsTheRowsFill() {
        var merge = TableMerge()
        let merged = merge.merge([["id": "s1", "subject": "Deal", "status": "signed", "source_id": "src", "key": "k"]],
                                 into: [], table: DatasetLayout.statuses, header: DatasetLayout.newHeader(DatasetLayout.statuses))
        #expect(String(decoding: merged, as: UTF8.self) == "id,subject,status,as_of,source_id,note,key\ns1,Deal,signed,,src,,k\n")
    }

    @Test func rowsWithoutTheColumnLeaveTheFileAsItWas() {
        let existing = "id,subject,status,as_of,source_id,note\ns1,Deal,signed,2020,src,\n"
        var merge = TableMerge()
        let merged = merge.merge([["id": "s1", "subject": "Deal", "status": "signed", "as_of": "2020", "source_id": "src"]],
                                 into: Array(existing.utf8), table: DatasetLayout.statuses,
                                 header: DatasetLayout.newHeader(DatasetLayout.statuses))
        #expect(merged == Array(existing.utf8))
        #expect(merge.unchanged == 1)
    }
}
