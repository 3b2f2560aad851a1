/// The outcome of an SMAA-2 run: rank acceptabilities, central weights and confidence
/// factors, each with its Monte Carlo standard error.
///
/// Definitions from Lahdelma & Salminen (2001), "SMAA-2", *Operations Research* 49(3),
/// 444–454: the rank acceptability index bᵣᵢ is the share of the weight-and-value space
/// that gives alternative i rank r; the central weight vector is the expected weight
/// vector given that i ranks first; the confidence factor is the probability that i
/// ranks first when the weights are fixed at its central weights.
///
/// Alternatives and ranks are numbered from 0 (rank 0 is first).
///
/// **Ties.** When k alternatives have equal totals in a sample, each of them gets 1/k of
/// the credit for each of the k ranks they share (and 1/k of a first place, with its
/// weight vector, when they tie for first). Rows and columns of `rankAcceptability`
/// therefore still sum to 1.
public struct SMAAResult: Sendable, Hashable {
    /// The number of samples N.
    public var samples: Int
    /// The seed used.
    public var seed: UInt64
    /// `rankAcceptability[alternative][rank]`, the share of samples with that rank.
    public var rankAcceptability: [[Double]]
    /// `sqrt(b(1 − b)/N)` for each rank acceptability b.
    public var rankStandardError: [[Double]]
    /// The mean weight vector over the samples where the alternative ranks first; `nil`
    /// when it never does.
    public var centralWeights: [[Double]?]
    /// Per weight: the sample standard deviation over those samples divided by the square
    /// root of their number; `nil` when the alternative was first fewer than 2 times.
    public var centralWeightStandardError: [[Double]?]
    /// The probability that the alternative ranks first with the weights fixed at its
    /// central weights, over the value uncertainty; `nil` without central weights.
    public var confidence: [Double?]
    /// `sqrt(p(1 − p)/Nc)` for each confidence factor p (0 when it was computed exactly).
    public var confidenceStandardError: [Double?]
    /// The number of value samples Nc per confidence factor; 0 when every value is
    /// certain, so that the factors are computed exactly from one evaluation.
    public var confidenceSamples: Int
    /// The share of weight draws accepted by the sampler: 1 except for `.box`, which
    /// samples by rejection (see `WeightSampler`).
    public var weightAcceptanceRate: Double

    /// The number of alternatives.
    public var alternatives: Int { rankAcceptability.count }

    /// The share of samples in which each alternative ranks first (b¹).
    public var firstRankAcceptability: [Double] { rankAcceptability.map { $0.first ?? 0 } }
}
