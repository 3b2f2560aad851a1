import ArgumentParser
import Vertsval
import VertsvalStudy

/// `vertsval validate FILE...`: check data files and report every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: CLIText.validateAbstract.text,
        discussion: CLIText.validateDiscussion.text
    )

    @Argument(help: ArgumentHelp(CLIText.validateFiles.text))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp(CLIText.lang.text))
    var lang: Language = CLILanguage.fallback

    func run() throws {
        let diagnostics = ValidateFiles.run(files)
        Console.report(diagnostics, language: lang)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if errors > 0 {
            Console.err(CLIText.validateFailed(errors: errors, warnings: warnings).text(in: lang))
            throw ExitCode(1)
        }
        let left = diagnostics.unfinished.count
        let summary =
            left > 0
            ? CLIText.validateUnfinished(files: files.count, left: left, warnings: warnings - left)
            : CLIText.validatePassed(files: files.count, warnings: warnings)
        Console.out(summary.text(in: lang) + "\n")
    }
}
