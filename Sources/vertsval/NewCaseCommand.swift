import ArgumentParser
import Vertsval
import VertsvalStudy

/// `vertsval new case`: a case with empty scores for every candidate and criterion.
struct NewCaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: CLIText.newCaseAbstract.text,
        discussion: CLIText.newCaseDiscussion.text
    )

    @Option(name: .long, help: ArgumentHelp(CLIText.newTemplateFile.text))
    var template: String

    @Option(name: .long, help: ArgumentHelp(CLIText.newRegionFile.text))
    var region: String

    @Option(name: .long, help: ArgumentHelp(CLIText.newCandidates.text))
    var candidates: String

    @Option(name: .long, help: ArgumentHelp(CLIText.newService.text))
    var service: String

    @OptionGroup var file: NewFileOptions

    func run() throws {
        let lang = file.lang
        let request = NewCase.Request(
            templatePath: template, regionPath: region, candidates: candidates.split(separator: ",").map(String.init), service: service,
            output: file.output, id: file.id, language: lang, force: file.force)
        let result = try Console.run(lang) { () throws(StudyError) in try NewCase.run(request) }
        Console.out(
            NewFileSteps.text(
                result,
                next: [
                    (.nextDescribe, "vertsval describe \(result.path)"), (.nextValidate, "vertsval validate \(result.path)"),
                    (.nextEvaluate, "vertsval evaluate \(result.path)"), (.nextReport, "vertsval report \(result.path) -o rapport.pdf"),
                ], language: lang))
    }
}

/// What `new` prints after writing: the file, how much is left, and the next commands.
enum NewFileSteps {
    static func text(_ result: NewFileResult, next: [(CLIMessageText, String)], language: Language) -> String {
        let written = result.left.isEmpty ? .wrote(output: result.path) : CLIMessageText.newFileWritten(path: result.path, left: result.left.count)
        var lines = [written.text(in: language)]
        lines.append(CLIMessageText.nextSteps.text(in: language))
        lines += next.map { $0.0.text(in: language) + $0.1 }
        return lines.joined(separator: "\n") + "\n"
    }
}
