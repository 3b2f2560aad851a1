/// Everything explained about one evaluation, computed once: what carries the lead, the
/// smallest changes that swap the first two, the one-way curve of the nearest weight swap,
/// and how the service's budget is shared.
///
/// The case explanation, charts, report and JSON read these fields and only format them;
/// a caller that shows the evaluation several ways computes the analysis once and passes
/// it to each:
///
/// ```swift
/// let analysis = EvaluationAnalysis(Evaluator.evaluate(loaded, weights: weights))
/// let words = CaseExplanation(analysis, language: .nn)
/// ```
public struct EvaluationAnalysis: Sendable {
    /// The evaluation analysed.
    public let evaluation: Evaluation
    /// What carries the leader's lead; nil when fewer than two candidates are ranked.
    public let lead: LeadAnalysis?
    /// The nearest weight swap and the smallest score change.
    public let swaps: SwapAnalysis
    /// Every ranked candidate's total as the weight of the nearest swap's criterion moves
    /// from 0 to 100 %; nil when no weight swaps the first two. Computed when asked for
    /// (only the report's chart needs it; a weight slider's explanation does not).
    public var nearestSwapCurve: OneWaySensitivity? {
        swaps.nearestWeightSwap.flatMap { nearest in
            OneWaySensitivity.curves(for: evaluation, only: nearest.criterion).first
        }
    }

    /// The evaluation with the template's own weights, when this one used others (the
    /// case's `weightOverrides`, a scenario or a change for this run): what a what-if run is
    /// read against. nil when the weights are the template's.
    public let templateEvaluation: Evaluation?

    /// The service's budget shared by the case's cost key (or the region's), and, when the
    /// budget follows the host, under each candidate a knock-out rule leaves in (case
    /// order); computed when asked for (an explanation does not need it).
    public var costSharing: CostSharing {
        let excluded = Set(evaluation.excluded.map(\.municipality.id))
        return CostSharing(
            evaluation.case, template: evaluation.template, region: evaluation.region,
            hosts: evaluation.case.candidates.map(\.municipality).filter { !excluded.contains($0) })
    }

    /// Analyses `evaluation`.
    public init(_ evaluation: Evaluation) {
        self.evaluation = evaluation
        lead = evaluation.comparison.map { LeadAnalysis($0) }
        swaps = SwapAnalysis(evaluation)
        if evaluation.weights.isChanged, let weights = try? WeightSet(template: evaluation.template) {
            // The template's weights were validated when it was loaded; `try?` only guards
            // a template built in code with all weights zero, which has no baseline.
            let loaded = LoadedCase(
                case: evaluation.case, template: evaluation.template, region: evaluation.region, files: [], warnings: [])
            templateEvaluation = Evaluator.evaluate(loaded, weights: weights)
        } else {
            templateEvaluation = nil
        }
    }
}
