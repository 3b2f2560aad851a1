import ArgumentParser
import Vertsval
import VertsvalOptimizer
import VertsvalReport

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

    @Argument(help: "Ei sak (kind: case) eller ein portefølje (kind: portfolio).")
    var file: String

    @Option(help: "Tal på trekningar.")
    var samples: Int?

    @Option(help: "Frø, så resultatet kan attskapast.")
    var seed: UInt64 = 1

    @Option(name: .customLong("weight-spread"), help: "Relativ vektusikkerheit i prosent (til dømes 20 for ±20 %), i staden for malen si.")
    var weightSpread: Double?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let samples, !(1...50_000_000).contains(samples) { throw ValidationError("--samples must be between 1 and 50000000") }
        if let weightSpread, !(0...100).contains(weightSpread) { throw ValidationError("--weight-spread must be between 0 and 100") }
    }

    func run() throws {
        if Loader.kind(ofFileAt: file) == .portfolio {
            try runPortfolio()
        } else {
            try runCase()
        }
    }

    private func runCase() throws {
        let loaded: LoadedCase
        do {
            loaded = try Loader.loadCase(at: file)
        } catch {
            throw Console.invalidInput(error, language: output.lang)
        }
        Console.report(loaded.warnings, language: output.lang)
        let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides)
        let evaluation = Evaluator.evaluate(loaded, weights: weights)
        let robustness: CaseRobustness
        do {
            robustness = try CaseRobustness(
                evaluation, options: SMAAOptions(samples: samples ?? 100_000, seed: seed), weightSpread: weightSpread.map { $0 / 100 })
        } catch {
            throw Console.failure(error.message(in: output.lang), language: output.lang)
        }
        switch output.format {
        case .json:
            Console.out(try SensitivityJSON(robustness, language: output.lang).encoded())
        case .markdown, .text:
            let document = Document(
                title: loaded.case.title.text(output.lang), subtitle: nil, language: output.lang,
                blocks: RobustnessReport(robustness, language: output.lang).blocks())
            Console.out(output.format == .markdown ? MarkdownRenderer().render(document) : TextRenderer().render(document))
        }
    }

    private func runPortfolio() throws {
        let loaded: LoadedPortfolio
        do {
            loaded = try Loader.loadPortfolio(at: file)
        } catch {
            throw Console.invalidInput(error, language: output.lang)
        }
        Console.report(loaded.warnings, language: output.lang)
        let robust: RobustAssignment
        do {
            robust = try RobustAssignment.run(
                loaded.portfolio, cases: loaded.cases, samples: samples ?? 1000, seed: seed, weightSpread: weightSpread.map { $0 / 100 })
        } catch let error as SMAAError {
            throw Console.failure(error.message(in: output.lang), language: output.lang)
        }
        switch output.format {
        case .json:
            Console.out(try SensitivityJSON(robust, portfolio: loaded.portfolio, language: output.lang).encoded())
        case .markdown, .text:
            let document = Document(
                title: loaded.portfolio.title.text(output.lang), subtitle: nil, language: output.lang,
                blocks: RobustAssignmentReport(robust, portfolio: loaded.portfolio, language: output.lang).blocks())
            Console.out(output.format == .markdown ? MarkdownRenderer().render(document) : TextRenderer().render(document))
        }
    }
}
