import BilatCore
import Foundation

/// Makes a new project folder: `Datasets/`, `Notebooks/` with the default notebooks, `Output/`, a README and a
/// .gitignore for the store. Everything comes from the binary, so a copied `bilat` can start a project anywhere.
public enum ProjectMaker {
    /// Folders that mark a folder as a project already.
    static let folders = ["Datasets", "Notebooks", "Output"]
    static let ignored = "/Output/bilat.sqlite*"

    /// What was written, in order, as paths relative to the project folder; existing README.md and .gitignore
    /// are kept (the .gitignore gets the store's line if it lacks it).
    public static func create(at folder: String) throws(DiagnosticsError) -> [String] {
        let fm = FileManager.default
        if let taken = folders.first(where: { fm.fileExists(atPath: DatasetFolders.join(folder, $0)) }) {
            throw DiagnosticsError([.error("\(folder) already holds a bilat project (\(taken)/ exists)",
                                           accepted: "a new or empty folder; in an existing project, add a dataset with "
                                               + "bilat dataset new")])
        }
        var written: [String] = []
        do {
            for name in folders {
                try fm.createDirectory(atPath: DatasetFolders.join(folder, name), withIntermediateDirectories: true)
                written.append(name + "/")
            }
            for file in BuiltInNotebooks.files {
                try write(file.text, to: folder, "Notebooks/" + file.name)
                written.append("Notebooks/" + file.name)
            }
            if !fm.fileExists(atPath: DatasetFolders.join(folder, "README.md")) {
                try write(readme(title: URL(fileURLWithPath: folder).standardized.lastPathComponent), to: folder, "README.md")
                written.append("README.md")
            }
            let gitignore = DatasetFolders.join(folder, ".gitignore")
            let existing = fm.contents(atPath: gitignore).map { String(decoding: $0, as: UTF8.self) }
            if existing.map({ !$0.split(separator: "\n").contains(Substring(ignored)) }) ?? true {
                var text = existing ?? "# The store is rebuilt from Datasets/ by bilat build.\n"
                if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
                try write(text + ignored + "\n", to: folder, ".gitignore")
                written.append(".gitignore")
            }
        } catch {
            throw DiagnosticsError([.error("could not write the project in \(folder): \(error.localizedDescription)",
                                           accepted: "a folder bilat can create and write to")])
        }
        return written
    }

    static func write(_ text: String, to folder: String, _ path: String) throws {
        try AtomicFile.write(Array(text.utf8), to: DatasetFolders.join(folder, path))
    }

    /// The new project's README: what each folder is for and the commands to run.
    static func readme(title: String) -> String {
        """
        # \(title)

        A bilat project: sourced figures on bilateral relationships, analysed into CSV files, charts and reports.

        - `Datasets/`: one folder per dataset. `bilat dataset new AZE TUR` makes one for a pair of parties, with every
          CSV file's header and its `datapackage.json`; after changing columns, `bilat dataset descriptor
          Datasets/NAME` rewrites the descriptor.
        - `Notebooks/`: report templates (see `Notebooks/README.md`). bilat has these built in; a file here replaces
          the built-in notebook of the same name, and any other `.md` file adds a report.
        - `Output/`: what `bilat build` writes. The store, `Output/bilat.sqlite`, is rebuilt from `Datasets/` and
          not committed.

        After adding or editing rows, run `bilat build` in this folder.

        """
    }
}
