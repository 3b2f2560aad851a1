import ArgumentParser
import Vertsval
import VertsvalReport
import VertsvalStudy

/// `vertsval evaluate CASE`: rank the candidates and explain why.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: CLIText.evaluateAbstract.text,
        discussion: CLIText.evaluateDiscussion.text
    )

    @Argument(help: ArgumentHelp(CLIText.evaluateFile.text))
    var file: String

    @OptionGroup var weights: WeightOptions

    @OptionGroup var scores: ScoreOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let lang = output.lang
        let evaluated = try Console.run(lang) { () throws(StudyError) in
            try EvaluateCase.run(StudyInput(path: file, weights: try weights.adjustments(), scores: try scores.adjustments()))
        }
        Console.report(evaluated.warnings, language: lang)
        Console.out(try StudyOutput.evaluation(evaluated, format: output.format, language: lang, width: Console.width))
    }
}
