public import Vertsval

/// The board members' own judgements in the evaluation JSON (`members`, present when the
/// case refers to judgements). Weights are percentages 0–100 keyed by criterion id.
public struct MembersJSON: Encodable, Sendable {
    /// One member.
    public struct Member: Encodable, Sendable {
        public let member: String
        public let municipality: Municipality.ID
        public let fromCandidateMunicipality: Bool
        /// `rank`, `swing` or `pairwise`.
        public let method: String
        /// `centroid`, `sum` or `reciprocal` for rank order.
        public let rule: String?
        public let illustrative: Bool
        public let file: String
        public let weights: [String: Double]
        /// The candidates first under the member's weights.
        public let first: [Municipality.ID]
        /// For pairwise comparisons: λmax, CI, RI and CR.
        public let lambdaMax: Double?
        public let consistencyIndex: Double?
        public let randomIndex: Double?
        public let consistencyRatio: Double?
    }

    /// A result under combined weights.
    public struct Outcome: Encodable, Sendable {
        /// `arithmeticMeanOfWeights` or `geometricMeanOfJudgements`.
        public let aggregation: String
        public let members: [String]
        public let weights: [String: Double]
        public let first: [Municipality.ID]
    }

    /// The spread of one criterion's member weights, percent.
    public struct Spread: Encodable, Sendable {
        public let minimum: Double
        public let maximum: Double
        public let standardDeviation: Double
    }

    public let members: [Member]
    /// The candidates first under the template's own weights.
    public let templateFirst: [Municipality.ID]
    public let group: Outcome
    /// The result from the members not from a candidate municipality; absent when there
    /// is nothing to leave out or no one left.
    public let withoutCandidateMunicipalities: Outcome?
    public let spread: [String: Spread]
    /// The view in words, in the output's language.
    public let sentences: [String]

    /// The JSON of `view`.
    public init(_ view: GroupView, evaluation: Evaluation, language: Language) {
        let ids = view.criteria.map(\.rawValue)
        func percent(_ weights: [Double]) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: zip(ids, weights.map { 100 * $0 }))
        }
        members = view.members.map { member in
            var rule: String?
            if case let .rank(_, given) = member.judgement.method { rule = given.rawValue }
            return Member(
                member: member.judgement.member, municipality: member.judgement.municipality, fromCandidateMunicipality: member.fromCandidate,
                method: member.judgement.method.kind.rawValue, rule: rule, illustrative: member.judgement.illustrative, file: member.judgement.path,
                weights: percent(member.weights), first: member.first, lambdaMax: member.pairwise?.lambdaMax,
                consistencyIndex: member.pairwise?.consistencyIndex, randomIndex: member.pairwise?.randomIndex,
                consistencyRatio: member.pairwise?.consistencyRatio)
        }
        func outcome(_ outcome: GroupView.Outcome) -> Outcome {
            Outcome(
                aggregation: outcome.aggregation.rawValue, members: outcome.memberIndices.map { view.members[$0].judgement.member },
                weights: percent(outcome.weights), first: outcome.first)
        }
        templateFirst = view.templateFirst
        group = outcome(view.group)
        withoutCandidateMunicipalities = view.withoutCandidateMembers.map(outcome)
        spread = Dictionary(
            uniqueKeysWithValues: view.spread.map {
                ($0.criterion.rawValue, Spread(minimum: 100 * $0.minimum, maximum: 100 * $0.maximum, standardDeviation: 100 * $0.standardDeviation))
            })
        let words = GroupExplanation(view, evaluation: evaluation, language: language)
        sentences = words.headline + [words.group] + words.consistency + words.impartiality + words.ownScores
    }
}
