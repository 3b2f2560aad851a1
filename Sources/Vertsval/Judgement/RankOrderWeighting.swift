/// Weights from a ranking of the criteria by importance: the surrogate weights of a rank
/// order.
///
/// A member orders the criteria, most important first; ties are allowed. Three published
/// rules turn position k of n (k = 1 is most important) into a weight:
///
/// - **Rank-order centroid** (the default): wₖ = (1/n) Σᵢ₌ₖⁿ 1/i, the centroid of the set
///   of weight vectors that respect the order (Barron & Barrett 1996, "Decision quality
///   using ranked attribute weights", *Management Science* 42(11), 1515–1523).
///   For n = 4: 0,5208, 0,2708, 0,1458, 0,0625.
/// - **Rank sum**: wₖ = 2(n + 1 − k) / (n(n + 1)) (Stillwell, Seaver & Edwards 1981, as
///   compared by Barron & Barrett 1996).
/// - **Rank reciprocal**: wₖ = (1/k) / Σᵢ₌₁ⁿ 1/i (Stillwell, Seaver & Edwards 1981; Barron &
///   Barrett 1996).
///
/// **Ties.** Criteria that share a rank take the consecutive positions their group would
/// occupy (two tied for first take positions 1 and 2), and each gets the average of those
/// positions' weights; the weights still sum to 1 and the order between groups is kept.
/// Only the order of the rank numbers matters: ranks 1, 1, 2 and 1, 1, 3 give the same
/// weights.
public enum RankOrderRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// Rank-order centroid (Barron & Barrett 1996).
    case centroid
    /// Rank sum.
    case sum
    /// Rank reciprocal.
    case reciprocal

    /// The weight of position `position` (1-based) of `count`, before ties are averaged.
    ///
    /// - Precondition: `1 <= position <= count`.
    public func weight(position: Int, of count: Int) -> Double {
        precondition(position >= 1 && position <= count, "a position lies in 1…count")
        let n = Double(count)
        switch self {
        case .centroid:
            var sum = 0.0
            for i in position...count { sum += 1 / Double(i) }
            return sum / n
        case .sum:
            return 2 * (n + 1 - Double(position)) / (n * (n + 1))
        case .reciprocal:
            var harmonic = 0.0
            for i in 1...count { harmonic += 1 / Double(i) }
            return (1 / Double(position)) / harmonic
        }
    }

    /// The weights of criteria ranked `ranks` (`ranks[i]` is criterion i's rank, smaller is
    /// more important; equal ranks are ties), in the criteria's order; they sum to 1.
    ///
    /// - Complexity: O(n log n + n²) for the centroid sums, negligible for real templates.
    public func weights(ranks: [Int]) -> [Double] {
        let count = ranks.count
        guard count > 0 else { return [] }
        let order = ranks.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
        let positional = (1...count).map { weight(position: $0, of: count) }
        var result = [Double](repeating: 0, count: count)
        var start = 0
        while start < count {
            var end = start + 1
            while end < count, ranks[order[end]] == ranks[order[start]] { end += 1 }
            let share = positional[start..<end].reduce(0, +) / Double(end - start)
            for k in start..<end { result[order[k]] = share }
            start = end
        }
        return result
    }
}
