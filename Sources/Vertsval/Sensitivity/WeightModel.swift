/// What is known about the criterion weights: the weight space that SMAA-2 samples from.
///
/// Every model describes a subset of the simplex {w ≥ 0, Σw = 1} and samples it uniformly,
/// as in Lahdelma & Salminen (2001), "SMAA-2: Stochastic multicriteria acceptability
/// analysis for group decision making", *Operations Research* 49(3), 444–454, §3.
/// `WeightSampler` documents how each one is drawn.
public enum WeightModel: Sendable, Hashable {
    /// Known weights, one per criterion, non-negative and summing to 1 (within 1e-6; they
    /// are then renormalised).
    case exact([Double])
    /// No information: uniform on the whole simplex.
    case uniform
    /// Uniform on {w ≥ 0, Σw = 1, lower ≤ w ≤ upper}: an interval per criterion, e.g. the
    /// template weight ± 20 %. The intervals must admit a weight vector that sums to 1.
    case box(lower: [Double], upper: [Double])
    /// A complete ranking of the criteria by importance: `w[order[0]] ≥ w[order[1]] ≥ …`,
    /// uniform on that part of the simplex. `order` is a permutation of `0..<criteria`.
    case ordinal(order: [Int])
    /// A finite set of weight vectors, each drawn with equal probability: the board
    /// members' own weights, so that the analysis runs over the board's actual views
    /// (each vector non-negative and summing to 1, within 1e-6; they are renormalised).
    case discrete([[Double]])
}
