import ArgumentParser
import Foundation
import Vertsval
import VertsvalReport

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

    @Option(
        name: .customLong("weight"),
        help: ArgumentHelp("Set poeng på eit kriterium for denne køyringa, til dømes fagmiljo=30. Kan gjentakast.", valueName: "id=poeng"))
    var weights: [WeightAdjustment] = []

    @OptionGroup var output: OutputOptions

    func run() throws {
        let scenario: LoadedScenario?
        let loaded: LoadedCase
        do {
            if Loader.kind(ofFileAt: file) == .scenario {
                let found = try Loader.loadScenario(at: file)
                scenario = found
                loaded = found.loadedCase
            } else {
                scenario = nil
                loaded = try Loader.loadCase(at: file)
            }
        } catch {
            throw Console.invalidInput(error, language: output.lang)
        }
        let weightSet: WeightSet
        do {
            let adjustments = (scenario?.scenario.weights ?? []) + weights.map { ($0.criterion, $0.points) }
            if let scenario, weights.isEmpty {
                weightSet = try scenario.weights()
            } else {
                weightSet = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides, adjustments: adjustments)
            }
        } catch {
            throw Console.badFlag(error.message(in: output.lang), language: output.lang)
        }
        Console.report(loaded.warnings, language: output.lang)
        let evaluation = Evaluator.evaluate(loaded, weights: weightSet)
        switch output.format {
        case .json:
            let warnings = loaded.warnings.map { Console.format($0, language: output.lang) }
            Console.out(try EvaluationJSON(evaluation, language: output.lang, warnings: warnings).encoded())
        case .markdown:
            Console.out(MarkdownRenderer().render(CaseReport(evaluation, language: output.lang).document()))
        case .text:
            Console.out(TextRenderer().render(CaseReport(evaluation, language: output.lang).document()))
        }
    }
}

/// `id=points` from the command line.
struct WeightAdjustment: ExpressibleByArgument {
    var criterion: String
    var points: Double

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let points = Double(parts[1].replacingOccurrences(of: ",", with: ".")), points.isFinite, points >= 0
        else { return nil }
        self.criterion = String(parts[0])
        self.points = points
    }
}
