import ArgumentParser
import Vertsval
import VertsvalOptimizer
import VertsvalReport

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

    @Argument(help: "Ei sak (kind: case) eller ein portefølje (kind: portfolio).")
    var file: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let report = try makeReport()
        switch output.format {
        case .json: Console.out(try report.json().encoded())
        case .markdown: Console.out(MarkdownRenderer().render(report.document()))
        case .text: Console.out(TextRenderer().render(report.document()))
        }
    }

    private func makeReport() throws -> ShareReport {
        if Loader.kind(ofFileAt: file) == .portfolio {
            let loaded: LoadedPortfolio
            do {
                loaded = try Loader.loadPortfolio(at: file)
            } catch {
                throw Console.invalidInput(error, language: output.lang)
            }
            let result = try? AssignmentOptimizer.optimize(loaded.portfolio, options: .init(explain: false))
            let hosts = Dictionary(uniqueKeysWithValues: (result?.assignment ?? []).map { ($0.service, $0.host) })
            return ShareReport(portfolio: loaded.portfolio, hosts: hosts, language: output.lang)
        }
        do {
            return ShareReport(case: try Loader.loadCase(at: file), language: output.lang)
        } catch {
            throw Console.invalidInput(error, language: output.lang)
        }
    }
}
