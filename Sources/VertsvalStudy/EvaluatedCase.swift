public import Vertsval

/// A case evaluated with the weights of a request: the template's, then the case's
/// overrides, then a scenario's changes, then this run's. The one place weights are
/// combined.
public struct EvaluatedCase: Sendable {
    /// The case with its template and region (the files read include the scenario's).
    public let loaded: LoadedCase
    /// The evaluation.
    public let evaluation: Evaluation
    /// Its analyses (lead, swaps, cost sharing), computed once for every output.
    public let analysis: EvaluationAnalysis
    /// Where the weights come from.
    public let provenance: Provenance
    /// The board members' own judgements side by side, when the case refers to any.
    public let members: GroupView?

    /// Evaluates `loaded` with a scenario's changes and this run's adjustments (weights and
    /// scores; a changed score is the one every output shows).
    ///
    /// - Throws: `StudyError.weights` for an unknown criterion or unusable points.
    init(
        _ loaded: LoadedCase, scenario: (reference: ScenarioReference, weights: [(criterion: Criterion.ID, points: Double)])?,
        adjustments: [WeightSet.Adjustment], scores: [ScoreAdjustment] = [], scenarioScores: [ScenarioScore] = []
    ) throws(StudyError) {
        // Scores: the scenario's (each with its reason), then this run's.
        let filedCase = loaded.case
        var loaded = loaded
        var scoreChanges: [ScoreChange] = []
        var layers: [(adjustments: [ScoreAdjustment], origin: WeightSet.Origin)] = []
        if let scenario {
            layers += scenarioScores.map { score in
                (
                    [ScoreAdjustment(municipality: score.municipality, criterion: score.criterion, value: score.value.number)],
                    .scenario(title: scenario.reference.title, reason: score.reason)
                )
            }
        }
        layers.append((scores, .adjustment))
        for layer in layers {
            let applied = try ScoreAdjustmentText.apply(layer.adjustments, to: loaded, origin: layer.origin)
            loaded = applied.loaded
            for var change in applied.changes {
                if let earlier = scoreChanges.firstIndex(where: { $0.municipality == change.municipality && $0.criterion == change.criterion }) {
                    change.from = scoreChanges[earlier].from
                    scoreChanges.remove(at: earlier)
                }
                if change.from != change.to { scoreChanges.append(change) }
            }
        }
        var layered: [WeightSet.Adjustment] = []
        if let scenario {
            let origin = WeightSet.Origin.scenario(title: scenario.reference.title, reason: scenario.reference.reason)
            layered += scenario.weights.map { WeightSet.Adjustment(criterion: $0.criterion, points: $0.points, origin: origin) }
        }
        layered += adjustments.map { WeightSet.Adjustment(criterion: $0.criterion, points: $0.points, origin: .adjustment) }
        let weights: WeightSet
        do {
            weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides, layered: layered)
        } catch {
            throw .weights(error)
        }
        self.loaded = loaded
        self.evaluation = Evaluator.evaluate(loaded, weights: weights)
        self.analysis = EvaluationAnalysis(evaluation, filedCase: filedCase, scoreOrigins: scoreChanges.map(\.origin))
        self.provenance = Provenance(weights: weights, scenario: scenario?.reference, scores: scoreChanges)
        self.members = GroupView(evaluation)
    }

    /// The problems that did not stop loading.
    public var warnings: [Diagnostic] { loaded.warnings }
}

/// Use case: rank the candidates of a case (or a scenario) and explain the result.
public enum EvaluateCase {
    /// Evaluates the case or scenario of `input`.
    ///
    /// - Throws: `StudyError` for invalid files or weights, or when `input` is a portfolio.
    public static func run(_ input: StudyInput) throws(StudyError) -> EvaluatedCase {
        guard case .case(let evaluated) = try StudySubject.load(input, expecting: [.case, .scenario]) else {
            preconditionFailure("a case or scenario was asked for")
        }
        return evaluated
    }
}
