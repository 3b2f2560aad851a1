import ArgumentParser
import Foundation
import Vertsval
import VertsvalReport
import VertsvalStudy

/// `vertsval optimize PORTFOLIO`: assign the services to hosts under the balance rules.
struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: CLIText.optimizeAbstract.text,
        discussion: CLIText.optimizeDiscussion.text
    )

    @Argument(help: ArgumentHelp(CLIText.optimizeFile.text))
    var file: String

    @Option(help: ArgumentHelp(CLIText.optimizeAlternatives.text))
    var alternatives: Int = 0

    @OptionGroup var limits: TimeLimitOptions

    @Option(name: .customLong("export-lp"), help: ArgumentHelp(CLIText.optimizeExportLP.text))
    var exportLP: String?

    @Option(name: .customLong("export-mps"), help: ArgumentHelp(CLIText.optimizeExportMPS.text))
    var exportMPS: String?

    @Flag(help: ArgumentHelp(CLIText.optimizeTimings.text))
    var timings = false

    @OptionGroup var rules: RuleOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (0...100).contains(alternatives) else { throw ValidationError(CLIText.alternativesRange.text(in: output.lang)) }
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
        Console.out(try StudyOutput.assignment(optimized, format: output.format, language: lang, width: Console.width, solveTimes: timings))
        if optimized.isInfeasible { throw ExitCode(3) }
    }
}

/// `--time-limit` and `--explain-time-limit`, in seconds; the defaults are the ones every
/// front-end uses (`StudyDefaults.timeLimits`).
struct TimeLimitOptions: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: ArgumentHelp(CLIText.timeLimitSolve.text))
    var solve: Double?

    @Option(
        name: .customLong("explain-time-limit"),
        help: ArgumentHelp(CLIText.timeLimitExplanation.text))
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
