import ArgumentParser
import VertsvalReport
import VertsvalStudy

/// `vertsval share FILE`: share budgets by the cost key.
struct Share: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Del kostnadene etter kostnadsnøkkelen (til dømes 25 % likt og 75 % etter folketal).",
        discussion: """
            For a case: each municipality's share of the service's budget. For a portfolio: each \
            service's budget shared by its key, and each municipality's net position — its share of \
            the hosted jobs (decided hosts, and the optimal assignment for open ones) against its \
            share of the cost.
            """
    )

    @Argument(help: "Ei sak (kind: case), eit scenario (kind: scenario) eller ein portefølje (kind: portfolio).")
    var file: String

    @OptionGroup var rules: RuleOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let study = try Console.run(output.lang) { () throws(StudyError) in
            try ShareCosts.run(StudyInput(path: file, rulesOff: rules.tokens))
        }
        switch study {
        case .case(let evaluated): Console.report(evaluated.warnings, language: output.lang)
        case .portfolio(let optimized): Console.report(optimized.warnings, language: output.lang)
        }
        Console.out(try StudyOutput.costSharing(study, format: output.format, language: output.lang))
    }
}
