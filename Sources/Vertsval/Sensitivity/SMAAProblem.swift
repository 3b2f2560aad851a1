/// A ranking problem for SMAA-2: alternatives scored on criteria by an additive value
/// model, total = Σ wⱼ · vₐⱼ, with uncertain weights and uncertain values.
///
/// Alternatives and criteria are numbered from 0; the caller keeps the names (municipality
/// and criterion ids). Values are on the 0–100 scale of the value functions, weights are
/// fractions that sum to 1.
///
/// ```swift
/// let problem = SMAAProblem(
///     weights: .uniform,
///     values: [[.fixed(100), .fixed(0)], [.fixed(0), .fixed(100)], [.uniform(50, 70), .fixed(60)]])
/// let result = try SMAA.run(problem, options: SMAAOptions(samples: 100_000, seed: 1))
/// ```
///
/// `SMAA.run` checks the problem and throws `SMAAError` for a bad shape or bad numbers.
public struct SMAAProblem: Sendable, Hashable {
    /// The number of alternatives (m), the rows of `values`.
    public var alternatives: Int
    /// The number of criteria (n), the columns of `values` and the length of a weight vector.
    public var criteria: Int
    /// What is known about the weights.
    public var weights: WeightModel
    /// The value of each alternative on each criterion, `values[alternative][criterion]`.
    public var values: [[ValueDistribution]]

    /// Creates a problem with explicit dimensions (checked against `values` when it runs).
    public init(alternatives: Int, criteria: Int, weights: WeightModel, values: [[ValueDistribution]]) {
        self.alternatives = alternatives
        self.criteria = criteria
        self.weights = weights
        self.values = values
    }

    /// Creates a problem whose dimensions are those of `values` (rows × columns of the first row).
    public init(weights: WeightModel, values: [[ValueDistribution]]) {
        self.init(alternatives: values.count, criteria: values.first?.count ?? 0, weights: weights, values: values)
    }
}
