import ArgumentParser
import VertsvalReport
import VertsvalStudy

/// `vertsval sensitivity FILE`: how robust the ranking or assignment is.
struct Sensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kor robust er resultatet? SMAA over usikre vekter og skåringar, og robust fordeling.",
        discussion: """
            For a case: SMAA-2 (Lahdelma & Salminen 2001) — each candidate's probability of each \
            rank when the weights vary within the template's uncertainty (or --weight-spread) and the \
            scores within their low/high estimates; central weights; confidence factors; and, for \
            every criterion, who is first as its weight goes from 0 to 100 %. For a portfolio: how \
            often each service keeps its host when the weights of the cases behind the values vary.
            """
    )

    @Argument(help: "Ei sak (kind: case), eit scenario (kind: scenario) eller ein portefølje (kind: portfolio).")
    var file: String

    @Option(help: "Tal på trekningar (standard: \(StudyDefaults.caseSamples) for ei sak, \(StudyDefaults.portfolioSamples) for ein portefølje).")
    var samples: Int?

    @Option(help: "Frø, så resultatet kan attskapast.")
    var seed: UInt64 = StudyDefaults.seed

    @Option(name: .customLong("weight-spread"), help: "Relativ vektusikkerheit i prosent (til dømes 20 for ±20 %), i staden for malen si.")
    var weightSpread: Double?

    @OptionGroup var weights: WeightOptions

    @OptionGroup var rules: RuleOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let lang = output.lang
        let study = try Console.run(lang) { () throws(StudyError) in
            let input = StudyInput(path: file, weights: try weights.adjustments(), rulesOff: rules.tokens)
            return try AnalyseRobustness.run(.init(input: input, samples: samples, seed: seed, weightSpreadPercent: weightSpread))
        }
        switch study {
        case .case(let evaluated, _, _): Console.report(evaluated.warnings, language: lang)
        case .portfolio(let input, _, _): Console.report(input.warnings, language: lang)
        }
        Console.out(try StudyOutput.robustness(study, format: output.format, language: lang))
    }
}
