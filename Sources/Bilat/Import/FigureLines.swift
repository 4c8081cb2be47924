import BilatCore
import BilatDatasets
import BilatRender
import Foundation

/// New figure rows made by an importer, rendered as CSV lines in figures.csv's own column order and kept in a
/// scratch file beside the dataset until they are merged: a million rows are never held in memory.
///
/// Each entry is the row's id, a NUL byte, what ``check`` found of its line (``checkedSize`` bytes: the natural
/// key hash, ``unchecked`` when not checked, the id hash and the number of its references) and its line (no line
/// end); entries are numbered from 0 in the order they were added, so an importer can decide afterwards which to keep.
public final class FigureLines {
    /// The figures.csv column order lines are rendered in.
    public let header: [String]
    let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// The byte length of each entry, in order.
    private(set) var lengths: [UInt32] = []
    private var cells: [CSVWriter.Cell] = []
    private var texts: [String] = []
    /// Checks each line as it is added, as the dataset reader will check it in figures.csv, so that the final
    /// check of the merged file need not check the row's own cells again (nil: every row is checked there).
    var check: FigureLineCheck?
    /// The key of an entry whose line was not checked (or had a problem).
    static let unchecked = Int.min
    /// The bytes of an entry's ``FigureLineCheck/Checked``: key hash, id hash, references number.
    static let checkedSize = 20

    init(header: [String], folder: String) throws(DiagnosticsError) {
        self.header = header
        path = DatasetFolders.join(folder, ".figures.csv.import-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forUpdatingAtPath: path) else {
            throw DiagnosticsError([.error("cannot write a scratch file in \(folder)", accepted: "a dataset folder bilat may write to")])
        }
        self.handle = handle
        cells.reserveCapacity(header.count)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    public var count: Int { lengths.count }

    /// Adds a row: `value(column)` gives each column's cell (nil or empty for an empty cell).
    public func append(id: String, _ value: (String) -> String?) throws(DiagnosticsError) {
        try append(id: id, positions: { value(header[$0]) })
    }

    /// Adds a row: `value(position)` gives the cell of each column of ``header`` by its position.
    public func append(id: String, positions value: (Int) -> String?) throws(DiagnosticsError) {
        let start = buffer.count
        buffer.append(contentsOf: id.utf8)
        buffer.append(0)
        let keyAt = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.checkedSize))
        cells.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        for position in header.indices {
            let text = value(position) ?? ""
            cells.append(.orEmpty(text))
            if check != nil { texts.append(text) }
        }
        CSVWriter.appendCells(cells, to: &buffer)
        let found = check?.checked(cells: texts, line: buffer[(keyAt + Self.checkedSize)...])
        withUnsafeBytes(of: (found?.keyHash ?? Self.unchecked).littleEndian) { for (i, byte) in $0.enumerated() { buffer[keyAt + i] = byte } }
        withUnsafeBytes(of: (found?.idHash ?? 0).littleEndian) { for (i, byte) in $0.enumerated() { buffer[keyAt + 8 + i] = byte } }
        withUnsafeBytes(of: (found?.references ?? 0).littleEndian) { for (i, byte) in $0.enumerated() { buffer[keyAt + 16 + i] = byte } }
        lengths.append(UInt32(buffer.count - start))
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Adds a row given as cells by column name.
    public func append(_ cells: [String: String]) throws(DiagnosticsError) {
        try append(id: cells["id"] ?? "") { cells[$0] }
    }

    func flush() throws(DiagnosticsError) {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw DiagnosticsError([.error("cannot write \(path): \(error.localizedDescription)")])
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Each entry in order with its number, id and line, read back a piece at a time.
    func forEach(_ body: (_ index: Int, _ id: ArraySlice<UInt8>, _ line: ArraySlice<UInt8>) throws(DiagnosticsError) -> Void) throws(DiagnosticsError) {
        try forEachChecked { index, id, _, line throws(DiagnosticsError) in try body(index, id, line) }
    }

    /// ``forEach(_:)`` with what ``check`` found of each entry's line (nil when it was not checked, or had a problem).
    func forEachChecked(_ body: (_ index: Int, _ id: ArraySlice<UInt8>, _ checked: FigureLineCheck.Checked?, _ line: ArraySlice<UInt8>) throws(DiagnosticsError) -> Void) throws(DiagnosticsError) {
        try flush()
        do { try handle.seek(toOffset: 0) } catch { throw DiagnosticsError([.error("cannot read \(path) back")]) }
        var carry: [UInt8] = []
        var offset = 0
        var index = 0
        while index < lengths.count {
            let length = Int(lengths[index])
            if carry.count - offset < length {
                carry.removeFirst(offset)
                offset = 0
                let data: Data?
                do { data = try handle.read(upToCount: max(1 << 20, length)) } catch { throw DiagnosticsError([.error("cannot read \(path) back")]) }
                guard let data, !data.isEmpty else { throw DiagnosticsError([.error("\(path) is shorter than was written")]) }
                carry += data
                continue
            }
            let entry = carry[offset..<(offset + length)]
            let nul = entry.firstIndex(of: 0) ?? entry.endIndex
            let start = min(nul + 1, entry.endIndex), end = min(nul + 1 + Self.checkedSize, entry.endIndex)
            func number(_ at: Int, _ size: Int) -> Int {
                var value = 0
                for byte in entry[min(start + at, end)..<min(start + at + size, end)].reversed() { value = value << 8 | Int(byte) }
                return value
            }
            let key = number(0, 8)
            let checked = key == Self.unchecked || end - start < Self.checkedSize ? nil
                : FigureLineCheck.Checked(idHash: number(8, 8), keyHash: key, references: UInt32(truncatingIfNeeded: number(16, 4)))
            try body(index, entry[..<nul], checked, entry[end...])
            offset += length
            index += 1
        }
    }
}
