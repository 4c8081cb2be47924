import BilatCore
import BilatDatasets
import Foundation

/// Makes a dataset folder for a pair of parties, and rewrites a folder's `datapackage.json` from its headers.
public enum DatasetFolderMaker {
    /// The two parties of a new dataset and where it goes.
    public struct Request: Sendable {
        public var codes: [String]
        /// The parties' names, in the order of `codes`; empty to take them from ``CountryNames``.
        public var names: [String]
        /// The folder's name (and the dataset's); nil to make one from the names, e.g. azerbaijan-turkiye.
        public var folderName: String?
        public var datasets: String

        public init(codes: [String], names: [String] = [], folderName: String? = nil, datasets: String = "Datasets") {
            self.codes = codes
            self.names = names
            self.folderName = folderName
            self.datasets = datasets
        }
    }

    /// Whether `name` can name a dataset folder whose descriptor stays a valid Frictionless package.
    public static func isValidName(_ name: String) -> Bool { DescriptorWriter.isValidName(name) }

    /// The parties' names, or a diagnostic naming the code no name is known for.
    public static func names(for request: Request) throws(DiagnosticsError) -> [String] {
        if !request.names.isEmpty { return request.names }
        var names: [String] = []
        for code in request.codes {
            guard let name = CountryNames.name(code) else {
                throw DiagnosticsError([.error("bilat has no name for \(code)",
                                               accepted: "--names with both parties' names, e.g. --names Azerbaijan Türkiye; "
                                                   + "built-in names: \(CountryNames.codes.joined(separator: " "))")])
            }
            names.append(name)
        }
        return names
    }

    /// A folder name from the parties' names: lower-case ASCII words joined by hyphens (Türkiye → turkiye).
    public static func slug(_ names: [String]) -> String {
        names.map { name in
            let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
            let words = folded.lowercased().unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
            return words.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
        }.joined(separator: "-")
    }

    /// Writes the folder: every table with its header, parties.csv with the two parties, and datapackage.json.
    /// Refuses a folder that exists and is not empty, so nothing an analyst wrote is overwritten.
    /// - Returns: the folder and the files written, in order.
    public static func create(_ request: Request) throws(DiagnosticsError) -> (folder: String, files: [String]) {
        let names = try names(for: request)
        let folderName = request.folderName ?? slug(names)
        guard DescriptorWriter.isValidName(folderName) else {
            throw DiagnosticsError([.error("'\(folderName)' cannot name a dataset",
                                           accepted: "lower-case letters, digits, '-', '_' and '.', e.g. --name azerbaijan-turkiye")])
        }
        let folder = DatasetFolders.join(request.datasets, folderName)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if FileManager.default.fileExists(atPath: folder) && !existing.isEmpty {
            throw DiagnosticsError([.error("\(folder) already exists and is not empty",
                                           accepted: "a new folder name (--name), or another --datasets folder")])
        }
        var contents: [(file: String, text: String)] = []
        var headers: [String: [String]] = [:]
        // revisions.csv is bilat's own record of what imports changed: the first import that revises a figure makes it.
        for table in DatasetLayout.allTables where table.name != DatasetLayout.revisions.name {
            let header = DatasetLayout.newHeader(table)
            headers[table.file] = header
            var text = header.joined(separator: ",") + "\n"
            if table.name == DatasetLayout.parties.name {
                // id and name; the other columns (fiscal_year_start) are left for the analyst.
                let rest = String(repeating: ",", count: max(0, header.count - 2))
                for (code, name) in zip(request.codes, names) { text += "\(code),\(csvCell(name))\(rest)\n" }
            }
            contents.append((table.file, text))
        }
        let title = names.joined(separator: "–")
        let package = DescriptorWriter.Package(name: folderName, title: title,
                                               description: "Figures and events of the \(title) relationship, each with the "
                                                   + "text exactly as reported and its source. Read by bilat.")
        contents.append((DatasetLayout.descriptor, DescriptorWriter.descriptor(package, headers: headers)))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (file, text) in contents {
                try AtomicFile.write(Array(text.utf8), to: DatasetFolders.join(folder, file))
            }
        } catch {
            throw DiagnosticsError([.error("could not write \(folder): \(error.localizedDescription)",
                                           accepted: "a folder bilat can write to")])
        }
        return (folder, contents.map(\.file))
    }

    /// Writes `datapackage.json` from the headers of the CSV files in `folder`, keeping the earlier descriptor's
    /// title, description and field descriptions. The package is named after the folder.
    /// - Returns: whether the file's bytes changed.
    @discardableResult
    public static func rewriteDescriptor(in folder: String) throws(DiagnosticsError) -> Bool {
        let files = try DatasetFolders.load(folder)
        guard DescriptorWriter.isValidName(files.name) else {
            throw DiagnosticsError([.error("the folder name '\(files.name)' cannot name a data package",
                                           accepted: "a folder named with lower-case letters, digits, '-', '_' and '.'")])
        }
        var headers: [String: [String]] = [:]
        var diagnostics: [Diagnostic] = []
        for table in DatasetLayout.allTables {
            guard let bytes = files.contents[table.file] else { continue }
            let path = DatasetFolders.join(files.displayPath, table.file)
            let (records, found) = CSVText.parse(bytes, path: path)
            diagnostics += found.filter { $0.severity == .error }
            if let header = records.first { headers[table.file] = header.fields.map(\.value) }
        }
        let missing = DatasetLayout.tables.filter { headers[$0.file] == nil }.map(\.file)
        if !missing.isEmpty {
            diagnostics.append(.error("\(folder) has no header in \(missing.joined(separator: ", "))",
                                      accepted: "a dataset folder with \(DatasetLayout.tables.map(\.file).joined(separator: ", ")); "
                                          + "bilat dataset new makes one"))
        }
        if diagnostics.hasErrors { throw DiagnosticsError(diagnostics) }
        let earlier = files.contents[DatasetLayout.descriptor]
        let text = DescriptorWriter.descriptor(.init(name: files.name, title: files.name), headers: headers, earlier: earlier)
        do {
            return try OutputFiles.write(text, to: DatasetFolders.join(folder, DatasetLayout.descriptor)) == .written
        } catch {
            throw DiagnosticsError([.error("could not write \(folder)/\(DatasetLayout.descriptor): \(error.localizedDescription)",
                                           accepted: "a folder bilat can write to")])
        }
    }

    static func csvCell(_ text: String) -> String {
        text.contains { ",\"\n\r".contains($0) } ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
