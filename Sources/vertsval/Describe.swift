import ArgumentParser
import Vertsval
import VertsvalReport
import VertsvalStudy

/// `vertsval describe FILE`: what a data file holds, for writing the next one.
struct Describe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: CLIText.describeAbstract.text,
        discussion: CLIText.describeDiscussion.text
    )

    /// The formats `describe` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    @Argument(help: ArgumentHelp(CLIText.describeFile.text))
    var file: String

    @Option(name: .long, help: ArgumentHelp(CLIText.lang.text))
    var lang: Language = CLILanguage.fallback

    @Option(name: .long, help: ArgumentHelp(CLIText.describeFormat.text))
    var format: Format = .text

    func run() throws {
        let description = try Console.run(lang) { () throws(StudyError) in try DescribeFile.run(file) }
        Console.out(StudyOutput.description(description, format: format == .markdown ? .markdown : .text, language: lang, width: Console.width))
    }
}
