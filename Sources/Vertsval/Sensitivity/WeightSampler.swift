internal import SplitMix

/// Draws weight vectors uniformly from the weight space of a `WeightModel`.
///
/// Methods, following Lahdelma & Salminen (2001), "SMAA-2: Stochastic multicriteria
/// acceptability analysis for group decision making", *Operations Research* 49(3),
/// 444–454, and Tervonen & Lahdelma (2007), "Implementing stochastic multicriteria
/// acceptability analysis", *European Journal of Operational Research* 178(2), 500–513:
///
/// - **`.uniform`**: normalised exponentials, wᵢ = −ln Uᵢ / Σₖ(−ln Uₖ), which is uniform
///   on the simplex (a flat Dirichlet distribution).
/// - **`.box`**: first each interval is tightened to what the sum constraint allows,
///   lowerᵢ' = max(lowerᵢ, 1 − Σₖ≠ᵢ upperₖ) and upperᵢ' = min(upperᵢ, 1 − Σₖ≠ᵢ lowerₖ);
///   this is exactly the projection of the polytope on each axis, so the polytope is
///   unchanged. The coordinate with the widest tightened interval is the dependent one
///   (the first such on a tie). Each draw takes every other coordinate uniformly in its
///   interval, sets the dependent one to 1 − Σ others, and is accepted if that lies in its
///   interval (rejection). The map from the n − 1 free coordinates to the polytope is
///   affine with a constant Jacobian, so accepted draws are uniform on
///   {w ≥ 0, Σw = 1, lower ≤ w ≤ upper}. A box that is a single point (every tightened
///   interval empty) is treated as exact weights.
/// - **`.ordinal`**: a uniform simplex draw sorted in descending order and assigned to the
///   criteria in `order`. Sorting maps the simplex n!-to-1 onto the ordered cone with
///   unit Jacobian, so the result is uniform on it.
/// - **`.exact`**: the weights, renormalised to sum to exactly 1.
/// - **`.discrete`**: one of the given vectors (each renormalised), chosen uniformly by
///   multiply-shift on 32 random bits (bias below k · 2⁻³² for k vectors). The weight space is the vectors
///   themselves, not their convex hull: every draw is a view some member holds, and the
///   first-rank acceptability with certain values is the share of members under whose
///   weights the alternative is first.
///
/// **Rejection guard.** Creating a sampler for a box runs a pilot from a fixed seed of at
/// most 1 000 000 attempts (stopping at 100 acceptances) and throws
/// `SMAAError.boxTooNarrow` if the acceptance rate is below `minimumAcceptanceRate`
/// (10⁻⁴). While sampling, a draw that is rejected `maxConsecutiveRejections` (10⁶) times
/// in a row ends the run with `SMAAError.weightSamplingStalled` instead of looping on;
/// after a passed pilot that has probability below e⁻¹⁰⁰ per draw.
///
/// - Complexity: O(n) per draw for `.uniform`, `.exact` and `.discrete`, O(n²) worst case for
///   `.ordinal` (insertion sort), O(n / acceptance rate) expected for `.box`.
public struct WeightSampler: Sendable {
    /// How a draw is made.
    enum Kind: Sendable {
        case exact, simplex, box, ordinal, discrete
    }

    /// The fewest accepted draws per attempt that a box may have.
    public static let minimumAcceptanceRate = 1e-4
    /// The most rejected draws in a row before sampling gives up.
    public static let maxConsecutiveRejections = 1_000_000

    /// The model sampled.
    public let model: WeightModel
    /// The number of criteria n.
    public let criteria: Int
    /// The acceptance rate of the pilot run: 1 for every model but `.box`.
    public private(set) var estimatedAcceptanceRate: Double = 1

    let kind: Kind
    /// `.exact`: the weights; `.box`: the tightened lower bounds; else zeros.
    let low: [Double]
    /// `.box`: tightened upper − lower (0 for the dependent coordinate); else zeros.
    let span: [Double]
    /// `.box`: the dependent coordinate.
    let dependent: Int
    /// `.box`: the dependent coordinate's tightened interval.
    let dependentLow: Double
    /// `.box`: the dependent coordinate's tightened upper bound.
    let dependentHigh: Double
    /// `.ordinal`: the criteria from most to least important; else `0..<n`.
    let order: [Int]
    /// `.discrete`: the vectors, one after another (k · n numbers); else empty.
    let vectors: [Double]

