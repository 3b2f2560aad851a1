public import ArgumentParser
import Vertsval
import VertsvalReport
import VertsvalStudy

/// Options every reporting command shares: language and format.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLIText.lang.text))
    var lang: Language = CLILanguage.fallback

    @Option(name: .long, help: ArgumentHelp(CLIText.format.text))
    var format: OutputFormat = .text
}

/// `--weight id=points`, repeatable: weights for this run only. Parsed by the application
/// layer (the same syntax as the web API), so a mistake is reported in the chosen language.
struct WeightOptions: ParsableArguments {
    @Option(
        name: .customLong("weight"),
        help: ArgumentHelp(CLIText.weight.text, valueName: CLIText.weightValueName.text))
    var items: [String] = []

    /// The adjustments, in the order given.
    func adjustments() throws(StudyError) -> [WeightSet.Adjustment] {
        var result: [WeightSet.Adjustment] = []
        for item in items { result.append(try WeightAdjustmentText.parse(item: item)) }
        return result
    }
}

/// `--score candidate.criterion=level`, repeatable: scores for this run only, in the syntax
/// the weights use; parsed by the application layer.
struct ScoreOptions: ParsableArguments {
    @Option(
        name: .customLong("score"),
        help: ArgumentHelp(CLIText.score.text, valueName: CLIText.scoreValueName.text))
    var items: [String] = []

    /// The adjustments, in the order given.
    func adjustments() throws(StudyError) -> [ScoreAdjustment] {
        var result: [ScoreAdjustment] = []
        for item in items { result.append(try ScoreAdjustmentText.parse(item: item)) }
        return result
    }
}

/// `--rule-off RULE`, repeatable: portfolio rules switched off for this run only.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .customLong("rule-off"),
        help: ArgumentHelp(
            CLIText.ruleOff.text, valueName: CLIText.ruleValueName.text))
    var tokens: [String] = []
}

extension OutputFormat: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {}

extension PDFProfile: ExpressibleByArgument {}
