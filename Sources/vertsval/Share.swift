import ArgumentParser
import VertsvalReport
import VertsvalStudy

/// `vertsval share FILE`: share budgets by the cost key.
struct Share: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: CLIText.shareAbstract.text,
        discussion: CLIText.shareDiscussion.text
    )

    @Argument(help: ArgumentHelp(CLIText.studyFile.text))
    var file: String

    @OptionGroup var rules: RuleOptions

    @OptionGroup var limits: TimeLimitOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let study = try Console.run(output.lang) { () throws(StudyError) in
            try ShareCosts.run(StudyInput(path: file, rulesOff: rules.tokens), timeLimits: try limits.timeLimits())
        }
        switch study {
        case .case(let evaluated): Console.report(evaluated.warnings, language: output.lang)
        case .portfolio(let optimized): Console.report(optimized.warnings, language: output.lang)
        }
        Console.out(try StudyOutput.costSharing(study, format: output.format, language: output.lang, width: Console.width))
    }
}
