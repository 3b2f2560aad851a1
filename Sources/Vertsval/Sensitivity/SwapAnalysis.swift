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
        /// Who is first after the change: the runner-up, or any other candidate when the
        /// change knocks someone out or lets a third past both.
        public let newLeader: Municipality.ID
    }

    /// The weight swap nearest to the weight used: the smallest |weight at swap − weight
    /// now| over the criteria; on a tie, the first in template order. Nil when no single
    /// weight in 0–100 % swaps the first two.
    public let nearestWeightSwap: WeightSwap?
    /// The criteria whose weight alone cannot put the runner-up first, in template order.
    public let criteriaWithoutWeightSwap: [Criterion.ID]
    /// The smallest change of one score on a hand-scored criterion that changes who is
    /// first, through the whole model (knock-out rules included; the new leader can be any
    /// candidate); on a tie, the first in template order and candidate order. Nil when no
    /// such change exists (computed criteria are not rescored).
    public let smallestScoreChange: ScoreChange?
    /// The smallest such change per hand-scored criterion, in template order; a criterion
    /// without one is absent.
    public let scoreChanges: [Criterion.ID: ScoreChange]

    /// Chooses from the swaps of `evaluation`.
    public init(_ evaluation: Evaluation) {
        nearestWeightSwap = Self.nearestWeightSwap(in: evaluation)
        criteriaWithoutWeightSwap = evaluation.weightSwaps.filter { $0.weightAtSwap == nil }.map(\.criterion)
        let search = evaluation.ranked.count + evaluation.excluded.count >= 2 ? ScoreChangeSearch(evaluation) : nil
        let changes = evaluation.criteria.compactMap { criterion in search?.smallest(on: criterion) }
        scoreChanges = Dictionary(uniqueKeysWithValues: changes.map { ($0.criterion, $0) })
        smallestScoreChange = changes.min { $0.valueChange < $1.valueChange - 1e-9 }
    }

    /// The weight swap nearest to the weight used, in percentage points: the one definition
    /// of "the criterion the result is most sensitive to".
    public static func nearestWeightSwap(in evaluation: Evaluation) -> WeightSwap? {
        evaluation.weightSwaps.filter { $0.weightAtSwap != nil }.min { distance($0) < distance($1) }
    }

    /// How far the weight must move for `swap`, as a fraction.
    static func distance(_ swap: WeightSwap) -> Double {
        abs((swap.weightAtSwap ?? 0) - swap.weightNow)
    }
}
