public import ArgumentParser
import Vertsval
import VertsvalReport
import VertsvalStudy

/// Options every reporting command shares: language and format.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Språk: nn (nynorsk), nb (bokmål) eller en (English).")
    var lang: Language = .nn

    @Option(name: .long, help: "Format: text, markdown eller json.")
    var format: OutputFormat = .text
}

/// `--weight id=points`, repeatable: weights for this run only. Parsed by the application
/// layer (the same syntax as the web API), so a mistake is reported in the chosen language.
struct WeightOptions: ParsableArguments {
    @Option(
        name: .customLong("weight"),
        help: ArgumentHelp("Set poeng på eit kriterium for denne køyringa, til dømes fagmiljo=30. Kan gjentakast.", valueName: "id=poeng"))
    var items: [String] = []

    /// The adjustments, in the order given.
    func adjustments() throws(StudyError) -> [WeightSet.Adjustment] {
        var result: [WeightSet.Adjustment] = []
        for item in items { result.append(try WeightAdjustmentText.parse(item: item)) }
        return result
    }
}

/// `--rule-off RULE`, repeatable: portfolio rules switched off for this run only.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .customLong("rule-off"),
        help: ArgumentHelp(
            "Slå av ein regel i porteføljen for denne køyringa: balance, fte, services, together:a+b eller apart:a+b. Kan gjentakast.",
            valueName: "regel"))
    var tokens: [String] = []
}

extension OutputFormat: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {}
