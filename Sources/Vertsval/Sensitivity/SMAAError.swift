/// Why an SMAA-2 run cannot start (or, for a box of weights with almost no room, cannot
/// finish). Alternatives and criteria are numbered from 0, as in `SMAAProblem`.
///
/// `message(in:)` gives the wording; the cases hold only data.
public enum SMAAError: Error, Sendable, Hashable {
    /// Fewer than one alternative or one criterion.
    case emptyProblem(alternatives: Int, criteria: Int)
    /// `values` has a different number of rows than `alternatives`.
    case valueRowCount(expected: Int, found: Int)
    /// A row of `values` has a different length than `criteria`.
    case valueColumnCount(alternative: Int, expected: Int, found: Int)
    /// A value that is not finite or beyond ±10¹⁵, an interval with low > high, or an
    /// empty list.
    case invalidValue(alternative: Int, criterion: Int, ValueDistribution)
    /// A weight list (exact weights or box bounds) of the wrong length.
    case weightCount(expected: Int, found: Int)
    /// A weight or bound that is negative or not finite.
    case invalidWeight(criterion: Int, Double)
    /// Exact weights whose sum is not 1 (within 1e-6).
    case weightsDoNotSumToOne(Double)
    /// A box interval with lower > upper.
    case boxBoundsReversed(criterion: Int, lower: Double, upper: Double)
    /// A box that admits no weight vector summing to 1: Σ lower > 1 or Σ upper < 1.
    case boxInfeasible(lowerSum: Double, upperSum: Double)
    /// A box so thin that rejection sampling accepts fewer than 1 draw in 10 000
    /// (`WeightSampler.minimumAcceptanceRate`); the estimated rate.
    case boxTooNarrow(acceptanceRate: Double)
    /// An ordinal order that is not a permutation of `0..<criteria`.
    case invalidOrder([Int], criteria: Int)
    /// A sample count below 1 (or a negative number of confidence samples).
    case invalidSampleCount(Int)
    /// A thread count below 1.
    case invalidThreadCount(Int)
    /// The box sampler rejected this many draws in a row and gave up.
    case weightSamplingStalled(consecutiveRejections: Int)
}
