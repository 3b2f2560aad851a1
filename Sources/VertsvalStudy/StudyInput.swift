public import Vertsval

/// What every use case starts from: a data file (a case, a scenario or a portfolio), the
/// weights changed for this run only, and the rules switched off for this run only.
public struct StudyInput: Sendable {
    /// The data file, as a path the process can open.
    public var path: String
    /// Weights for this run only (`--weight`, a slider), applied after a scenario's.
    public var weights: [WeightSet.Adjustment]
    /// Scores for this run only (`--score`), applied after a scenario's.
    public var scores: [ScoreAdjustment]
    /// Tokens of the portfolio rules to switch off (`balance`, `together:a+b`, …).
    public var rulesOff: [String]

    /// Creates an input.
    public init(path: String, weights: [WeightSet.Adjustment] = [], scores: [ScoreAdjustment] = [], rulesOff: [String] = []) {
        self.path = path
        self.weights = weights
        self.scores = scores
        self.rulesOff = rulesOff
    }
}

/// A loaded input: a case (possibly through a scenario, with the weights applied) or a
/// portfolio (with the rules switched off).
public enum StudySubject: Sendable {
    /// A case, evaluated.
    case `case`(EvaluatedCase)
    /// A portfolio and the version of it with rules switched off.
    case portfolio(PortfolioInput)

    /// Loads `input` (parsing each file once) and applies its weights or rules.
    ///
    /// - Throws: `StudyError` for invalid files, weights or rules, or weights given for a
    ///   portfolio / rules for a case.
    public static func load(_ input: StudyInput, expecting kinds: [DataKind] = [.case, .scenario, .portfolio]) throws(StudyError)
        -> StudySubject
    {
        let file: LoadedFile
        do {
            file = try Loader.load(at: input.path, expecting: kinds)
        } catch {
            throw .invalidInput(error)
        }
        // The one check that nothing is computed from a file that is not filled in yet.
        let left = file.warnings.unfinished
        guard left.isEmpty else { throw .unfinished(left) }
        switch file {
        case .case(let loaded):
            guard input.rulesOff.isEmpty else { throw .rulesNeedPortfolio }
            return .case(try EvaluatedCase(loaded, scenario: nil, adjustments: input.weights, scores: input.scores))
        case .scenario(let scenario):
            guard input.rulesOff.isEmpty else { throw .rulesNeedPortfolio }
            let reference = ScenarioReference(
                id: scenario.scenario.id, title: scenario.scenario.title, reason: scenario.scenario.reason, path: input.path)
            return .case(
                try EvaluatedCase(
                    scenario.loadedCase, scenario: (reference, scenario.scenario.weights), adjustments: input.weights, scores: input.scores,
                    scenarioScores: scenario.scenario.scores))
        case .portfolio(let loaded):
            guard input.weights.isEmpty else { throw .weightsNeedCase }
            guard input.scores.isEmpty else { throw .scoresNeedCase }
            var off: [PortfolioRule] = []
            for token in input.rulesOff {
                let rule = try PortfolioRule.named(token, in: loaded.portfolio)
                if !off.contains(rule) { off.append(rule) }
            }
            let order = PortfolioRule.all(in: loaded.portfolio)
            off.sort { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
            return .portfolio(PortfolioInput(loaded: loaded, rulesOff: off))
        case .template, .region, .judgement:
            preconditionFailure("Loader.load(at:expecting:) returned a kind it was not asked for")
        }
    }
}

/// A loaded portfolio with the rules switched off for this run.
public struct PortfolioInput: Sendable {
    /// The portfolio as the files say, with its region and cases.
    public let loaded: LoadedPortfolio
    /// The rules switched off, in the portfolio's order.
    public let rulesOff: [PortfolioRule]

    /// The portfolio the analyses use: the file's, less the rules switched off.
    public var portfolio: Portfolio { loaded.portfolio.without(Set(rulesOff)) }

    /// The problems that did not stop loading.
    public var warnings: [Diagnostic] { loaded.warnings }
}
