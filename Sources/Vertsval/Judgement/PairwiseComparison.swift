internal import Foundation

/// Weights from pairwise comparisons of the criteria (the analytic hierarchy process, AHP).
///
/// Method: Saaty (1977), "A scaling method for priorities in hierarchical structures",
/// *Journal of Mathematical Psychology* 15(3), 234–281, and Saaty (1980), *The Analytic
/// Hierarchy Process*, McGraw-Hill:
///
/// 1. The member gives aᵢⱼ on `SaatyValue`'s 1–9 scale for every pair i < j; aⱼᵢ = 1/aᵢⱼ and
///    aᵢᵢ = 1 (a positive reciprocal matrix).
/// 2. The weights are the principal right eigenvector, A w = λmax w, normalised to Σw = 1.
///    It is found by power iteration from the uniform vector, w ← A w / Σ(A w), until no
///    component moves by more than `tolerance` (10⁻¹²) between two steps (at most
///    `maximumIterations`); A is positive, so by Perron's theorem the iteration converges
///    to the unique positive eigenvector.
/// 3. λmax = Σᵢ (A w)ᵢ (exact for Σw = 1 at the eigenvector); the consistency index
///    CI = (λmax − n) / (n − 1), and the consistency ratio CR = CI / RI(n) with Saaty's
///    random index (`randomIndex(_:)`). Saaty accepts CR ≤ 0,10; for n ≤ 2 every matrix is
///    consistent and CR = 0.
/// 4. When CR > 0,10, the judgements that contribute most to the inconsistency are those
///    whose ratio εᵢⱼ = aᵢⱼ · wⱼ / wᵢ lies furthest from 1 (on a logarithmic scale, so a
///    judgement and its reciprocal count alike); the consistent value is wᵢ / wⱼ, rounded
///    to the scale (Saaty 2003, "Decision-making with the AHP: Why is the principal
///    eigenvector necessary", *European Journal of Operational Research* 145(1), 85–91, §4).
///
/// **Assumptions.** The judgements are ratios of importance on one scale; the weights
/// assume the additive value model in which they are used.
///
/// - Complexity: O(n²) per iteration; a handful of iterations for real judgements.
public struct PairwiseComparison: Sendable, Hashable {
    /// The number of criteria n.
    public let count: Int
    /// The full matrix, row-major: `matrix[i * n + j]` = aᵢⱼ.
    public let matrix: [Double]

    /// The largest change of a weight between two iterations that counts as converged.
    public static let tolerance = 1e-12
    /// The most iterations before the last vector is taken.
    public static let maximumIterations = 10_000
    /// The consistency ratio Saaty accepts.
    public static let acceptableRatio = 0.10

    /// The matrix of the judgements `upper[i][j − i − 1]` = aᵢⱼ for i < j (the upper
    /// triangle, row by row), completed with aᵢᵢ = 1 and aⱼᵢ = 1/aᵢⱼ.
    ///
    /// - Precondition: `upper` has n − 1 − i entries in row i.
    public init(upperTriangle upper: [[SaatyValue]], count: Int) {
        precondition(count >= 1 && upper.count >= count - 1, "one row of the upper triangle per criterion but the last")
        var matrix = [Double](repeating: 1, count: count * count)
        for i in 0..<count {
            for j in (i + 1)..<max(i + 1, count) {
                precondition(upper[i].count == count - 1 - i, "row i of the upper triangle has n − 1 − i judgements")
                let value = upper[i][j - i - 1]
                matrix[i * count + j] = value.ratio
                matrix[j * count + i] = 1 / value.ratio
            }
        }
        self.init(count: count, matrix: matrix)
    }

    /// A matrix of any positive ratios (for consistent matrices built from weights, and
    /// for group matrices of geometric means).
    ///
    /// - Precondition: `matrix` has `count`² finite positive entries.
    public init(count: Int, matrix: [Double]) {
        precondition(matrix.count == count * count && matrix.allSatisfy { $0.isFinite && $0 > 0 }, "n × n positive entries")
        self.count = count
        self.matrix = matrix
    }

    /// The consistent matrix of `weights`: aᵢⱼ = wᵢ / wⱼ.
    public init(consistentWith weights: [Double]) {
        let n = weights.count
        self.init(count: n, matrix: (0..<(n * n)).map { weights[$0 / n] / weights[$0 % n] })
    }

    /// aᵢⱼ.
    public subscript(i: Int, j: Int) -> Double { matrix[i * count + j] }

