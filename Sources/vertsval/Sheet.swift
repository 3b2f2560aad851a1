import ArgumentParser
import Vertsval
import VertsvalStudy

/// `vertsval sheet export|import`: score sheets for assessors.
struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: CLIText.sheetAbstract.text,
        discussion: CLIText.sheetDiscussion.text,
        subcommands: [SheetExport.self, SheetImport.self]
    )
}

/// `vertsval sheet export CASE -o skår.csv`.
struct SheetExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: CLIText.sheetExportAbstract.text)

    @Argument(help: ArgumentHelp(CLIText.sheetCase.text))
    var `case`: String

    @Option(name: [.short, .long], help: ArgumentHelp(CLIText.sheetOutput.text))
    var output: String

    @Flag(name: .long, help: ArgumentHelp(CLIText.newForce.text))
    var force = false

    @Option(name: .long, help: ArgumentHelp(CLIText.lang.text))
    var lang: Language = CLILanguage.fallback

    func run() throws {
        let request = ExportScoreSheet.Request(casePath: `case`, output: output, language: lang, force: force)
        let rows = try Console.run(lang) { () throws(StudyError) in try ExportScoreSheet.run(request) }
        Console.out(CLIMessageText.sheetWritten(path: output, rows: rows).text(in: lang) + "\n")
    }
}

/// `vertsval sheet import CASE SHEET (--assessor NAME | --as-scores)`.
struct SheetImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: CLIText.sheetImportAbstract.text, discussion: CLIText.sheetImportDiscussion.text)

    @Argument(help: ArgumentHelp(CLIText.sheetCase.text))
    var `case`: String

    @Argument(help: ArgumentHelp(CLIText.sheetFile.text))
    var sheet: String

    @Option(name: .long, help: ArgumentHelp(CLIText.sheetAssessor.text))
    var assessor: String?

    @Flag(name: .customLong("as-scores"), help: ArgumentHelp(CLIText.sheetAsScores.text))
    var asScores = false

    @Option(name: .long, help: ArgumentHelp(CLIText.lang.text))
    var lang: Language = CLILanguage.fallback

    func validate() throws {
        // Exactly one of the two: whose scores the sheet holds.
        guard (assessor != nil) != asScores else {
            throw ValidationError(CLIText.sheetTargetChoice.text(in: lang))
        }
    }

    func run() throws {
        let target: ImportScoreSheet.Target = assessor.map { .assessor($0) } ?? .scores
        let request = ImportScoreSheet.Request(casePath: `case`, sheetPath: sheet, target: target)
        let count = try Console.run(lang) { () throws(StudyError) in try ImportScoreSheet.run(request) }
        Console.out(CLIMessageText.sheetImported(path: `case`, scores: count, assessor: assessor).text(in: lang) + "\n")
    }
}
