/// The numeric core of the additive value model: values 0–100 per alternative and
/// criterion, and weights that sum to 1.
///
/// total(a) = Σⱼ wⱼ · vₐⱼ  (multi-attribute value theory; Keeney & Raiffa 1976, ch. 3).
/// The model assumes the criteria are preferentially independent: how much a difference on
/// one criterion is worth does not depend on the scores on the others.
public struct DecisionMatrix: Sendable {
    /// `values[a][j]`: the value of alternative `a` on criterion `j`, 0–100.
    public var values: [[Double]]
    /// `weights[j]`: the weight of criterion `j`; sums to 1.
    public var weights: [Double]

    /// Creates a matrix; every row must have one value per weight.
    public init(values: [[Double]], weights: [Double]) {
        precondition(values.allSatisfy { $0.count == weights.count }, "every alternative needs one value per criterion")
        self.values = values
        self.weights = weights
    }

    /// The number of criteria.
    public var criterionCount: Int { weights.count }

    /// The weighted total of alternative `a`.
    public func total(_ a: Int) -> Double {
        total(values[a], weights: weights)
    }

    /// The weighted total of a value row under `weights`.
    public func total(_ row: [Double], weights: [Double]) -> Double {
        var sum = 0.0
        for j in row.indices { sum += weights[j] * row[j] }
        return sum
    }

    /// The contribution of each criterion to the total of `a`, in points 0–100.
    public func contributions(_ a: Int) -> [Double] {
        values[a].indices.map { weights[$0] * values[a][$0] }
    }

    /// The weights when criterion `k` gets weight `t` and the others are rescaled in
    /// proportion so that all still sum to 1. When all others are zero, they share the
    /// rest equally.
    public func weights(setting k: Int, to t: Double) -> [Double] {
        let rest = 1 - weights[k]
        var result = weights
        for j in weights.indices where j != k {
            if rest > 1e-15 {
                result[j] = weights[j] * (1 - t) / rest
            } else {
                result[j] = (1 - t) / Double(max(1, weights.count - 1))
            }
        }
        result[k] = t
        return result
    }

    /// The lead of `a` over `b`: total(a) − total(b).
    public func margin(_ a: Int, over b: Int) -> Double {
        total(a) - total(b)
    }

    /// The weight of criterion `k` (0–1, others rescaled in proportion) at which `a` and `b`
    /// have equal totals, when `b` is ahead on one side of it within [0, 1]; nil when no
    /// weight in [0, 1] puts `b` ahead of `a`.
    ///
    /// The lead D(t) of `a` over `b` is linear in t: D(t) = t·dₖ + (1 − t)·R, where dₖ is
    /// the difference in value on k and R the lead on the other criteria under their
    /// rescaled weights. The swap is the root t* = R / (R − dₖ).
    ///
    /// - Complexity: O(*n*) for *n* criteria.
    public func swapWeight(criterion k: Int, leader a: Int, other b: Int) -> Double? {
        let d = values[a][k] - values[b][k]
        let others = weights(setting: k, to: 0)
        var r = 0.0
        for j in weights.indices where j != k { r += others[j] * (values[a][j] - values[b][j]) }
        let tolerance = 1e-12
        // b ahead somewhere in [0, 1] iff D(0) = R < 0 or D(1) = d < 0.
        guard r < -tolerance || d < -tolerance else { return nil }
        guard abs(r - d) > tolerance else { return nil }
        let root = r / (r - d)
        return min(1, max(0, root))
    }
}