    /// The weights, λmax, CI, CR and, when CR exceeds 0,10, the judgements to look at.
    public func solve() -> PairwiseResult {
        let n = count
        var w = [Double](repeating: 1 / Double(n), count: n)
        var next = w
        var iterations = 0
        var converged = false
        while iterations < Self.maximumIterations {
            iterations += 1
            var sum = 0.0
            for i in 0..<n {
                var s = 0.0
                for j in 0..<n { s += matrix[i * n + j] * w[j] }
                next[i] = s
                sum += s
            }
            var change = 0.0
            for i in 0..<n {
                next[i] /= sum
                change = max(change, abs(next[i] - w[i]))
            }
            swap(&w, &next)
            if change <= Self.tolerance {
                converged = true
                break
            }
        }
        var lambda = 0.0
        for i in 0..<n {
            for j in 0..<n { lambda += matrix[i * n + j] * w[j] }
        }
        let ri = Self.randomIndex(n)
        // λmax ≥ n for every positive reciprocal matrix; what lies below is rounding.
        let ci = n > 1 ? max(0, (lambda - Double(n)) / Double(n - 1)) : 0
        let ciClean = ci < 1e-12 ? 0 : ci
        let cr = ri > 0 ? ciClean / ri : 0
        var discrepancies: [PairwiseResult.Discrepancy] = []
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let ratio = matrix[i * n + j] * w[j] / w[i]
                discrepancies.append(
                    .init(first: i, second: j, given: matrix[i * n + j], ratio: ratio, consistent: SaatyValue.nearest(to: w[i] / w[j])))
            }
        }
        discrepancies.sort { (abs(log($0.ratio)), -$0.first, -$0.second) > (abs(log($1.ratio)), -$1.first, -$1.second) }
        return PairwiseResult(
            weights: w, lambdaMax: lambda, consistencyIndex: ciClean, randomIndex: ri, consistencyRatio: cr, iterations: iterations,
            converged: converged, discrepancies: discrepancies)
    }

    /// Saaty's random index RI(n): the mean CI of random reciprocal matrices of order n.
    ///
    /// n = 1…10 from Saaty's table of random indices (Saaty 1980, *The Analytic Hierarchy
    /// Process*, McGraw-Hill; the same values in Saaty 1990, "How to make a decision: the
    /// analytic hierarchy process", *European Journal of Operational Research* 48, 9–26):
    /// 0, 0, 0,58, 0,90, 1,12, 1,24, 1,32, 1,41, 1,45, 1,49. Saaty's table stops at 10 (his
    /// advice is to keep to 7 ± 2 criteria per comparison); beyond it the index follows
    /// Alonso & Lamata (2006), "Consistency in the analytic hierarchy process: a new
    /// approach", *International Journal of Uncertainty, Fuzziness and Knowledge-Based
    /// Systems* 14(4), 445–459, whose fit of the mean random λmax, 2,7699 n − 4,3513,
    /// gives RI(n) = (1,7699 n − 4,3513) / (n − 1).
    public static func randomIndex(_ n: Int) -> Double {
        let saaty: [Double] = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
        if n >= 1 && n <= saaty.count { return saaty[n - 1] }
        guard n > saaty.count else { return 0 }
        return (1.7699 * Double(n) - 4.3513) / Double(n - 1)
    }
}

/// What the pairwise comparisons of one member give: weights and consistency.
public struct PairwiseResult: Sendable, Hashable {
    /// One judgement measured against the weights.
    public struct Discrepancy: Sendable, Hashable {
        /// The first criterion (row i, i < j).
        public let first: Int
        /// The second criterion (column j).
        public let second: Int
        /// aᵢⱼ as given.
        public let given: Double
        /// εᵢⱼ = aᵢⱼ · wⱼ / wᵢ; 1 when the judgement agrees with the weights.
        public let ratio: Double
        /// wᵢ / wⱼ rounded to the scale: the value that would agree.
        public let consistent: SaatyValue
    }

    /// The principal eigenvector, Σw = 1.
    public let weights: [Double]
    /// The principal eigenvalue.
    public let lambdaMax: Double
    /// CI = (λmax − n) / (n − 1).
    public let consistencyIndex: Double
    /// RI(n).
    public let randomIndex: Double
    /// CR = CI / RI (0 for n ≤ 2).
    public let consistencyRatio: Double
    /// Power iterations used.
    public let iterations: Int
    /// Whether the iteration met the tolerance.
    public let converged: Bool
    /// Every judgement i < j, the most inconsistent first.
    public let discrepancies: [Discrepancy]

    /// Whether CR is within Saaty's 0,10.
    public var isAcceptable: Bool { consistencyRatio <= PairwiseComparison.acceptableRatio + 1e-12 }

    /// The judgements to look at first when CR > 0,10 (at most `limit`, none otherwise).
    public func worstJudgements(limit: Int = 3) -> [Discrepancy] {
        isAcceptable ? [] : Array(discrepancies.prefix(limit))
    }
}
