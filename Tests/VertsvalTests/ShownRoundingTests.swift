import SplitMix
import Testing
import Vertsval
import VertsvalTestSupport

/// Shown figures add up: parts to their total, differences to the shown difference —
/// checked against brute force over every rounding and against the bundled case under many
/// weights.
@Suite struct ShownRoundingTests {
    /// Tenths as a reader counts them.
    static func tenths(_ value: Double) -> Int { Int((value * 10).rounded()) }

    @Test("Apportioned parts add up to the rounded sum and each stays within one unit of its value")
    func apportionedAddsUp() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let count = 1 + Int(generator.next() % 9)
            let parts = (0..<count).map { _ in Double(generator.next() % 100_000) / 997 - 30 }
            let shown = ShownRounding.apportioned(parts, decimals: 1)
            let target = Int((parts.reduce(0, +) * 10).rounded(.toNearestOrAwayFromZero))
            #expect(shown.map(Self.tenths).reduce(0, +) == target)
            for (value, part) in zip(shown, parts) { #expect(abs(value - part) < 0.1 + 1e-9) }
        }
    }

    @Test("Among the roundings within one unit that add up, apportioning moves the fewest parts away from their nearest rounding")
    func apportionedIsMinimal() {
        // Brute force: every choice of floor or ceiling per part.
        var generator = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let count = 2 + Int(generator.next() % 5)
            let parts = (0..<count).map { _ in Double(generator.next() % 10_000) / 137 }
            let target = Int((parts.reduce(0, +) * 10).rounded(.toNearestOrAwayFromZero))
            let nearest = parts.map { Int(($0 * 10).rounded(.toNearestOrAwayFromZero)) }
            var fewest = Int.max
            for mask in 0..<(1 << count) {
                let choice = parts.indices.map { Int((parts[$0] * 10).rounded(.down)) + (mask >> $0 & 1) }
                guard choice.reduce(0, +) == target else { continue }
                fewest = min(fewest, zip(choice, nearest).filter { $0 != $1 }.count)
            }
            let shown = ShownRounding.apportioned(parts, decimals: 1).map(Self.tenths)
            #expect(zip(shown, nearest).filter { $0 != $1 }.count == fewest, "\(parts)")
        }
    }

    @Test("Parts already at the shown precision are kept as they are (2,3 stays 2,3)")
    func exactPartsKept() {
        #expect(ShownRounding.apportioned([2.3, 0.7, 12.1], decimals: 1) == [2.3, 0.7, 12.1])
        // 68,649 − 66,251 = 2,398 would read 2,4 beside 68,6 and 66,3.
        #expect(ShownRounding.difference(68.649, 66.251, decimals: 1) == 2.3)
    }

    @Test("In the bundled case, under many weights, the differences shown add up to the shown margin and each column to its total")
    func caseFiguresAddUp() throws {
        let loaded = try TestSupport.bundledCase()
        var generator = SplitMix64(seed: 3)
        for _ in 0..<200 {
            let adjustments = loaded.template.criteria.map {
                WeightSet.Adjustment(criterion: $0.id, points: Double(1 + generator.next() % 400) / 10)
            }
            let weights = try WeightSet(template: loaded.template, layered: adjustments)
            let evaluation = Evaluator.evaluate(loaded, weights: weights)
            let comparison = try #require(evaluation.comparison)
            let differences = evaluation.shownDifferences(comparison)
            #expect(differences.values.map(Self.tenths).reduce(0, +) == Self.tenths(evaluation.shownMargin(comparison)))
            for candidate in evaluation.ranked {
                let shown = evaluation.shownContributions(of: candidate)
                #expect(shown.values.map(Self.tenths).reduce(0, +) == Int((candidate.total * 10).rounded(.toNearestOrAwayFromZero)))
            }
            let leader = try #require(evaluation.result(for: comparison.leader))
            let runnerUp = try #require(evaluation.result(for: comparison.runnerUp))
            let shownLeader = Int((leader.total * 10).rounded(.toNearestOrAwayFromZero))
            let shownRunnerUp = Int((runnerUp.total * 10).rounded(.toNearestOrAwayFromZero))
            #expect(Self.tenths(evaluation.shownMargin(comparison)) == shownLeader - shownRunnerUp)
        }
    }
}
