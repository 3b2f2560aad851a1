import ArgumentParser
import Vertsval
import VertsvalStudy

/// `vertsval new portfolio`: a portfolio from the region's register of cooperation.
struct NewPortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: CLIText.newPortfolioAbstract.text,
        discussion: CLIText.newPortfolioDiscussion.text
    )

    @Option(name: .long, help: ArgumentHelp(CLIText.newRegionFile.text))
    var region: String

    @OptionGroup var file: NewFileOptions

    func run() throws {
        let lang = file.lang
        let request = NewPortfolio.Request(regionPath: region, output: file.output, id: file.id, language: lang, force: file.force)
        let result = try Console.run(lang) { () throws(StudyError) in try NewPortfolio.run(request) }
        Console.out(
            NewFileSteps.text(
                result,
                next: [
                    (.nextDescribe, "vertsval describe \(result.path)"), (.nextValidate, "vertsval validate \(result.path)"),
                    (.nextOptimize, "vertsval optimize \(result.path)"),
                ], language: lang))
    }
}
