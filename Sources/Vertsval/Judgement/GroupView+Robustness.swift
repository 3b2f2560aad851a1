/// SMAA-2 over the members' own weights: how the ranking holds across the board's
/// disagreement, not only across a spread around the template.
public struct MembersRobustness: Sendable {
    /// The municipalities analysed (the ranked ones), in the SMAA problem's order.
    public let municipalities: [Municipality.ID]
    /// Whether any score has a low–high range (or several assessors), so that values vary
    /// too.
    public let scoresUncertain: Bool
    /// The SMAA-2 result.
    public let result: SMAAResult
    /// How many members' weight vectors the draws take from.
    public let memberCount: Int

    /// P(first) of `municipality`.
    public func firstRank(of municipality: Municipality.ID) -> Double? {
        municipalities.firstIndex(of: municipality).map { result.rankAcceptability[$0].first ?? 0 }
    }
}

extension GroupView {
    /// Runs SMAA-2 with the members' weight vectors as the weight distribution
    /// (`WeightModel.discrete`: each draw takes one member's weights, every member equally
    /// likely) and the scores' plausible ranges as in the case's own robustness analysis
    /// (`CaseRobustness.problem`).
    ///
    /// With certain scores, the share of draws in which a candidate is first is the share
    /// of members under whose weights it is first (up to sampling error).
    ///
    /// - Throws: `SMAAError` for unusable options.
    public func robustness(of evaluation: Evaluation, options: SMAAOptions) throws(SMAAError) -> MembersRobustness {
        var problem = CaseRobustness.problem(evaluation, uncertainty: .exact)
        problem.weights = .discrete(memberWeightVectors)
        let uncertain = problem.values.contains { row in row.contains { !$0.isFixed } }
        return MembersRobustness(
            municipalities: evaluation.ranked.map(\.municipality.id), scoresUncertain: uncertain, result: try SMAA.run(problem, options: options),
            memberCount: memberWeightVectors.count)
    }
}
