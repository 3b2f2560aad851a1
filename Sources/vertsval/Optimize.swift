import ArgumentParser
import Foundation
import Vertsval
import VertsvalOptimizer
import VertsvalReport

/// `vertsval optimize PORTFOLIO`: assign the services to hosts under the balance rules.
struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fordel tenestene i ein portefølje på vertskommunar under reglane for balanse.",
        discussion: """
            Solves the portfolio's assignment with GLPK: one host per service, decided hosts kept, \
            balance bands, FTE bounds, service counts, co-location and separation. Explains the price \
            of balance, which rules bind and what they are worth, and why services are not at their \
            best-valued municipality. When the rules cannot all hold, names the rules that conflict \
            and the least change that makes them feasible (exit code 3).
            """
    )

    @Argument(help: "Porteføljefila (kind: portfolio), til dømes Cases/sogn/tenester-2027.yaml.")
    var file: String

    @Option(help: "Kor mange nest beste fordelingar som skal visast.")
    var alternatives: Int = 0

    @Option(name: .customLong("time-limit"), help: "Tidsgrense per løysing, i sekund.")
    var timeLimit: Double?

    @Option(
        name: .customLong("explain-time-limit"),
        help: "Tidsgrense for heile forklaringa, i sekund. Forklaringa løyser modellen på nytt for kvar regel og kvar flytta teneste; for store porteføljar tek det lang tid. Når grensa blir nådd, seier svaret kva som manglar.")
    var explainTimeLimit: Double = 60

    @Option(name: .customLong("export-lp"), help: "Skriv modellen som CPLEX LP-fil hit.")
    var exportLP: String?

    @Option(name: .customLong("export-mps"), help: "Skriv modellen som fri MPS-fil (med OBJSENSE MAX) hit.")
    var exportMPS: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (0...100).contains(alternatives) else { throw ValidationError("--alternatives must be between 0 and 100") }
        if let timeLimit, !(timeLimit > 0 && timeLimit <= 86_400) {
            throw ValidationError("--time-limit must be more than 0 and at most 86400 seconds")
        }
        guard explainTimeLimit > 0, explainTimeLimit <= 86_400 else {
            throw ValidationError("--explain-time-limit must be more than 0 and at most 86400 seconds")
        }
    }

    func run() throws {
        let loaded: LoadedPortfolio
        do {
            loaded = try Loader.loadPortfolio(at: file)
        } catch {
            throw Console.invalidInput(error, language: output.lang)
        }
        Console.report(loaded.warnings, language: output.lang)
        let portfolio = loaded.portfolio
        do {
            if let exportLP { try Console.writeAtomically(try AssignmentOptimizer.cplexLP(of: portfolio), to: exportLP, language: output.lang) }
            if let exportMPS {
                try Console.writeAtomically(try AssignmentOptimizer.freeMPS(of: portfolio), to: exportMPS, language: output.lang)
            }
            let options = AssignmentOptimizer.Options(
                alternatives: alternatives, timeLimit: timeLimit.map { .milliseconds(Int64($0 * 1000)) },
                explanationTimeLimit: .milliseconds(Int64(explainTimeLimit * 1000)))
            let result = try AssignmentOptimizer.optimize(portfolio, options: options)
            switch output.format {
            case .json:
                Console.out(try AssignmentJSON(portfolio, result: result, language: output.lang).encoded())
            case .markdown:
                Console.out(MarkdownRenderer().render(PortfolioReport(portfolio, result: result, language: output.lang).document()))
            case .text:
                Console.out(TextRenderer().render(PortfolioReport(portfolio, result: result, language: output.lang).document()))
            }
            if result.status == .infeasible { throw ExitCode(3) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Console.failure(String(describing: error), language: output.lang)
        }
    }
}
