import ArgumentParser
import Foundation
import Vertsval
import VertsvalReport
import VertsvalStudy

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

    @OptionGroup var limits: TimeLimitOptions

    @Option(name: .customLong("export-lp"), help: "Skriv modellen som CPLEX LP-fil hit.")
    var exportLP: String?

    @Option(name: .customLong("export-mps"), help: "Skriv modellen som fri MPS-fil (med OBJSENSE MAX) hit.")
    var exportMPS: String?

    @OptionGroup var rules: RuleOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (0...100).contains(alternatives) else { throw ValidationError("--alternatives must be between 0 and 100") }
    }

    func run() throws {
        let lang = output.lang
        let input = StudyInput(path: file, rulesOff: rules.tokens)
        let timeLimits = try Console.run(lang) { () throws(StudyError) in try limits.timeLimits() }
        if let exportLP {
            let text = try Console.run(lang) { () throws(StudyError) in try OptimizePortfolio.export(input, as: .cplexLP) }
            try Console.writeAtomically(text, to: exportLP, language: lang)
        }
        if let exportMPS {
            let text = try Console.run(lang) { () throws(StudyError) in try OptimizePortfolio.export(input, as: .freeMPS) }
            try Console.writeAtomically(text, to: exportMPS, language: lang)
        }
        let optimized = try Console.run(lang) { () throws(StudyError) in
            try OptimizePortfolio.run(.init(input: input, alternatives: alternatives, timeLimits: timeLimits))
        }
        Console.report(optimized.warnings, language: lang)
        Console.out(try StudyOutput.assignment(optimized, format: output.format, language: lang))
        if optimized.isInfeasible { throw ExitCode(3) }
    }
}

/// `--time-limit` and `--explain-time-limit`, in seconds; the defaults are the ones every
/// front-end uses (`StudyDefaults.timeLimits`).
struct TimeLimitOptions: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: "Tidsgrense per løysing, i sekund (standard 60).")
    var solve: Double?

    @Option(
        name: .customLong("explain-time-limit"),
        help: "Tidsgrense for heile forklaringa, i sekund (standard 60). Forklaringa løyser modellen på nytt for kvar regel og kvar flytta teneste; for store porteføljar tek det lang tid. Når grensa blir nådd, seier svaret kva som manglar.")
    var explanation: Double?

    /// The limits asked for, the defaults where none is given.
    func timeLimits() throws(StudyError) -> TimeLimits {
        var limits = StudyDefaults.timeLimits
        if let solve { limits.solve = try Self.duration(solve) }
        if let explanation { limits.explanation = try Self.duration(explanation) }
        return limits
    }

    static func duration(_ seconds: Double) throws(StudyError) -> Duration {
        guard seconds > 0, seconds <= 86_400 else { throw .timeLimitOutOfRange(seconds) }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
