import ArgumentParser
import Bilat

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a new project folder: Datasets/, Notebooks/ with the default notebooks, Output/ and a README.",
        discussion: """
            Creates DIR if it is missing. Writes Datasets/, Notebooks/ (the notebooks bilat has built in, to \
            edit), Output/, a short README.md and a .gitignore that keeps the store out of git. An existing \
            README.md is kept; an existing .gitignore gets the store's line added. Refuses a folder that \
            already has Datasets/, Notebooks/ or Output/.

            Examples:
              bilat init ~/work/azerbaijan-turkiye
              cd ~/work/azerbaijan-turkiye && bilat dataset new AZE TUR && bilat build
            """)

    @Argument(help: ArgumentHelp("The project folder to make.", valueName: "dir"))
    var folder: String

    func run() throws {
        do {
            let written = try ProjectMaker.create(at: folder)
            for path in written { emit("created \(DatasetFolders.join(folder, path))") }
            emit("next: cd \(folder) && bilat dataset new AAA BBB (ISO 3166 alpha-3 codes), add rows, then bilat build")
        } catch {
            throw fail(with: error)
        }
    }
}
