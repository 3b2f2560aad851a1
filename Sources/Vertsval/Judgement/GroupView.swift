internal import Foundation

/// The board's own judgements of a case side by side: each member's weights next to the
/// template's, the group weight, the spread per criterion, who ranks first under whose
/// weights, and the same without the members from candidate municipalities.
///
/// **Group weight.** When every member gave pairwise comparisons, the group's judgements
/// are the geometric means of the members' judgements, aᵢⱼ = (Πₘ aᵢⱼ⁽ᵐ⁾)^(1/M), and the
/// group weight is that matrix's principal eigenvector: Aczél & Saaty (1983), "Procedures
/// for synthesizing ratio judgements", *Journal of Mathematical Psychology* 27(1), 93–102,
/// show that the geometric mean is the only such synthesis that keeps the reciprocal
/// property (the group's a over b is 1 / its b over a) and agrees with a unanimous board.
/// Otherwise — the members used different methods, so there are no common judgements to
/// combine — the group weight is the arithmetic mean of the members' normalised weights,
/// which is the centre of their weight vectors and sums to 1.
///
/// **Spread.** Per criterion, the least and largest member weight and the standard
/// deviation over the members (the population form, dividing by the number of members:
/// the board is described, not sampled).
///
/// **Impartiality.** A member whose municipality is a candidate is marked; the result is
/// also computed from the other members' judgements alone. The view only shows this:
/// whether a member is disqualified is for the body to decide (Public Administration Act
/// § 6), and declared interests are recorded in the case as before.
///
/// - Complexity: one evaluation per member, two for the group and the reference, each
///   O(a · c²) (see `Evaluator`); O(M · c²) to aggregate pairwise judgements.
public struct GroupView: Sendable {
    /// How the members' judgements are combined into the group weight.
    public enum Aggregation: String, Sendable, Hashable, Codable {
        /// The arithmetic mean of the members' normalised weights.
        case arithmeticMeanOfWeights
        /// The geometric mean of the members' pairwise judgements (Aczél & Saaty 1983).
        case geometricMeanOfJudgements
    }

    /// One member's judgement and what it gives.
    public struct Member: Sendable {
        /// The judgement as read.
        public let judgement: Judgement
        /// The member's weights in template order, summing to 1.
        public let weights: [Double]
        /// Eigenvector, λmax, CI and CR, for pairwise comparisons.
        public let pairwise: PairwiseResult?
        /// The candidates ranked first under the member's weights (more than one on a tie;
        /// none when every candidate is excluded).
        public let first: [Municipality.ID]
        /// Every ranked candidate's total under the member's weights, by rank.
        public let totals: [(municipality: Municipality.ID, total: Double)]
        /// Whether the member's municipality is a candidate in the case.
        public let fromCandidate: Bool
    }

    /// A result under one set of weights.
    public struct Outcome: Sendable {
        /// The weights, in template order, summing to 1.
        public let weights: [Double]
        /// How they were combined.
        public let aggregation: Aggregation
        /// The members whose judgements went in, by index into `members`.
        public let memberIndices: [Int]
        /// The candidates ranked first (more than one on a tie).
        public let first: [Municipality.ID]
        /// Every ranked candidate's total, by rank.
        public let totals: [(municipality: Municipality.ID, total: Double)]
    }

    /// The spread of the members' weights on one criterion.
    public struct Spread: Sendable, Hashable {
        /// The criterion.
        public let criterion: Criterion.ID
        /// The smallest member weight.
        public let minimum: Double
        /// The largest member weight.
        public let maximum: Double
        /// The mean member weight.
        public let mean: Double
        /// The standard deviation over the members (population form).
        public let standardDeviation: Double
    }

    /// How an assessor who is a member scored their own municipality against how the other
    /// assessors scored it, on one criterion.
    public struct OwnScore: Sendable, Hashable {
        /// The member (index into `members`).
        public let member: Int
        /// The assessor id in the case.
        public let assessor: Assessor.ID
        /// The member's municipality, scored.
        public let municipality: Municipality.ID
        /// The criterion.
        public let criterion: Criterion.ID
        /// The member's own score.
        public let own: Double
        /// The mean of the other assessors' scores.
        public let others: Double
        /// How many other assessors scored it.
        public let otherCount: Int

        /// own − others, in the criterion's units (levels or the measure's unit).
        public var difference: Double { own - others }
    }

    /// The criteria in template order.
    public let criteria: [Criterion.ID]
    /// The template's weights in template order, summing to 1.
    public let templateWeights: [Double]
    /// The candidates ranked first under the template's weights.
    public let templateFirst: [Municipality.ID]
    /// Every member, in the order the case lists the judgements.
    public let members: [Member]
    /// The group's result.
    public let group: Outcome
    /// The spread per criterion, in template order.
    public let spread: [Spread]
    /// The result from the members who are not from a candidate municipality; nil when
    /// no member is from one (nothing to leave out) or every member is (no one left).
    public let withoutCandidateMembers: Outcome?
    /// Own-municipality scores of members who are assessors in the case.
    public let ownScores: [OwnScore]