    /// Checks `model` against `criteria` and prepares the sampler.
    ///
    /// - Throws: `SMAAError` for a wrong number of weights or bounds, a negative or
    ///   non-finite weight, exact weights that do not sum to 1, reversed or infeasible
    ///   bounds, a box with an acceptance rate below 10⁻⁴, or an order that is not a
    ///   permutation of `0..<criteria`.
    public init(_ model: WeightModel, criteria: Int) throws(SMAAError) {
        guard criteria >= 1 else { throw .emptyProblem(alternatives: 1, criteria: criteria) }
        self.model = model
        self.criteria = criteria
        let zeros = [Double](repeating: 0, count: criteria)
        var kind = Kind.simplex
        var low = zeros
        var span = zeros
        var dependent = 0
        var dependentLow = 0.0
        var dependentHigh = 0.0
        var order = Array(0..<criteria)
        var vectors: [Double] = []
        switch model {
        case .uniform:
            break
        case let .exact(weights):
            kind = .exact
            low = try Self.checkedExact(weights, criteria: criteria)
        case let .box(lower, upper):
            let bounds = try Self.tightenedBox(lower: lower, upper: upper, criteria: criteria)
            var widest = 0
            for i in 0..<criteria where bounds.upper[i] - bounds.lower[i] > bounds.upper[widest] - bounds.lower[widest] {
                widest = i
            }
            if bounds.upper[widest] - bounds.lower[widest] <= 1e-12 {
                kind = .exact
                let sum = bounds.lower.reduce(0, +)
                low = bounds.lower.map { $0 / sum }
            } else {
                kind = .box
                low = bounds.lower
                for i in 0..<criteria where i != widest { span[i] = bounds.upper[i] - bounds.lower[i] }
                dependent = widest
                dependentLow = bounds.lower[widest]
                dependentHigh = bounds.upper[widest]
            }
        case let .ordinal(given):
            guard given.count == criteria, Set(given) == Set(0..<criteria) else { throw .invalidOrder(given, criteria: criteria) }
            kind = .ordinal
            order = given
        case let .discrete(given):
            guard !given.isEmpty else { throw .weightCount(expected: criteria, found: 0) }
            kind = .discrete
            for vector in given { vectors += try Self.checkedExact(vector, criteria: criteria) }
        }
        self.kind = kind
        self.low = low
        self.span = span
        self.dependent = dependent
        self.dependentLow = dependentLow
        self.dependentHigh = dependentHigh
        self.order = order
        self.vectors = vectors
        if kind == .box {
            estimatedAcceptanceRate = pilotAcceptanceRate()
            guard estimatedAcceptanceRate >= Self.minimumAcceptanceRate else {
                throw .boxTooNarrow(acceptanceRate: estimatedAcceptanceRate)
            }
        }
    }

    /// Draws `count` weight vectors from one SplitMix64 stream seeded with `seed`.
    ///
    /// This is the generator `SMAA.run` uses (there, one stream per chunk of samples), so
    /// that it can be checked on its own: every vector is non-negative, sums to 1 and lies
    /// in the model's region.
    ///
    /// - Returns: the vectors, and accepted draws / attempts (1 unless `.box`).
    /// - Throws: `SMAAError.invalidSampleCount` for a negative count,
    ///   `SMAAError.weightSamplingStalled` if a draw is rejected 10⁶ times in a row.
    public func samples(count: Int, seed: UInt64) throws(SMAAError) -> (weights: [[Double]], acceptanceRate: Double) {
        guard count >= 0 else { throw .invalidSampleCount(count) }
        let drawer = WeightDrawer(self)
        defer { drawer.deallocate() }
        let w = UnsafeMutablePointer<Double>.allocate(capacity: criteria)
        defer { w.deallocate() }
        var rng = SplitMix64(seed: seed)
        var attempts = 0
        var result: [[Double]] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let tries = drawer.draw(into: w, rng: &rng)
            guard tries > 0 else { throw .weightSamplingStalled(consecutiveRejections: Self.maxConsecutiveRejections) }
            attempts += tries
            result.append(Array(UnsafeBufferPointer(start: w, count: criteria)))
        }
        return (result, attempts == 0 ? 1 : Double(count) / Double(attempts))
    }

    /// The acceptance rate of up to 1 000 000 single attempts from a fixed seed, stopping
    /// after 100 acceptances.
    private func pilotAcceptanceRate() -> Double {
        let drawer = WeightDrawer(self)
        defer { drawer.deallocate() }
        let w = UnsafeMutablePointer<Double>.allocate(capacity: criteria)
        defer { w.deallocate() }
        var rng = SplitMix64(seed: 0x5EED_5EED)
        var accepted = 0
        var attempts = 0
        while attempts < Self.maxConsecutiveRejections && accepted < 100 {
            attempts += 1
            if drawer.attemptBox(into: w, rng: &rng) { accepted += 1 }
        }
        return Double(accepted) / Double(attempts)
    }

    /// Exact weights, checked and renormalised.
    private static func checkedExact(_ weights: [Double], criteria: Int) throws(SMAAError) -> [Double] {
        guard weights.count == criteria else { throw .weightCount(expected: criteria, found: weights.count) }
        for (i, w) in weights.enumerated() where !(w.isFinite && w >= 0) { throw .invalidWeight(criterion: i, w) }
        let sum = weights.reduce(0, +)
        guard abs(sum - 1) <= 1e-6 else { throw .weightsDoNotSumToOne(sum) }
        return sum == 1 ? weights : weights.map { $0 / sum }
    }

    /// Box bounds, checked and tightened to the projection of the polytope on each axis.
    private static func tightenedBox(lower: [Double], upper: [Double], criteria: Int) throws(SMAAError)
        -> (lower: [Double], upper: [Double])
    {
        guard lower.count == criteria else { throw .weightCount(expected: criteria, found: lower.count) }
        guard upper.count == criteria else { throw .weightCount(expected: criteria, found: upper.count) }
        for i in 0..<criteria {
            guard lower[i].isFinite, lower[i] >= 0 else { throw .invalidWeight(criterion: i, lower[i]) }
            guard upper[i].isFinite, upper[i] >= 0 else { throw .invalidWeight(criterion: i, upper[i]) }
            guard lower[i] <= upper[i] else { throw .boxBoundsReversed(criterion: i, lower: lower[i], upper: upper[i]) }
        }
        let lowerSum = lower.reduce(0, +)
        let upperSum = upper.reduce(0, +)
        guard lowerSum <= 1 + 1e-9, upperSum >= 1 - 1e-9 else { throw .boxInfeasible(lowerSum: lowerSum, upperSum: upperSum) }
        var tightLower = lower
        var tightUpper = upper
        for i in 0..<criteria {
            tightLower[i] = max(lower[i], 1 - (upperSum - upper[i]))
            tightUpper[i] = max(tightLower[i], min(upper[i], 1 - (lowerSum - lower[i])))
        }
        return (tightLower, tightUpper)
    }
}
