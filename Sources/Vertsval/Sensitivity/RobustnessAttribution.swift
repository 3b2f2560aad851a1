/// What moves a case's ranking when the result is uncertain: the weights, the scores, or
/// both. Two more SMAA runs with the same options (same samples and seed) — one with only
/// the weights uncertain (every score at its given value), one with only the scores
/// uncertain (the weights as used) — are set next to the run with both.
///
/// Which source moves the result is decided on how far each alone takes the leader's share
/// of first place below 100 %: a source "moves" it when it takes at least 5 percentage
/// points away, and it is "the" source when it takes at least twice what the other does.
public struct RobustnessAttribution: Sendable {
    /// Which uncertainty moves who is first.
    public enum Source: String, Sendable, Hashable {
        /// Neither alone takes 5 percentage points from the leader.
        case neither
        /// The weights' uncertainty does (the scores' alone does not, or less than half as much).
        case weights
        /// The scores' ranges do.
        case scores
        /// Both, comparably.
        case both
    }

    /// A candidate's ranges on one criterion lying off its score: the mean of the range's
    /// values minus the score's value, times the criterion's weight (points of total).
    public struct Skew: Sendable, Hashable {
        /// The candidate.
        public let municipality: Municipality.ID
        /// The criterion.
        public let criterion: Criterion.ID
        /// Weighted offset of the range's mean from the score, in points of the total
        /// (positive: the range lies above the score).
        public let points: Double
    }

    /// P(first) per municipality (in `CaseRobustness.municipalities` order) with only the
    /// weights uncertain.
    public let weightsOnly: [Double]
    /// P(first) per municipality with only the scores uncertain.
    public let scoresOnly: [Double]
    /// The source that moves the result.
    public let source: Source
    /// The ranges that lie off their scores the most, largest first: those that favour
    /// another candidate (above its score) or count against the leader (below the
    /// leader's score). At most three per candidate.
    public let skews: [Skew]

    /// The share of first place a source must take from the leader to count.
    public static let threshold = 0.05

    /// Creates the attribution from the two single-source runs; `offsets[a][k]` is the
    /// mean of candidate a's value distribution on criterion k minus its score's value
    /// (nil when the score is fixed), `fractions` the weights used.
    init(
        weightsOnly: [Double], scoresOnly: [Double], leaderIndex: Int, offsets: [[Double?]], fractions: [Double],
        municipalities: [Municipality.ID], criteria: [Criterion.ID]
    ) {
        self.weightsOnly = weightsOnly
        self.scoresOnly = scoresOnly
        let byWeights = 1 - (weightsOnly.indices.contains(leaderIndex) ? weightsOnly[leaderIndex] : 1)
        let byScores = 1 - (scoresOnly.indices.contains(leaderIndex) ? scoresOnly[leaderIndex] : 1)
        switch (byWeights >= Self.threshold, byScores >= Self.threshold) {
        case (false, false): source = .neither
        case (true, false): source = .weights
        case (false, true): source = .scores
        case (true, true): source = byScores >= 2 * byWeights ? .scores : (byWeights >= 2 * byScores ? .weights : .both)
        }
        var skews: [Skew] = []
        for (a, row) in offsets.enumerated() where a < municipalities.count {
            var own: [Skew] = []
            for (k, offset) in row.enumerated() where k < criteria.count && k < fractions.count {
                guard let offset else { continue }
                let points = fractions[k] * offset
                let favoursOther = a != leaderIndex && points > 1e-9
                let againstLeader = a == leaderIndex && points < -1e-9
                if favoursOther || againstLeader { own.append(Skew(municipality: municipalities[a], criterion: criteria[k], points: points)) }
            }
            skews += own.sorted { abs($0.points) > abs($1.points) }.prefix(3)
        }
        self.skews = skews.sorted { abs($0.points) > abs($1.points) }
    }
}

extension ValueDistribution {
    /// The mean of the distribution.
    var mean: Double {
        switch self {
        case let .fixed(x): x
        case let .uniform(a, b): (a + b) / 2
        case let .discrete(values): values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        }
    }

    /// Whether the value varies.
    var isFixed: Bool {
        if case .fixed = self { return true }
        return false
    }
}
