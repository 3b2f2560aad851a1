import ArgumentParser
import VertsvalReport
import VertsvalStudy

/// `vertsval sensitivity FILE`: how robust the ranking or assignment is.
struct Sensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: CLIText.sensitivityAbstract.text,
        discussion: CLIText.sensitivityDiscussion.text
    )

    @Argument(help: ArgumentHelp(CLIText.studyFile.text))
    var file: String

    @Option(help: ArgumentHelp(CLIText.sensitivitySamples.text))
    var samples: Int?

    @Option(help: ArgumentHelp(CLIText.sensitivitySeed.text))
    var seed: UInt64 = StudyDefaults.seed

    @Option(name: .customLong("weight-spread"), help: ArgumentHelp(CLIText.sensitivityWeightSpread.text))
    var weightSpread: Double?

    @OptionGroup var weights: WeightOptions

    @OptionGroup var scores: ScoreOptions

    @OptionGroup var rules: RuleOptions

    @OptionGroup var limits: TimeLimitOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let lang = output.lang
        let study = try Console.run(lang) { () throws(StudyError) in
            let input = StudyInput(path: file, weights: try weights.adjustments(), scores: try scores.adjustments(), rulesOff: rules.tokens)
            return try AnalyseRobustness.run(
                .init(input: input, samples: samples, seed: seed, weightSpreadPercent: weightSpread, timeLimits: try limits.timeLimits()))
        }
        switch study {
        case .case(let evaluated, _, _, _): Console.report(evaluated.warnings, language: lang)
        case .portfolio(let input, _, _): Console.report(input.warnings, language: lang)
        }
        Console.out(try StudyOutput.robustness(study, format: output.format, language: lang, width: Console.width))
    }
}
