import Foundation
import SplitMix
import Testing
import VertsvalTestSupport

@testable import Vertsval

/// The weight elicitation methods against their published formulas and worked examples, and
/// the invariants every method keeps.
@Suite struct JudgementMethodTests {
    // MARK: Rank order

    @Test("Rank-order centroid for n = 4 is 25/48, 13/48, 7/48, 3/48 (Barron & Barrett 1996)")
    func centroidFour() {
        let weights = RankOrderRule.centroid.weights(ranks: [1, 2, 3, 4])
        let expected = [25.0 / 48, 13.0 / 48, 7.0 / 48, 3.0 / 48]
        for (w, e) in zip(weights, expected) { #expect(abs(w - e) < 1e-15) }
        // The published four-decimal values.
        #expect(weights.map { ($0 * 10_000).rounded() / 10_000 } == [0.5208, 0.2708, 0.1458, 0.0625])
    }

    @Test("Rank sum and rank reciprocal for n = 4, by hand")
    func sumAndReciprocal() {
        let sum = RankOrderRule.sum.weights(ranks: [1, 2, 3, 4])
        for (w, e) in zip(sum, [0.4, 0.3, 0.2, 0.1]) { #expect(abs(w - e) < 1e-15) }
        // 1/k over 1 + 1/2 + 1/3 + 1/4 = 25/12.
        let reciprocal = RankOrderRule.reciprocal.weights(ranks: [1, 2, 3, 4])
        for (w, e) in zip(reciprocal, [12.0 / 25, 6.0 / 25, 4.0 / 25, 3.0 / 25]) { #expect(abs(w - e) < 1e-15) }
    }

    @Test("Tied criteria share the average of the positions they take; only the order of rank numbers counts")
    func ties() {
        let weights = RankOrderRule.centroid.weights(ranks: [3, 1, 1, 4])
        let shared = (25.0 / 48 + 13.0 / 48) / 2
        #expect(abs(weights[1] - shared) < 1e-15 && abs(weights[2] - shared) < 1e-15)
        #expect(abs(weights[0] - 7.0 / 48) < 1e-15 && abs(weights[3] - 3.0 / 48) < 1e-15)
        #expect(RankOrderRule.centroid.weights(ranks: [2, 1, 1, 3]) == weights)
        #expect(RankOrderRule.sum.weights(ranks: [1, 1, 1]).allSatisfy { abs($0 - 1.0 / 3) < 1e-15 })
    }

    // MARK: Swing

    @Test("Swing points 100, 50, 25, 25 give 50 %, 25 %, 12,5 %, 12,5 %")
    func swingByHand() {
        #expect(SwingWeighting.weights(points: [100, 50, 25, 25]) == [0.5, 0.25, 0.125, 0.125])
        let weights = SwingWeighting.weights(points: [100, 80, 0, 20])
        for (w, e) in zip(weights, [0.5, 0.4, 0, 0.1]) { #expect(abs(w - e) < 1e-15) }
    }

    // MARK: Pairwise (AHP)

    /// Saaty (1990), "How to make a decision: the analytic hierarchy process", *European
    /// Journal of Operational Research* 48, 9–26: the house-buying example, the eight
    /// criteria (size, transportation, neighbourhood, age, yard, modern facilities, general
    /// condition, financing). Published: priorities .173 .054 .188 .018 .031 .036 .167 .333,
    /// λmax = 9,669, CI = 0,238, CR = 0,169.
    @Test("Saaty (1990) house example: eigenvector, λmax, CI and CR to the published precision")
    func saatyHouse() {
        let s = { (text: String) in SaatyValue(text: text)! }  // swift-format-ignore: NeverForceUnwrap
        let upper = [
            ["5", "3", "7", "6", "6", "1/3", "1/4"], ["1/3", "5", "3", "3", "1/5", "1/7"], ["6", "3", "4", "6", "1/5"],
            ["1/3", "1/4", "1/7", "1/8"], ["1/2", "1/5", "1/6"], ["1/5", "1/6"], ["1/2"],
        ].map { $0.map(s) }
        let result = PairwiseComparison(upperTriangle: upper, count: 8).solve()
        #expect(result.weights.map { ($0 * 1000).rounded() / 1000 } == [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333])
        #expect((result.lambdaMax * 1000).rounded() / 1000 == 9.669)
        #expect((result.consistencyIndex * 1000).rounded() / 1000 == 0.238)
        #expect((result.consistencyRatio * 1000).rounded() / 1000 == 0.169)
        #expect(result.converged && !result.isAcceptable)
    }

    /// Saaty (1980), *The Analytic Hierarchy Process*, McGraw-Hill, ch. 2 (after Saaty &
    /// Khouja 1976): the relative wealth of nations (United States, USSR, China, France,
    /// United Kingdom, Japan, West Germany). Published: .427 .230 .021 .052 .052 .123 .094,
    /// λmax = 7,61, CI = 0,10, CR = 0,08.
    @Test("Saaty (1980) wealth-of-nations example: eigenvector, λmax, CI and CR to the published precision")
    func saatyWealth() {
        let s = { (text: String) in SaatyValue(text: text)! }  // swift-format-ignore: NeverForceUnwrap
        let upper = [
            ["4", "9", "6", "6", "5", "5"], ["7", "5", "5", "3", "4"], ["1/5", "1/5", "1/7", "1/5"], ["1", "1/3", "1/3"], ["1/3", "1/3"], ["2"],
        ].map { $0.map(s) }
        let result = PairwiseComparison(upperTriangle: upper, count: 7).solve()
        #expect(result.weights.map { ($0 * 1000).rounded() / 1000 } == [0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094])
        #expect((result.lambdaMax * 100).rounded() / 100 == 7.61)
        #expect((result.consistencyIndex * 100).rounded() / 100 == 0.10)
        #expect((result.consistencyRatio * 100).rounded() / 100 == 0.08)
        #expect(result.isAcceptable)
    }

    @Test("Saaty's random index: the table for n ≤ 10, Alonso & Lamata's fit beyond")
    func randomIndex() {
        #expect((1...10).map(PairwiseComparison.randomIndex) == [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49])
        #expect(abs(PairwiseComparison.randomIndex(30) - (1.7699 * 30 - 4.3513) / 29) < 1e-15)
    }

    @Test("With CR above 0,10 the judgement that was changed is named first, with the value that would fit")
    func inconsistencyNamed() throws {
        // Consistent with weights 8 : 4 : 2 : 1, then a₁₄ = 8 turned into 1/8.
        let upper = [["2", "4", "1/8"], ["2", "4"], ["2"]].map { $0.compactMap { SaatyValue(text: $0) } }
        let result = PairwiseComparison(upperTriangle: upper, count: 4).solve()
        #expect(result.consistencyRatio > 0.10)
        let worst = try #require(result.worstJudgements().first)
        #expect(worst.first == 0 && worst.second == 3)
        #expect(worst.given == 1.0 / 8)
        // w₁/w₄ rounded to the scale on a log scale, computed here from the weights.
        let w = result.weights
        let best = SaatyValue.scale.min { abs(log($0.ratio) - log(w[0] / w[3])) < abs(log($1.ratio) - log(w[0] / w[3])) }
        #expect(worst.consistent == best)
        #expect(abs(log(worst.ratio)) == result.discrepancies.map { abs(log($0.ratio)) }.max())
        // An acceptable matrix names nothing.
        let fine = [["2", "4", "8"], ["2", "4"], ["2"]].map { $0.compactMap { SaatyValue(text: $0) } }
        #expect(PairwiseComparison(upperTriangle: fine, count: 4).solve().worstJudgements().isEmpty)
    }

    @Test("Saaty's scale: 1–9 and 1/2–1/9 are read; anything else is not")
    func scale() {
        #expect(SaatyValue(text: "1/3")?.ratio == 1.0 / 3)
        #expect(SaatyValue(text: "9")?.ratio == 9)
        #expect(SaatyValue(text: "3")?.reciprocal.description == "1/3")
        for bad in ["0", "10", "0.33", "2/3", "1/10", "x", "", "1/3/3", "-3"] { #expect(SaatyValue(text: bad) == nil, "\(bad)") }
        #expect(SaatyValue.scale.count == 17)
        #expect(SaatyValue.nearest(to: 2.9).description == "3")
        #expect(SaatyValue.nearest(to: 0.3).description == "1/3")
        #expect(SaatyValue.nearest(to: 50).description == "9")
    }

    // MARK: Properties

    /// A random positive weight vector of length `n` summing to 1.
    static func randomWeights(_ n: Int, _ rng: inout SeededGenerator) -> [Double] {
        let raw = (0..<n).map { _ in rng.uniform(0.05, 1) }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }

    static func checkSimplex(_ weights: [Double], count: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(weights.count == count, sourceLocation: sourceLocation)
        #expect(weights.allSatisfy { $0 >= 0 && $0.isFinite }, sourceLocation: sourceLocation)
        #expect(abs(weights.reduce(0, +) - 1) < 1e-12, sourceLocation: sourceLocation)
    }

    @Test("Every method's weights are non-negative and sum to 1", arguments: 0..<40)
    func simplex(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let n = rng.integer(1...12)
        let ranks = (0..<n).map { _ in rng.integer(1...n) }
        for rule in RankOrderRule.allCases { Self.checkSimplex(rule.weights(ranks: ranks), count: n) }
        var points = (0..<n).map { _ in Double(rng.integer(0...100)) }
        points[rng.integer(0...(n - 1))] = 100
        Self.checkSimplex(SwingWeighting.weights(points: points), count: n)
        let upper = (0..<n).map { i in (0..<max(0, n - 1 - i)).map { _ in SaatyValue.scale[rng.integer(0...16)] } }
        let result = PairwiseComparison(upperTriangle: upper, count: n).solve()
        Self.checkSimplex(result.weights, count: n)
        #expect(result.consistencyRatio >= 0 && result.lambdaMax >= Double(n) - 1e-9)
    }

    @Test("A consistent matrix gives CR = 0 and exactly the weights it was built from", arguments: 0..<30)
    func consistent(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(1000 + seed))
        let n = rng.integer(1...30)
        let weights = Self.randomWeights(n, &rng)
        let result = PairwiseComparison(consistentWith: weights).solve()
        #expect(result.consistencyRatio == 0 && result.consistencyIndex == 0)
        #expect(abs(result.lambdaMax - Double(n)) < 1e-9)
        for (w, e) in zip(result.weights, weights) { #expect(abs(w - e) < 1e-12) }
        #expect(result.worstJudgements().isEmpty)
    }

    @Test("Permuting the criteria permutes the weights, for every method", arguments: 0..<20)
    func permutation(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(2000 + seed))
        let n = rng.integer(2...9)
        var permutation = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { permutation.swapAt(i, rng.integer(0...i)) }
        func permuted<T>(_ values: [T]) -> [T] { permutation.map { values[$0] } }

        let ranks = (0..<n).map { _ in rng.integer(1...n) }
        for rule in RankOrderRule.allCases {
            let a = permuted(rule.weights(ranks: ranks))
            let b = rule.weights(ranks: permuted(ranks))
            for (x, y) in zip(a, b) { #expect(abs(x - y) < 1e-15) }
        }
        let points = (0..<n).map { Double($0 == 0 ? 100 : rng.integer(0...100)) }
        #expect(permuted(SwingWeighting.weights(points: points)) == SwingWeighting.weights(points: permuted(points)))

        var full = [[Double]](repeating: [Double](repeating: 1, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let value = SaatyValue.scale[rng.integer(0...16)].ratio
                full[i][j] = value
                full[j][i] = 1 / value
            }
        }
        let original = PairwiseComparison(count: n, matrix: full.flatMap { $0 }).solve()
        let moved = PairwiseComparison(count: n, matrix: permutation.flatMap { i in permutation.map { j in full[i][j] } }).solve()
        for (x, y) in zip(permuted(original.weights), moved.weights) { #expect(abs(x - y) < 1e-10) }
        #expect(abs(original.consistencyRatio - moved.consistencyRatio) < 1e-10)
    }
}
