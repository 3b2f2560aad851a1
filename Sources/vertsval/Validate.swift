import ArgumentParser
import Vertsval
import VertsvalStudy

/// `vertsval validate FILE...`: check data files and report every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kontroller datafiler og vis alle feil med fil, linje og kolonne.",
        discussion: """
            Checks templates, region files and cases. Checking a case also checks the template and \
            region it refers to; each problem is reported under its own file name and line.
            """
    )

    @Argument(help: "Éi eller fleire datafiler.")
    var files: [String]

    @Option(name: .long, help: "Språk: nn, nb eller en.")
    var lang: Language = .nn

    func run() throws {
        let diagnostics = ValidateFiles.run(files)
        Console.report(diagnostics, language: lang)
        let t = Phrasebook(lang)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if errors > 0 {
            Console.err(
                t.pick(
                    nn: "\(errors) feil og \(warnings) \(warnings == 1 ? "åtvaring" : "åtvaringar").",
                    nb: "\(errors) feil og \(warnings) \(warnings == 1 ? "advarsel" : "advarsler").",
                    en: "\(errors) \(errors == 1 ? "error" : "errors") and \(warnings) \(warnings == 1 ? "warning" : "warnings")."))
            throw ExitCode(1)
        }
        let count = files.count
        let noted =
            warnings == 0
            ? ""
            : t.pick(
                nn: " (\(warnings) \(warnings == 1 ? "åtvaring" : "åtvaringar"))", nb: " (\(warnings) \(warnings == 1 ? "advarsel" : "advarsler"))",
                en: " (\(warnings) \(warnings == 1 ? "warning" : "warnings"))")
        Console.out(
            t.pick(
                nn: "\(count) \(count == 1 ? "fil" : "filer") er i orden", nb: "\(count) \(count == 1 ? "fil" : "filer") er i orden",
                en: "\(count) \(count == 1 ? "file" : "files") OK") + noted + ".\n")
    }
}
