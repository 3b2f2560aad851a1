/// The smallest changes that put the runner-up first: the nearest weight swap and the
/// smallest change of a single hand-given score.
///
/// Chosen from an evaluation's `weightSwaps` and `scoreSwaps`; explanations, charts and
/// reports read these fields instead of choosing for themselves.
///
/// - Complexity: O(criteria).
public struct SwapAnalysis: Sendable {
    /// One change of one score that swaps the first two, with its size.
    public struct ScoreChange: Sendable, Hashable {
        /// The criterion whose score changes.
        public let criterion: Criterion.ID
        /// Whose score changes, from what to what.
        public let option: ScoreSwap.Option
        /// The size of the change in value (0–100) on the criterion, so that levels and
        /// measured quantities compare on one scale.
        public let valueChange: Double
    }

    /// The weight swap nearest to the weight used: the smallest |weight at swap − weight
    /// now| over the criteria; on a tie, the first in template order. Nil when no single
    /// weight in 0–100 % swaps the first two.
    public let nearestWeightSwap: WeightSwap?
    /// The criteria whose weight alone cannot put the runner-up first, in template order.
    public let criteriaWithoutWeightSwap: [Criterion.ID]
    /// The smallest change of one score on a hand-scored criterion that puts the runner-up
    /// first; on a tie, the first in template order, raising the runner-up before lowering
    /// the leader. Nil when no such change exists (computed criteria are not rescored).
    public let smallestScoreChange: ScoreChange?

    /// Chooses from the swaps of `evaluation`.
    public init(_ evaluation: Evaluation) {
        let swapping = evaluation.weightSwaps.filter { $0.weightAtSwap != nil }
        nearestWeightSwap = swapping.min { Self.distance($0) < Self.distance($1) }
        criteriaWithoutWeightSwap = evaluation.weightSwaps.filter { $0.weightAtSwap == nil }.map(\.criterion)
        let template = evaluation.template
        let changes = evaluation.scoreSwaps.filter { !$0.isComputed }.flatMap { swap in
            [swap.raiseRunnerUp, swap.lowerLeader].compactMap { $0 }.map { option in
                ScoreChange(criterion: swap.criterion, option: option, valueChange: Self.valueChange(option, on: swap.criterion, in: template))
            }
        }
        smallestScoreChange = changes.min { $0.valueChange < $1.valueChange }
    }

    /// How far the weight must move for `swap`, as a fraction.
    static func distance(_ swap: WeightSwap) -> Double {
        abs((swap.weightAtSwap ?? 0) - swap.weightNow)
    }

    /// The change in value (0–100) that `option` takes on `criterion`; infinite when the
    /// template has no such criterion.
    static func valueChange(_ option: ScoreSwap.Option, on criterion: Criterion.ID, in template: Template) -> Double {
        guard let definition = template.criterion(criterion) else { return .infinity }
        return abs(definition.value(of: option.to) - definition.value(of: option.from))
    }
}
