import ArgumentParser
import Vertsval
import VertsvalReport
import VertsvalStudy

/// `vertsval evaluate CASE`: rank the candidates and explain why.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ranger kandidatane i ei sak og forklar kvifor.",
        discussion: """
            Reads the case file and the template and region it refers to, applies the knock-out \
            rules, computes each candidate's total value 0–100, and explains the margin, the weight \
            at which the two first swap places, and the smallest score change that would swap them.
            """
    )

    @Argument(help: "Saksfila (kind: case) eller eit scenario (kind: scenario), til dømes Cases/sogn/ureining-miljo-tilsyn.yaml.")
    var file: String

    @OptionGroup var weights: WeightOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let lang = output.lang
        let evaluated = try Console.run(lang) { () throws(StudyError) in
            try EvaluateCase.run(StudyInput(path: file, weights: try weights.adjustments()))
        }
        Console.report(evaluated.warnings, language: lang)
        Console.out(try StudyOutput.evaluation(evaluated, format: output.format, language: lang))
    }
}