    /// The view of the judgements in `evaluation`'s case.
    ///
    /// - Returns: nil when the case has no judgements.
    public init?(_ evaluation: Evaluation) {
        let judgements = evaluation.case.judgements
        guard !judgements.isEmpty else { return nil }
        let loaded = LoadedCase(case: evaluation.case, template: evaluation.template, region: evaluation.region, files: [], warnings: [])
        let criteria = evaluation.template.criteria.map(\.id)
        self.criteria = criteria
        let templateEvaluation = (try? WeightSet(template: evaluation.template)).map { Evaluator.evaluate(loaded, weights: $0) } ?? evaluation
        templateWeights = templateEvaluation.weights.fractions
        templateFirst = Self.first(of: templateEvaluation)
        let candidates = Set(evaluation.case.candidates.map(\.municipality))
        let members = judgements.map { judgement in
            let pairwise = judgement.pairwise?.solve()
            let weights = pairwise?.weights ?? judgement.weights
            let result = Self.evaluate(loaded, weights: weights)
            return Member(
                judgement: judgement, weights: weights, pairwise: pairwise, first: Self.first(of: result), totals: Self.totals(of: result),
                fromCandidate: candidates.contains(judgement.municipality))
        }
        self.members = members
        group = Self.outcome(of: Array(members.indices), members: members, loaded: loaded)
        spread = criteria.indices.map { k in
            let values = members.map { $0.weights[k] }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            return Spread(
                criterion: criteria[k], minimum: values.min() ?? 0, maximum: values.max() ?? 0, mean: mean,
                standardDeviation: variance.squareRoot())
        }
        let neutral = members.indices.filter { !members[$0].fromCandidate }
        withoutCandidateMembers =
            neutral.isEmpty || neutral.count == members.count ? nil : Self.outcome(of: neutral, members: members, loaded: loaded)
        ownScores = Self.ownScores(members: members, case: evaluation.case, criteria: criteria)
    }

    /// The number of members under whose weights `municipality` is first (alone or tied).
    public func membersWithFirst(_ municipality: Municipality.ID, among indices: [Int]? = nil) -> Int {
        (indices ?? Array(members.indices)).filter { members[$0].first.contains(municipality) }.count
    }

    /// The members from candidate municipalities, by index.
    public var candidateMembers: [Int] { members.indices.filter { members[$0].fromCandidate } }

    /// Each member's weight vector, for an SMAA run over the members' views.
    public var memberWeightVectors: [[Double]] { members.map(\.weights) }

    /// The candidates first and every ranked candidate's total under `weights` (template
    /// order, summing to 1), evaluated as each member's weights are.
    public static func ranking(
        under weights: [Double], of evaluation: Evaluation
    ) -> (first: [Municipality.ID], totals: [(municipality: Municipality.ID, total: Double)]) {
        let loaded = LoadedCase(case: evaluation.case, template: evaluation.template, region: evaluation.region, files: [], warnings: [])
        let result = evaluate(loaded, weights: weights)
        return (first(of: result), totals(of: result))
    }

    // MARK: Computation

    static func evaluate(_ loaded: LoadedCase, weights: [Double]) -> Evaluation {
        let adjustments = zip(loaded.template.criteria, weights).map { WeightSet.Adjustment(criterion: $0.id, points: 100 * $1) }
        guard let set = try? WeightSet(template: loaded.template, layered: adjustments) else {
            preconditionFailure("member weights are non-negative and sum to 1")
        }
        return Evaluator.evaluate(loaded, weights: set)
    }

    static func first(of evaluation: Evaluation) -> [Municipality.ID] {
        evaluation.ranked.filter { $0.rank == 1 }.map(\.municipality.id)
    }

    static func totals(of evaluation: Evaluation) -> [(municipality: Municipality.ID, total: Double)] {
        evaluation.ranked.map { ($0.municipality.id, $0.total) }
    }

    static func outcome(of indices: [Int], members: [Member], loaded: LoadedCase) -> Outcome {
        let chosen = indices.map { members[$0] }
        let allPairwise = chosen.allSatisfy { $0.judgement.pairwise != nil }
        let weights: [Double]
        let aggregation: Aggregation
        if allPairwise, let matrix = geometricMean(chosen.compactMap(\.judgement.pairwise)) {
            weights = matrix.solve().weights
            aggregation = .geometricMeanOfJudgements
        } else {
            let n = chosen.first?.weights.count ?? 0
            weights = (0..<n).map { k in chosen.reduce(0) { $0 + $1.weights[k] } / Double(chosen.count) }
            aggregation = .arithmeticMeanOfWeights
        }
        let result = evaluate(loaded, weights: weights)
        return Outcome(weights: weights, aggregation: aggregation, memberIndices: indices, first: first(of: result), totals: totals(of: result))
    }

    /// The element-wise geometric mean of pairwise matrices of one order.
    public static func geometricMean(_ matrices: [PairwiseComparison]) -> PairwiseComparison? {
        guard let n = matrices.first?.count, matrices.allSatisfy({ $0.count == n }) else { return nil }
        let m = Double(matrices.count)
        let entries = (0..<(n * n)).map { index in
            exp(matrices.reduce(0) { $0 + log($1.matrix[index]) } / m)
        }
        return PairwiseComparison(count: n, matrix: entries)
    }

    static func ownScores(members: [Member], case caseFile: Case, criteria: [Criterion.ID]) -> [OwnScore] {
        var result: [OwnScore] = []
        for (index, member) in members.enumerated() {
            guard let assessor = member.judgement.assessor, member.fromCandidate else { continue }
            let home = member.judgement.municipality
            for criterion in criteria {
                guard let score = caseFile.score(of: home, on: criterion),
                    let own = score.assessors.first(where: { $0.assessor == assessor })
                else { continue }
                let others = score.assessors.filter { $0.assessor != assessor }.map(\.value.number)
                guard !others.isEmpty else { continue }
                result.append(
                    OwnScore(
                        member: index, assessor: assessor, municipality: home, criterion: criterion, own: own.value.number,
                        others: others.reduce(0, +) / Double(others.count), otherCount: others.count))
            }
        }
        return result
    }
}
