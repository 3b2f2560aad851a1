public import Vertsval
public import VertsvalStudy

/// What a member's inputs give, for the judgement page: weights in percent by criterion id,
/// the figures of pairwise comparisons, and who ranks first under the weights.
public struct JudgementPreviewJSON: Encodable, Sendable {
    /// One pairwise judgement that fits the weights least.
    public struct Discrepancy: Encodable, Sendable {
        public let first: Criterion.ID
        public let second: Criterion.ID
        /// The judgement as given, `3` or `1/3`.
        public let given: String
        /// The value that would fit the weights.
        public let consistent: String
        /// εᵢⱼ = aᵢⱼ · wⱼ / wᵢ (1 fits exactly).
        public let ratio: Double
    }

    /// λmax, CI, RI and CR of pairwise comparisons.
    public struct Pairwise: Encodable, Sendable {
        public let lambdaMax: Double
        public let consistencyIndex: Double
        public let randomIndex: Double
        public let consistencyRatio: Double
        /// Whether CR is within Saaty's 0,10.
        public let acceptable: Bool
        /// The judgements that fit least (only when CR > 0,10).
        public let worst: [Discrepancy]
        /// The consistency in words, as in the report.
        public let sentence: String
    }

    /// A candidate's total under the weights.
    public struct Total: Encodable, Sendable {
        public let municipality: Municipality.ID
        public let name: String
        public let total: Double
    }

    /// Criterion id → weight in percent.
    public let weights: [String: Double]
    public let pairwise: Pairwise?
    /// The names of the candidates first under the weights.
    public let first: [String]
    public let totals: [Total]

    /// The JSON of `preview`.
    public init(_ preview: JudgementPreview) {
        let criteria = preview.evaluation.template.criteria.map(\.id)
        weights = Dictionary(uniqueKeysWithValues: zip(criteria.map(\.rawValue), preview.weights.map { 100 * $0 }))
        pairwise = preview.pairwise.map { result in
            Pairwise(
                lambdaMax: result.lambdaMax, consistencyIndex: result.consistencyIndex, randomIndex: result.randomIndex,
                consistencyRatio: result.consistencyRatio, acceptable: result.isAcceptable,
                worst: result.worstJudgements().map {
                    Discrepancy(
                        first: criteria[$0.first], second: criteria[$0.second], given: SaatyValue.nearest(to: $0.given).description,
                        consistent: $0.consistent.description, ratio: $0.ratio)
                }, sentence: preview.consistency ?? "")
        }
        let region = preview.evaluation.region
        first = preview.first.map { region.name(of: $0) }
        totals = preview.totals.map { Total(municipality: $0.municipality, name: region.name(of: $0.municipality), total: $0.total) }
    }
}
