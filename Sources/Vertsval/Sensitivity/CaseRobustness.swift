/// How robust a case's ranking is: SMAA-2 over the weights the template allows and the
/// scores' plausible ranges, for the candidates that pass the knock-out rules.
public struct CaseRobustness: Sendable {
    /// The evaluation analysed.
    public let evaluation: Evaluation
    /// The weight uncertainty used, and where it comes from.
    public let uncertainty: WeightUncertainty
    /// Why the case deviates from the template's uncertainty, when it does.
    public let reason: LocalizedText?
    /// The municipalities analysed (the ranked ones), in the SMAA problem's order.
    public let municipalities: [Municipality.ID]
    /// The criteria, in the SMAA problem's order.
    public let criteria: [Criterion.ID]
    /// Whether any score has a low–high range.
    public let scoresUncertain: Bool
    /// The SMAA-2 result.
    public let result: SMAAResult
    /// What moves the result, when both the weights and the scores are uncertain: two
    /// more runs with the same samples and seed, each with one source only. Nil when only
    /// one source is uncertain (the result is then that source's).
    public let attribution: RobustnessAttribution?

    /// Runs SMAA-2 for `evaluation`.
    ///
    /// - Parameters:
    ///   - weightSpread: a relative spread (0.2 = ±20 %) that replaces the template's and
    ///     the case's for this run.
    /// - Throws: `SMAAError` when the weight space is empty or too thin to sample.
    public init(_ evaluation: Evaluation, options: SMAAOptions, weightSpread: Double? = nil) throws(SMAAError) {
        self.evaluation = evaluation
        let template = evaluation.template
        var uncertainty = template.weightUncertainty
        var reason: LocalizedText?
        if let override = evaluation.case.uncertainty {
            uncertainty = override.weights
            reason = override.reason
        }
        if let weightSpread { uncertainty = .spread(weightSpread) }
        self.uncertainty = uncertainty
        self.reason = weightSpread == nil ? reason : nil
        let ranked = evaluation.ranked
        self.municipalities = ranked.map(\.municipality.id)
        self.criteria = template.criteria.map(\.id)
        let problem = Self.problem(evaluation, uncertainty: uncertainty, useRanges: weightSpread == nil)
        self.scoresUncertain = problem.values.contains { row in
            row.contains { !$0.isFixed }
        }
        self.result = try SMAA.run(problem, options: options)
        self.attribution =
            scoresUncertain && uncertainty != .exact
            ? try Self.attribution(evaluation, problem: problem, options: options, municipalities: municipalities, criteria: criteria) : nil
    }

    /// The runs with one source of uncertainty each, and the ranges that lie off their scores.
    static func attribution(
        _ evaluation: Evaluation, problem: SMAAProblem, options: SMAAOptions, municipalities: [Municipality.ID], criteria: [Criterion.ID]
    ) throws(SMAAError) -> RobustnessAttribution? {
        guard let leader = evaluation.ranked.first?.municipality.id, let leaderIndex = municipalities.firstIndex(of: leader) else { return nil }
        let ranked = evaluation.ranked
        let scoreValues = ranked.map { result in criteria.map { result.values[$0] ?? 0 } }
        var weightsOnly = problem
        weightsOnly.values = problem.values.enumerated().map { a, row in row.enumerated().map { k, _ in .fixed(scoreValues[a][k]) } }
        var scoresOnly = problem
        let fractions = evaluation.weights.fractions
        scoresOnly.weights = .exact(fractions)
        let byWeights = try SMAA.run(weightsOnly, options: options).rankAcceptability.map { $0.first ?? 0 }
        let byScores = try SMAA.run(scoresOnly, options: options).rankAcceptability.map { $0.first ?? 0 }
        let offsets = problem.values.enumerated().map { a, row in
            row.enumerated().map { k, distribution -> Double? in distribution.isFixed ? nil : distribution.mean - scoreValues[a][k] }
        }
        return RobustnessAttribution(
            weightsOnly: byWeights, scoresOnly: byScores, leaderIndex: leaderIndex, offsets: offsets, fractions: fractions,
            municipalities: municipalities, criteria: criteria)
    }

    /// The SMAA problem of an evaluation: weights from `uncertainty`, values from the scores'
    /// low–high ranges (levels in the range with equal probability; measures uniform in
    /// value between the values at low and high; computed criteria fixed), or, for a score
    /// without a range but with several assessors, each assessor's score with equal
    /// probability.
    public static func problem(_ evaluation: Evaluation, uncertainty: WeightUncertainty, useRanges: Bool = true) -> SMAAProblem {
        let criteria = evaluation.template.criteria
        let weights = evaluation.weights
        let fractions = weights.fractions
        let model: WeightModel
        switch uncertainty {
        case .exact:
            model = .exact(fractions)
        case let .spread(spread):
            let total = weights.totalPoints
            var lower: [Double] = []
            var upper: [Double] = []
            for (index, criterion) in criteria.enumerated() {
                if useRanges, let range = criterion.weightRange, total > 0, !weights.changes.contains(where: { $0.criterion == criterion.id }) {
                    lower.append(range.lowerBound / total)
                    upper.append(range.upperBound / total)
                } else {
                    lower.append(fractions[index] * (1 - spread))
                    upper.append(fractions[index] * (1 + spread))
                }
            }
            model = .box(lower: lower, upper: upper)
        case .ordinal:
            let order = criteria.indices.sorted { (fractions[$0], -$0) > (fractions[$1], -$1) }
            model = .ordinal(order: order)
        case .noInformation:
            model = .uniform
        }
        let values = evaluation.ranked.map { result in
            criteria.map { criterion -> ValueDistribution in
                let value = result.values[criterion.id] ?? 0
                guard criterion.computed == nil, let score = evaluation.case.score(of: result.municipality.id, on: criterion.id)
                else { return .fixed(value) }
                // Several assessors and no range: each assessor's score is equally likely.
                if score.low == nil, score.high == nil {
                    let values = score.assessors.map { criterion.value(of: $0.value) }
                    return Set(values).count > 1 ? .discrete(values) : .fixed(value)
                }
                let low = score.low ?? score.value
                let high = score.high ?? score.value
                switch (low, high, criterion.scale) {
                case let (.level(a), .level(b), scale?):
                    let levels = scale.levels.filter { $0.level >= a && $0.level <= b }.map(\.value)
                    return levels.count > 1 ? .discrete(levels) : .fixed(value)
                default:
                    let a = criterion.value(of: low)
                    let b = criterion.value(of: high)
                    return a == b ? .fixed(value) : .uniform(min(a, b), max(a, b))
                }
            }
        }
        return SMAAProblem(alternatives: values.count, criteria: criteria.count, weights: model, values: values)
    }

    /// P(first) per municipality.
    public func firstRank(of municipality: Municipality.ID) -> Double? {
        municipalities.firstIndex(of: municipality).map { result.rankAcceptability[$0].first ?? 0 }
    }

    /// The criterion the result is most sensitive to: the one whose weight, alone, needs
    /// the smallest change in percentage points to swap the first two (the nearest weight
    /// swap, the same definition as every output uses), if any.
    public var mostSensitiveCriterion: Criterion.ID? {
        SwapAnalysis.nearestWeightSwap(in: evaluation)?.criterion
    }
}
