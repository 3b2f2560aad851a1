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

    /// The evaluation with the template's own weights and the case's own scores, when this
    /// one used other weights (the case's `weightOverrides`, a scenario or a change for this
    /// run) or other scores (a scenario's or this run's): what a what-if run is read against.
    /// nil when both are the case's.
    public let templateEvaluation: Evaluation?

    /// Where each score that differs from the case file comes from (a scenario or this run),
    /// one entry per changed score; empty when the scores are the case's.
    public let scoreOrigins: [WeightSet.Origin]

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
    ///
    /// - Parameters:
    ///   - filedCase: the case as its file has it, when `evaluation` ran on scores changed
    ///     for a scenario or this run; nil when the scores are the file's.
    ///   - scoreOrigins: where each changed score comes from.
    public init(_ evaluation: Evaluation, filedCase: Case? = nil, scoreOrigins: [WeightSet.Origin] = []) {
        self.evaluation = evaluation
        self.scoreOrigins = scoreOrigins
        lead = evaluation.comparison.map { LeadAnalysis($0) }
        swaps = SwapAnalysis(evaluation)
        let scoresChanged = filedCase != nil && !scoreOrigins.isEmpty
        if evaluation.weights.isChanged || scoresChanged, let weights = try? WeightSet(template: evaluation.template) {
            // The template's weights were validated when it was loaded; `try?` only guards
            // a template built in code with all weights zero, which has no baseline.
            let loaded = LoadedCase(
                case: scoresChanged ? filedCase ?? evaluation.case : evaluation.case, template: evaluation.template,
                region: evaluation.region, files: [], warnings: [])
            templateEvaluation = Evaluator.evaluate(loaded, weights: weights)
        } else {
            templateEvaluation = nil
        }
    }
}
