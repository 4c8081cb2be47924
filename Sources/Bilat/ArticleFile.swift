import BilatCore
import Foundation

/// Reads an article from disk as UTF-8 text, refusing what is not an article: a missing file, a file
/// too large, binary bytes, or text that is not UTF-8, each with where and why.
enum ArticleFile {
    /// How a dataset's notes name an article: the path as the user gave it, or its file name when that path is
    /// absolute, so no local folder ends up in a dataset others read.
    static func noteName(for path: String) -> String {
        guard path.hasPrefix("/") || path.hasPrefix("~") else { return path }
        return (path as NSString).lastPathComponent
    }

    static func read(_ path: String, maximumBytes: Int) throws(Diagnostic) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .error("\(path): no such file", accepted: "a plain-text or Markdown article (.txt, .md)")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumBytes {
            throw .error("\(path) is \(megabytes(size)) MB; bilat extract reads articles up to \(megabytes(maximumBytes)) MB",
                         at: SourceLocation(path: path, line: 1, column: 1), accepted: "one article per file; split a larger file into articles")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read \(path)", accepted: "a readable plain-text or Markdown file")
        }
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(bytes, upTo: nul)
            throw .error("binary data (a NUL byte), not an article", at: SourceLocation(path: path, line: line, column: column),
                         accepted: "UTF-8 plain text or Markdown")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let bad = firstInvalidByte(bytes)
        let (line, column) = position(bytes, upTo: bad)
        throw .error("bytes that are not UTF-8", at: SourceLocation(path: path, line: line, column: column),
                     accepted: "UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8")
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 500_000) / 1_000_000
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Line and column (in characters) of the byte at `offset`.
    static func position(_ bytes: [UInt8], upTo offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A { line += 1; column = 1 }
            else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }

    static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            guard length > 0, i + length <= bytes.count,
                  bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else { return i }
            i += length
        }
        return bytes.count
    }

    static func isMarkdown(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// The file's name without its extension, as a source id: "todayaz-2022-30years.txt" → "todayaz-2022-30years".
    static func sourceID(for path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return CandidateRows.slug(name)
    }
}
