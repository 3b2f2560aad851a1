import ArgumentParser
import Vertsval
import VertsvalStudy

/// `vertsval new template`: a draft template with one criterion of each kind.
struct NewTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: CLIText.newTemplateAbstract.text,
        discussion: CLIText.newTemplateDiscussion.text
    )

    @Option(name: .long, help: ArgumentHelp(CLIText.newTitle.text))
    var title: String?

    @OptionGroup var file: NewFileOptions

    func run() throws {
        let lang = file.lang
        let request = NewTemplate.Request(output: file.output, id: file.id, title: title, language: lang, force: file.force)
        let result = try Console.run(lang) { () throws(StudyError) in try NewTemplate.run(request) }
        Console.out(
            NewFileSteps.text(
                result,
                next: [(.nextDescribe, "vertsval describe \(result.path)"), (.nextValidate, "vertsval validate \(result.path)")],
                language: lang))
    }
}
