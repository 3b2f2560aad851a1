import SplitMix
import Testing
import Vertsval
import VertsvalTestSupport

/// Swap thresholds are computed analytically; these tests check them against brute force.
@Suite struct SwapTests {
    /// A random matrix: values 0–100 (some equal across alternatives), random weights.
    static func randomMatrix(_ rng: inout SeededGenerator) -> DecisionMatrix {
        let alternatives = Int.random(in: 2...4, using: &rng)
        let criteria = Int.random(in: 2...7, using: &rng)
        let values = (0..<alternatives).map { _ in
            (0..<criteria).map { _ in Double(Int.random(in: 0...4, using: &rng)) * 25 }
        }
        var weights = (0..<criteria).map { _ in Double.random(in: 0...1, using: &rng) }
        if Int.random(in: 0...4, using: &rng) == 0 { weights[0] = 0 }
        let sum = weights.reduce(0, +)
        return DecisionMatrix(values: values, weights: sum > 0 ? weights.map { $0 / sum } : weights.map { _ in 1 / Double(criteria) })
    }

    @Test("Analytic swap weights agree with a fine grid search on 300 random cases")
    func swapWeightsMatchBruteForce() {
        var rng = SeededGenerator(seed: 20_260_223)
        var checked = 0
        var swaps = 0
        for _ in 0..<300 {
            let matrix = Self.randomMatrix(&rng)
            let totals = matrix.values.indices.map { matrix.total($0) }
            let order = totals.indices.sorted { totals[$0] > totals[$1] }
            let (a, b) = (order[0], order[1])
            guard totals[a] - totals[b] > 1e-6 else { continue }
            for k in 0..<matrix.criterionCount {
                let analytic = matrix.swapWeight(criterion: k, leader: a, other: b)
                // Grid: is there a weight in [0, 1] where b is strictly ahead of a?
                let step = 1.0 / 20_000
                var bAhead: [Double] = []
                for i in 0...20_000 {
                    let t = Double(i) * step
                    let w = matrix.weights(setting: k, to: t)
                    let d = matrix.total(matrix.values[a], weights: w) - matrix.total(matrix.values[b], weights: w)
                    if d < -1e-9 { bAhead.append(t) }
                }
                checked += 1
                if let analytic {
                    swaps += 1
                    #expect(!bAhead.isEmpty, "analytic swap \(analytic) but b never ahead on the grid")
                    // The grid point nearest to the current weight where b leads lies next to t*.
                    let now = matrix.weights[k]
                    let nearest = bAhead.min { abs($0 - now) < abs($1 - now) } ?? -1
                    #expect(abs(nearest - analytic) <= 2 * step, "k=\(k) analytic \(analytic) grid \(nearest)")
                    // At t* the two are equal.
                    let w = matrix.weights(setting: k, to: analytic)
                    let d = matrix.total(matrix.values[a], weights: w) - matrix.total(matrix.values[b], weights: w)
                    #expect(abs(d) < 1e-7)
                } else {
                    #expect(bAhead.isEmpty, "no analytic swap, but b ahead on the grid at \(bAhead.first ?? -1)")
                }
            }
        }
        #expect(checked > 500)
        #expect(swaps > 100)
    }

    @Test("Each reported score change swaps the first two, and the next smaller level does not")
    func scoreSwapsAreMinimal() throws {
        for loaded in [try TestSupport.bundledCase(), try TestSupport.fourCandidateCase()] {
            let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides)
            let evaluation = Evaluator.evaluate(loaded, weights: weights)
            let comparison = try #require(evaluation.comparison)
            var options = 0
            for swap in evaluation.scoreSwaps where !swap.isComputed {
                for option in [swap.lowerLeader, swap.raiseRunnerUp].compactMap({ $0 }) {
                    options += 1
                    let changed = Self.margin(
                        loaded, weights: weights, changing: option, on: swap.criterion, leader: comparison.leader, runnerUp: comparison.runnerUp)
                    if case .level = option.to {
                        #expect(changed < -1e-9, "\(swap.criterion): \(option) does not swap")
                        // One level short of the change must not be enough.
                        if case let .level(to) = option.to, case let .level(from) = option.from, abs(to - from) > 1 {
                            let shorter = ScoreSwap.Option(
                                municipality: option.municipality, from: option.from, to: .level(to > from ? to - 1 : to + 1),
                                beyondIsAbove: option.beyondIsAbove)
                            let short = Self.margin(
                                loaded, weights: weights, changing: shorter, on: swap.criterion, leader: comparison.leader,
                                runnerUp: comparison.runnerUp)
                            #expect(short >= -1e-9, "\(swap.criterion): a smaller change already swaps")
                        }
                    } else {
                        // For a measure, `to` is the tie point.
                        #expect(abs(changed) < 1e-7, "\(swap.criterion): tie point gives margin \(changed)")
                    }
                }
            }
            #expect(options > 2)
        }
    }

    /// The leader's margin over the runner-up after applying `option`.
    static func margin(
        _ loaded: LoadedCase, weights: WeightSet, changing option: ScoreSwap.Option, on criterion: Criterion.ID, leader: Municipality.ID,
        runnerUp: Municipality.ID
    ) -> Double {
        var copy = loaded
        if let index = copy.case.scores.firstIndex(where: { $0.municipality == option.municipality && $0.criterion == criterion }) {
            copy.case.scores[index].value = option.to
        }
        let evaluation = Evaluator.evaluate(copy, weights: weights)
        return (evaluation.result(for: leader)?.total ?? 0) - (evaluation.result(for: runnerUp)?.total ?? 0)
    }

    @Test("The swap weight in the explanation is where the order changes in the bundled case")
    func bundledSwapWeights() throws {
        let loaded = try TestSupport.bundledCase()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let continuity = try #require(evaluation.weightSwaps.first { $0.criterion == "kontinuitet" })
        let at = try #require(continuity.weightAtSwap)
        // Re-evaluate just below and just above the swap point through the public API.
        let criteria = loaded.template.criteria
        func lead(at fraction: Double) throws -> Double {
            let others = criteria.filter { $0.id != "kontinuitet" }.reduce(0) { $0 + $1.weight }
            let points = fraction / (1 - fraction) * others
            let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template, adjustments: [("kontinuitet", points)]))
            return (evaluation.result(for: "luster")?.total ?? 0) - (evaluation.result(for: "sogndal")?.total ?? 0)
        }
        #expect(try lead(at: at + 0.001) > 0)
        #expect(try lead(at: at - 0.001) < 0)
        let fagmiljo = try #require(evaluation.weightSwaps.first { $0.criterion == "fagmiljo" })
        #expect(fagmiljo.weightAtSwap == nil)
    }
}
