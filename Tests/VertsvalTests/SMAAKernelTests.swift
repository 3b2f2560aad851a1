import SplitMix
import Testing

@testable import Vertsval

/// The acceptability kernel works on blocks of samples, one per SIMD lane. These tests hold
/// it to a plain one-sample-at-a-time simulation on the same random stream: the rank credit,
/// the first-place weight sums and the attempts must be the same bit for bit, for every
/// weight model and kind of value, ties included, for blocks that are full and not.
@Suite struct SMAAKernelTests {
    /// One sample at a time: draw the weights, draw the values, sum the totals, count the
    /// strictly greater totals and the equal ones, and credit k tied alternatives 1/k of each
    /// of their k ranks.
    static func oneAtATime(_ kernel: SMAAKernel, samples: Int, seed: UInt64) -> (sums: [Double], attempts: Int) {
        let m = kernel.alternatives
        let n = kernel.criteria
        let weightDrawer = WeightDrawer(kernel.weights)
        let valueDrawer = ValueDrawer(kernel.values)
        let w = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let v = UnsafeMutablePointer<Double>.allocate(capacity: m * n)
        let totals = UnsafeMutablePointer<Double>.allocate(capacity: m)
        defer {
            weightDrawer.deallocate()
            valueDrawer.deallocate()
            w.deallocate()
            v.deallocate()
            totals.deallocate()
        }
        valueDrawer.reset(v)
        var sums = [Double](repeating: 0, count: kernel.acceptabilityStride)
        var rng = SplitMix64(seed: seed)
        var attempts = 0
        for _ in 0..<samples {
            attempts += weightDrawer.draw(into: w, rng: &rng)
            if valueDrawer.isDenseUniform {
                valueDrawer.drawTotals(totals, weights: w, m: m, n: n, rng: &rng)
            } else {
                valueDrawer.fill(v, rng: &rng)
                SMAAKernel.totals(totals, weights: w, values: v, m: m, n: n)
            }
            for a in 0..<m {
                let greater = (0..<m).filter { totals[$0] > totals[a] }.count
                let equal = (0..<m).filter { totals[$0] == totals[a] }.count
                let share = equal == 1 ? 1 : 1 / Double(equal)
                for r in greater..<(greater + equal) { sums[a * m + r] += share }
                guard greater == 0 else { continue }
                for j in 0..<n {
                    sums[m * m + a * n + j] += share * w[j]
                    sums[m * m + m * n + a * n + j] += share * w[j] * w[j]
                }
            }
        }
        return (sums, attempts)
    }

    /// Values from `SplitMix64(seed: 3)`: fixed, uniform in an interval, or a few levels with
    /// repeats (ties), by `kind` per cell.
    static func values(alternatives m: Int, criteria n: Int, kind: (Int, Int) -> Int) -> [[ValueDistribution]] {
        var rng = SplitMix64(seed: 3)
        return (0..<m).map { a in
            (0..<n).map { j -> ValueDistribution in
                let centre = rng.uniform(20, 80)
                switch kind(a, j) {
                case 0: return .fixed(centre)
                case 1: return .uniform(centre - 10, centre + 10)
                case 2: return .discrete([40, 60, 60])
                default: return .fixed(50)
                }
            }
        }
    }

    static let problems: [(label: String, problem: SMAAProblem)] = [
        ("simplex, fixed values, 10 × 12", SMAAProblem(weights: .uniform, values: values(alternatives: 10, criteria: 12) { _, _ in 0 })),
        (
            "box, dense uniform values, 5 × 4",
            SMAAProblem(
                weights: .box(lower: [0.2, 0.15, 0.1, 0.1], upper: [0.45, 0.35, 0.3, 0.25]),
                values: values(alternatives: 5, criteria: 4) { _, _ in 1 })
        ),
        (
            "ordinal, mixed values with ties, 3 × 4",
            SMAAProblem(weights: .ordinal(order: [3, 1, 0, 2]), values: values(alternatives: 3, criteria: 4) { a, j in (a + j) % 3 })
        ),
        (
            "exact weights, discrete values (many ties), 4 × 2",
            SMAAProblem(weights: .exact([0.5, 0.5]), values: values(alternatives: 4, criteria: 2) { _, _ in 2 })
        ),
        (
            "members' vectors, all alternatives equal (every sample tied), 2 × 3",
            SMAAProblem(weights: .discrete([[0.6, 0.3, 0.1], [0.2, 0.2, 0.6]]), values: values(alternatives: 2, criteria: 3) { _, _ in 3 })
        ),
        ("one alternative", SMAAProblem(weights: .uniform, values: values(alternatives: 1, criteria: 3) { _, _ in 1 })),
        (
            "simplex, 17 × 5, odd and over two blocks of lanes",
            SMAAProblem(weights: .uniform, values: values(alternatives: 17, criteria: 5) { a, _ in a % 2 })
        ),
    ]

    @Test(
        "Blocks of samples give the same credit, sums and attempts as one sample at a time, bit for bit",
        arguments: problems.indices, [1, 7, 8, 9, 1_003])
    func sameAsOneAtATime(problem index: Int, samples: Int) throws {
        let problem = Self.problems[index].problem
        let kernel = SMAAKernel(
            weights: try WeightSampler(problem.weights, criteria: problem.criteria), values: ValueTables(problem.values, criteria: problem.criteria))
        let expected = Self.oneAtATime(kernel, samples: samples, seed: 11)
        var sums = [Double](repeating: 0, count: kernel.acceptabilityStride)
        let chunk = sums.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { kernel.acceptabilityChunk(samples: samples, seed: 11, into: $0) }
        }
        let outcome = try #require(chunk)
        #expect(!outcome.stalled)
        #expect(outcome.attempts == expected.attempts, "\(Self.problems[index].label)")
        #expect(sums.count == expected.sums.count)
        let firstDifference = zip(sums, expected.sums).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(firstDifference == nil, "\(Self.problems[index].label): element \(firstDifference?.offset ?? -1) differs")
        // Every sample credits each rank once in all.
        let m = kernel.alternatives
        #expect(abs((0..<(m * m)).reduce(0) { $0 + sums[$1] } - Double(m * samples)) < 1e-9)
    }
}
