/// The full result of evaluating a case: values, totals, ranking, exclusions, and the
/// structures every explanation is generated from.
public struct Evaluation: Sendable {
    /// The case evaluated.
    public let `case`: Case
    /// Its template.
    public let template: Template
    /// Its region.
    public let region: Region
    /// The weights used.
    public let weights: WeightSet
    /// Every candidate: ranked ones first by rank, then excluded ones in case order.
    public let candidates: [CandidateResult]
    /// The comparison of the first- and second-ranked candidates, when there are two.
    public let comparison: PairComparison?
    /// For each criterion, the weight at which the first two swap places.
    public let weightSwaps: [WeightSwap]
    /// For each criterion, the smallest single score change that swaps the first two.
    public let scoreSwaps: [ScoreSwap]

    /// Candidates that passed the knock-out rules, by rank.
    public var ranked: [CandidateResult] { candidates.filter { $0.rank != nil } }

    /// Candidates excluded by a knock-out rule.
    public var excluded: [CandidateResult] { candidates.filter(\.isExcluded) }

    /// The result for `municipality`.
    public func result(for municipality: Municipality.ID) -> CandidateResult? {
        candidates.first { $0.municipality.id == municipality }
    }

    /// The criteria in template order.
    public var criteria: [Criterion] { template.criteria }

    /// The first two's margin as a reader computes it from the totals shown with
    /// `decimals` places (68,6 − 66,3 = 2,3, whatever the unrounded margin is).
    public func shownMargin(_ comparison: PairComparison, decimals: Int = 1) -> Double {
        guard let leader = result(for: comparison.leader), let runnerUp = result(for: comparison.runnerUp) else {
            return ShownRounding.rounded(comparison.margin, decimals: decimals)
        }
        return ShownRounding.difference(leader.total, runnerUp.total, decimals: decimals)
    }

    /// Each candidate's contributions as shown with `decimals` places: rounded so that they
    /// add up to its shown total.
    public func shownContributions(of candidate: CandidateResult, decimals: Int = 1) -> [Criterion.ID: Double] {
        let parts = ShownRounding.apportioned(criteria.map { candidate.contributions[$0.id] ?? 0 }, decimals: decimals)
        return Dictionary(uniqueKeysWithValues: zip(criteria.map(\.id), parts))
    }

    /// Each criterion's part of the first two's margin as shown: the difference of their
    /// shown contributions, so that the parts add up to `shownMargin`.
    public func shownDifferences(_ comparison: PairComparison, decimals: Int = 1) -> [Criterion.ID: Double] {
        guard let leader = result(for: comparison.leader), let runnerUp = result(for: comparison.runnerUp) else {
            return comparison.byCriterion.mapValues { ShownRounding.rounded($0, decimals: decimals) }
        }
        let a = shownContributions(of: leader, decimals: decimals)
        let b = shownContributions(of: runnerUp, decimals: decimals)
        return a.merging(b) { $0 - $1 }.mapValues { ShownRounding.rounded($0, decimals: decimals) }
    }
}

/// One candidate's result.
public struct CandidateResult: Sendable {
    /// The municipality.
    public let municipality: Municipality
    /// The raw score per criterion (levels, measures, or computed quantities).
    public let raw: [Criterion.ID: ScoreValue]
    /// The value 0–100 per criterion.
    public let values: [Criterion.ID: Double]
    /// Weighted value per criterion: points of the 0–100 total.
    public let contributions: [Criterion.ID: Double]
    /// The weighted total, 0–100.
    public let total: Double
    /// 1 for the best; equal totals share a rank. Nil when excluded.
    public let rank: Int?
    /// Why the candidate is excluded; empty when it is not.
    public let exclusions: [Exclusion]
    /// Details of computed criteria, for explanations.
    public let computed: [Criterion.ID: ComputedValue]

    /// Whether a knock-out rule excludes the candidate.
    public var isExcluded: Bool { !exclusions.isEmpty }
}

/// Why a knock-out rule excludes a candidate.
public struct Exclusion: Sendable {
    /// What was found.
    public enum Finding: Sendable, Hashable {
        /// The candidate has not declared willingness (`declared` is nil when not stated).
        case notWilling(declared: Bool?)
        /// The level is below the minimum.
        case belowMinimumLevel(level: Int, minimum: Int)
        /// The measure is worse than the limit.
        case worseThanLimit(value: Double, limit: Double)
    }

    /// The rule.
    public let rule: KnockoutRule
    /// What was found.
    public let finding: Finding
}

/// A quantity computed from region data, with what it was computed from.
public enum ComputedValue: Sendable, Hashable {
    /// Population-weighted travel time in minutes, and the longest single trip.
    case travelTime(minutes: Double, longest: Double, longestFrom: Municipality.ID)
    /// Hosted arrangements (or FTE) of the candidate and of the region, and population share.
    case hostedShare(hosted: Double, total: Double, share: Double, populationShare: Double)
}

/// The comparison of two candidates, criterion by criterion.
public struct PairComparison: Sendable {
    /// The first-ranked candidate.
    public let leader: Municipality.ID
    /// The second-ranked candidate.
    public let runnerUp: Municipality.ID
    /// total(leader) − total(runnerUp), in points.
    public let margin: Double
    /// Each criterion's part of the margin (weight × difference in value), summing to it.
    public let byCriterion: [Criterion.ID: Double]
    /// Criteria where the leader is ahead, largest first.
    public let favouringLeader: [Criterion.ID]
    /// Criteria where the runner-up is ahead, largest first.
    public let favouringRunnerUp: [Criterion.ID]
    /// Criteria on which the leader's advantage alone is larger than the margin: without
    /// it, the runner-up would be first.
    public let pivotal: [Criterion.ID]
    /// Whether the leader is at least as good on every criterion and better on one.
    public let leaderDominates: Bool
}

/// The weight of one criterion at which the first two candidates swap places, all other
/// weights rescaled in proportion.
public struct WeightSwap: Sendable {
    /// The criterion.
    public let criterion: Criterion.ID
    /// Its weight now, as a fraction.
    public let weightNow: Double
    /// The weight at which the two are equal, as a fraction; nil when no weight in 0–100 %
    /// swaps them.
    public let weightAtSwap: Double?
    /// When a third candidate would take first place before the runner-up does (only with
    /// three or more candidates): who, and at which weight.
    public let otherLeaderFirst: (candidate: Municipality.ID, weight: Double)?
}

/// The smallest change of one score on one criterion that puts the runner-up first.
public struct ScoreSwap: Sendable {
    /// One way to swap the two: change one candidate's score.
    public struct Option: Sendable, Hashable {
        /// The candidate whose score would change.
        public let municipality: Municipality.ID
        /// The score now.
        public let from: ScoreValue
        /// The score needed: for a level, the nearest level that swaps; for a measure, the
        /// tie point (the runner-up wins beyond it).
        public let to: ScoreValue
        /// For measures: whether the score must go above (`true`) or below `to`.
        public let beyondIsAbove: Bool

        /// Creates an option.
        public init(municipality: Municipality.ID, from: ScoreValue, to: ScoreValue, beyondIsAbove: Bool) {
            self.municipality = municipality
            self.from = from
            self.to = to
            self.beyondIsAbove = beyondIsAbove
        }
    }

    /// The criterion.
    public let criterion: Criterion.ID
    /// Lowering the leader's score, when possible.
    public let lowerLeader: Option?
    /// Raising the runner-up's score, when possible.
    public let raiseRunnerUp: Option?
    /// Whether the criterion is computed from region data (not changed by rescoring).
    public let isComputed: Bool
}
