import Testing
import Vertsval

/// SMAA-2 (Lahdelma & Salminen 2001) against closed forms, exact areas and enumerations.
///
/// Monte Carlo estimates are compared with a tolerance of 4 reported standard errors (a
/// two-sided 4σ band, false alarm about 6 · 10⁻⁵ per comparison); the seeds are fixed, so
/// each test is deterministic.
@Suite struct SMAATests {
    // MARK: Closed forms

    /// A = (1, 0), B = (0, 1), C = (0.6, 0.6), w₁ ~ U(0, 1): A is first for w₁ > 0.6,
    /// B for w₁ < 0.4, C in between; the middle ranks follow from the same breakpoints.
    static let closedForm = SMAAProblem(
        weights: .uniform,
        values: [[.fixed(1), .fixed(0)], [.fixed(0), .fixed(1)], [.fixed(0.6), .fixed(0.6)]])
    static let closedFormAcceptability: [[Double]] = [[0.4, 0.1, 0.5], [0.4, 0.1, 0.5], [0.2, 0.8, 0]]
    static let closedFormCentral: [[Double]] = [[0.8, 0.2], [0.2, 0.8], [0.5, 0.5]]

    @Test("Three alternatives on two criteria match the closed-form acceptabilities and central weights")
    func closedFormExample() throws {
        let result = try SMAA.run(Self.closedForm, options: SMAAOptions(samples: 200_000, seed: 11))
        for a in 0..<3 {
            for r in 0..<3 {
                let tolerance = 4 * result.rankStandardError[a][r] + 1e-12
                #expect(abs(result.rankAcceptability[a][r] - Self.closedFormAcceptability[a][r]) <= tolerance, "b[\(a)][\(r)]")
            }
            let central = try #require(result.centralWeights[a])
            let error = try #require(result.centralWeightStandardError[a])
            for j in 0..<2 {
                #expect(abs(central[j] - Self.closedFormCentral[a][j]) <= 4 * error[j], "central[\(a)][\(j)]")
            }
            // At its central weights every alternative is first, and values are certain.
            #expect(result.confidence[a] == 1)
            #expect(result.confidenceStandardError[a] == 0)
        }
        #expect(result.confidenceSamples == 0)
        #expect(result.weightAcceptanceRate == 1)
    }

    @Test("The central weight's standard error is sd / √(times first)")
    func centralWeightStandardError() throws {
        let samples = 200_000
        let result = try SMAA.run(Self.closedForm, options: SMAAOptions(samples: samples, seed: 5))
        // For A, w₁ given first is U(0.6, 1): sd 0.4 / √12, first in 40 % of samples.
        let expected = 0.4 / 12.0.squareRoot() / (0.4 * Double(samples)).squareRoot()
        let error = try #require(result.centralWeightStandardError[0])
        #expect(abs(error[0] / expected - 1) < 0.03)
        #expect(abs(error[1] / expected - 1) < 0.03)
    }

    @Test("The error shrinks tenfold from 10 000 to 1 000 000 samples")
    func errorShrinks() throws {
        func run(_ samples: Int) throws -> (error: Double, standardError: Double) {
            let result = try SMAA.run(Self.closedForm, options: SMAAOptions(samples: samples, seed: 99))
            var worst = 0.0
            for a in 0..<3 {
                for r in 0..<3 { worst = max(worst, abs(result.rankAcceptability[a][r] - Self.closedFormAcceptability[a][r])) }
            }
            return (worst, result.rankStandardError[0][0])
        }
        let small = try run(10_000)
        let large = try run(1_000_000)
        #expect(large.error < small.error)
        #expect(large.error < 0.002)
        #expect(abs(small.standardError / large.standardError - 10) < 0.5)
    }

    // MARK: Exact areas

    /// Difference vectors d = a − b for two alternatives on three criteria.
    static let differences: [[Double]] = [[50, -40, -5], [-10, 30, -35], [20, 20, -60]]

    @Test("Two alternatives: P(A first) is the area of {w · d > 0} on the 2-simplex", arguments: differences)
    func twoAlternativesExactArea(d: [Double]) throws {
        let b: [Double] = [40, 50, 60]
        let a = zip(b, d).map(+)
        let problem = SMAAProblem(weights: .uniform, values: [a.map { .fixed($0) }, b.map { .fixed($0) }])
        let result = try SMAA.run(problem, options: SMAAOptions(samples: 200_000, seed: 3))
        let exact = Self.simplexShare(where: d)
        #expect(abs(result.rankAcceptability[0][0] - exact) <= 4 * result.rankStandardError[0][0])
        #expect(abs(result.rankAcceptability[1][0] - (1 - exact)) <= 4 * result.rankStandardError[1][0])
    }

    /// The share of the 2-simplex where w · d > 0, by clipping the triangle
    /// (w₁, w₂) ∈ {(0,0), (1,0), (0,1)} with the half-plane and measuring the polygon.
    static func simplexShare(where d: [Double]) -> Double {
        // w₃ = 1 − w₁ − w₂, so w · d = (d₁ − d₃) w₁ + (d₂ − d₃) w₂ + d₃.
        func f(_ p: (Double, Double)) -> Double { (d[0] - d[2]) * p.0 + (d[1] - d[2]) * p.1 + d[2] }
        let triangle: [(Double, Double)] = [(0, 0), (1, 0), (0, 1)]
        var polygon: [(Double, Double)] = []
        for i in 0..<3 {
            let p = triangle[i]
            let q = triangle[(i + 1) % 3]
            if f(p) > 0 { polygon.append(p) }
            if (f(p) > 0) != (f(q) > 0) {
                let t = f(p) / (f(p) - f(q))
                polygon.append((p.0 + t * (q.0 - p.0), p.1 + t * (q.1 - p.1)))
            }
        }
        var twiceArea = 0.0
        for i in polygon.indices {
            let p = polygon[i]
            let q = polygon[(i + 1) % polygon.count]
            twiceArea += p.0 * q.1 - q.0 * p.1
        }
        return abs(twiceArea) / 2 / 0.5
    }

    @Test("The exact-area helper gives known shares")
    func exactAreaHelper() {
        #expect(abs(Self.simplexShare(where: [1, -1, 0]) - 0.5) < 1e-12)
        // w₁ > 1/2 is the corner triangle with a quarter of the area.
        #expect(abs(Self.simplexShare(where: [1, -1, -1]) - 0.25) < 1e-12)
    }

    // MARK: Weight samplers

    @Test("Box weights lie in the box and sum to 1; a symmetric box has its centre as mean")
    func boxSampler() throws {
        let centre = [0.4, 0.3, 0.2, 0.1]
        let sampler = try WeightSampler(.box(lower: centre.map { $0 * 0.8 }, upper: centre.map { $0 * 1.2 }), criteria: 4)
        let count = 40_000
        let (weights, rate) = try sampler.samples(count: count, seed: 8)
        #expect(weights.count == count)
        #expect(rate > 0 && rate < 1)
        var sums = [Double](repeating: 0, count: 4)
        var squares = [Double](repeating: 0, count: 4)
        var outside = 0
        for w in weights {
            if abs(w.reduce(0, +) - 1) > 1e-12 { outside += 1 }
            for j in 0..<4 {
                if w[j] < centre[j] * 0.8 - 1e-12 || w[j] > centre[j] * 1.2 + 1e-12 { outside += 1 }
                sums[j] += w[j]
                squares[j] += w[j] * w[j]
            }
        }
        #expect(outside == 0)
        for j in 0..<4 {
            let mean = sums[j] / Double(count)
            let sd = (squares[j] / Double(count) - mean * mean).squareRoot()
            #expect(abs(mean - centre[j]) <= 4 * sd / Double(count).squareRoot(), "criterion \(j)")
        }
    }

    @Test("A one-sided box is uniform on its corner of the simplex")
    func boxCorner() throws {
        // {w₁ ≥ 0.5} is the triangle (1,0,0), (0.5,0.5,0), (0.5,0,0.5): mean (2/3, 1/6, 1/6).
        let sampler = try WeightSampler(.box(lower: [0.5, 0, 0], upper: [1, 1, 1]), criteria: 3)
        let count = 40_000
        let (weights, _) = try sampler.samples(count: count, seed: 21)
        for (j, expected) in [2.0 / 3, 1.0 / 6, 1.0 / 6].enumerated() {
            let column = weights.map { $0[j] }
            let mean = column.reduce(0, +) / Double(count)
            let sd = (column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(count)).squareRoot()
            #expect(abs(mean - expected) <= 4 * sd / Double(count).squareRoot(), "criterion \(j)")
        }
        #expect(weights.allSatisfy { $0[0] >= 0.5 && abs($0.reduce(0, +) - 1) < 1e-12 })
    }

    @Test("Uniform weights: P(w₁ > t) = (1 − t)^(n − 1)")
    func uniformSampler() throws {
        let count = 40_000
        let (weights, rate) = try WeightSampler(.uniform, criteria: 3).samples(count: count, seed: 4)
        #expect(rate == 1)
        let share = Double(weights.filter { $0[0] > 0.5 }.count) / Double(count)
        #expect(abs(share - 0.25) <= 4 * (0.25 * 0.75 / Double(count)).squareRoot())
        #expect(weights.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 && $0.allSatisfy { $0 >= 0 } })
    }

    @Test("Ordinal weights follow the order, with the k-th largest averaging (1/n) Σᵢ≥ₖ 1/i")
    func ordinalSampler() throws {
        let order = [2, 0, 3, 1]
        let count = 40_000
        let (weights, _) = try WeightSampler(.ordinal(order: order), criteria: 4).samples(count: count, seed: 6)
        #expect(weights.allSatisfy { $0[2] >= $0[0] && $0[0] >= $0[3] && $0[3] >= $0[1] })
        #expect(weights.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 })
        for (k, criterion) in order.enumerated() {
            let expected = (k..<4).map { 1 / Double($0 + 1) }.reduce(0, +) / 4
            let column = weights.map { $0[criterion] }
            let mean = column.reduce(0, +) / Double(count)
            let sd = (column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(count)).squareRoot()
            #expect(abs(mean - expected) <= 4 * sd / Double(count).squareRoot(), "rank \(k)")
        }
    }

    @Test("A box whose room is a sliver of 10⁻⁸ is refused, not looped on")
    func boxTooNarrow() {
        // Eleven weights ≤ 0.05 and one ≤ 0.5 sum to 1 only in a corner of volume ~2.5 · 10⁻⁸.
        let upper = [Double](repeating: 0.05, count: 11) + [0.5]
        let model = WeightModel.box(lower: [Double](repeating: 0, count: 12), upper: upper)
        #expect {
            _ = try WeightSampler(model, criteria: 12)
        } throws: { error in
            guard case let .boxTooNarrow(rate) = error as? SMAAError else { return false }
            return rate < WeightSampler.minimumAcceptanceRate
        }
    }

    // MARK: Deterministic cases

    @Test("Exact weights and fixed values reproduce the deterministic ranking exactly")
    func exactAndFixed() throws {
        let weights = [0.5, 0.3, 0.2]
        let values: [[Double]] = [[60, 80, 10], [90, 20, 50], [40, 70, 95], [70, 60, 45]]
        let problem = SMAAProblem(weights: .exact(weights), values: values.map { $0.map { .fixed($0) } })
        let result = try SMAA.run(problem, options: SMAAOptions(samples: 10_000, seed: 1))
        let totals = values.map { zip($0, weights).map(*).reduce(0, +) }
        let order = totals.indices.sorted { totals[$0] > totals[$1] }
        for (rank, a) in order.enumerated() {
            #expect(result.rankAcceptability[a] == (0..<4).map { $0 == rank ? 1 : 0 })
            #expect(result.rankStandardError[a] == [0, 0, 0, 0])
            if rank == 0 {
                #expect(result.centralWeights[a] == weights)
                #expect(result.centralWeightStandardError[a] == [0, 0, 0])
                #expect(result.confidence[a] == 1)
            } else {
                #expect(result.centralWeights[a] == nil)
                #expect(result.confidence[a] == nil)
            }
        }
    }

    @Test("With exact weights the confidence factor equals the first-rank acceptability")
    func confidenceWithUncertainValues() throws {
        // A = 0.5 x + 25 with x ~ U(40, 80) beats B = 57 when x > 64: probability 0.4.
        let problem = SMAAProblem(weights: .exact([0.5, 0.5]), values: [[.uniform(40, 80), .fixed(50)], [.fixed(57), .fixed(57)]])
        let result = try SMAA.run(problem, options: SMAAOptions(samples: 100_000, seed: 17))
        #expect(result.confidenceSamples == 100_000)
        let a = try #require(result.confidence[0])
        let aError = try #require(result.confidenceStandardError[0])
        let b = try #require(result.confidence[1])
        let bError = try #require(result.confidenceStandardError[1])
        #expect(abs(a - 0.4) <= 4 * aError)
        #expect(abs(b - 0.6) <= 4 * bError)
        #expect(abs(result.rankAcceptability[0][0] - 0.4) <= 4 * result.rankStandardError[0][0])
    }

    // MARK: Discrete values, by enumeration

    /// Rank acceptabilities by enumerating every combination of the discrete values, with
    /// ties splitting the rank credit as `SMAA` does.
    static func enumerated(weights: [Double], values: [[ValueDistribution]]) -> [[Double]] {
        let m = values.count
        var cells: [(a: Int, j: Int, levels: [Double])] = []
        var base = values.map { row in
            row.map { distribution -> Double in
                if case let .fixed(x) = distribution { return x }
                return 0
            }
        }
        for (a, row) in values.enumerated() {
            for (j, distribution) in row.enumerated() {
                if case let .discrete(levels) = distribution { cells.append((a, j, levels)) }
            }
        }
        var credit = [[Double]](repeating: [Double](repeating: 0, count: m), count: m)
        var combinations = 1
        for cell in cells { combinations *= cell.levels.count }
        for index in 0..<combinations {
            var rest = index
            for cell in cells {
                base[cell.a][cell.j] = cell.levels[rest % cell.levels.count]
                rest /= cell.levels.count
            }
            let totals = base.map { zip($0, weights).map(*).reduce(0, +) }
            for a in 0..<m {
                let greater = totals.filter { $0 > totals[a] }.count
                let equal = totals.filter { $0 == totals[a] }.count
                for r in greater..<(greater + equal) { credit[a][r] += 1 / Double(equal) / Double(combinations) }
            }
        }
        return credit
    }

    @Test("One uncertain level matches the probability by enumeration")
    func oneDiscreteLevel() throws {
        // A's level on criterion 0 is 3, 4 or 5 (values 50, 75, 100): A = 0.5 x + 20.
        let values: [[ValueDistribution]] = [
            [.discrete([50, 75, 100]), .fixed(40)], [.fixed(80), .fixed(40)], [.fixed(60), .fixed(70)],
        ]
        let weights = [0.5, 0.5]
        let exact = Self.enumerated(weights: weights, values: values)
        #expect(abs(exact[0][0] - 1.0 / 3) < 1e-12)
        let result = try SMAA.run(SMAAProblem(weights: .exact(weights), values: values), options: SMAAOptions(samples: 60_000, seed: 2))
        for a in 0..<3 {
            for r in 0..<3 {
                #expect(abs(result.rankAcceptability[a][r] - exact[a][r]) <= 4 * result.rankStandardError[a][r] + 1e-12, "b[\(a)][\(r)]")
            }
        }
    }

    @Test("Two uncertain levels with a tie match the enumeration, ties splitting the credit")
    func discreteLevelsWithTie() throws {
        // Dyadic weights and whole values: the tie A = C = 55 at x = 60 is exact in floating point.
        let weights = [0.5, 0.25, 0.25]
        let values: [[ValueDistribution]] = [
            [.discrete([40, 60, 80]), .fixed(50), .fixed(50)],
            [.fixed(60), .discrete([40, 60]), .fixed(50)],
            [.fixed(55), .fixed(55), .fixed(55)],
        ]
        let exact = Self.enumerated(weights: weights, values: values)
        let result = try SMAA.run(SMAAProblem(weights: .exact(weights), values: values), options: SMAAOptions(samples: 60_000, seed: 9))
        for a in 0..<3 {
            for r in 0..<3 {
                #expect(abs(result.rankAcceptability[a][r] - exact[a][r]) <= 4 * result.rankStandardError[a][r] + 1e-12, "b[\(a)][\(r)]")
            }
        }
        // A = 0.5x + 25, B = 0.25y + 42.5, C = 55. C is first alone at (x, y) = (40, 40) and
        // shares first with A at (60, 40): 1/6 + 1/2 · 1/6.
        #expect(abs(exact[2][0] - 0.25) < 1e-12)
    }

    // MARK: Reproducibility and invariants

    /// Five alternatives with every kind of value and a box of weights.
    static let mixed = SMAAProblem(
        weights: .box(lower: [0.2, 0.15, 0.1, 0.1], upper: [0.45, 0.35, 0.3, 0.25]),
        values: [
            [.uniform(50, 70), .fixed(60), .discrete([40, 60, 80]), .uniform(30, 50)],
            [.fixed(65), .uniform(40, 80), .fixed(55), .discrete([50, 70])],
            [.discrete([60, 70]), .fixed(50), .uniform(60, 90), .fixed(40)],
            [.uniform(55, 60), .uniform(55, 60), .uniform(55, 60), .uniform(55, 60)],
            [.fixed(70), .fixed(70), .fixed(30), .fixed(30)],
        ])

    @Test("The same seed gives identical results on 1 and 2 threads; another seed differs consistently")
    func reproducible() throws {
        let one = try SMAA.run(Self.mixed, options: SMAAOptions(samples: 30_000, seed: 77, threads: 1))
        let two = try SMAA.run(Self.mixed, options: SMAAOptions(samples: 30_000, seed: 77, threads: 2))
        let all = try SMAA.run(Self.mixed, options: SMAAOptions(samples: 30_000, seed: 77))
        #expect(one == two)
        #expect(one == all)
        let other = try SMAA.run(Self.mixed, options: SMAAOptions(samples: 30_000, seed: 78, threads: 2))
        #expect(other != one)
        #expect(other.rankAcceptability != one.rankAcceptability)
        for a in 0..<5 {
            for r in 0..<5 {
                let spread = (pow2(one.rankStandardError[a][r]) + pow2(other.rankStandardError[a][r])).squareRoot()
                #expect(abs(one.rankAcceptability[a][r] - other.rankAcceptability[a][r]) <= 5 * spread + 1e-12, "b[\(a)][\(r)]")
            }
        }
    }

    private func pow2(_ x: Double) -> Double { x * x }

    static let weightModels: [WeightModel] = [
        .uniform, .exact([0.4, 0.3, 0.2, 0.1]), .box(lower: [0.2, 0.15, 0.1, 0.1], upper: [0.45, 0.35, 0.3, 0.25]),
        .ordinal(order: [3, 1, 0, 2]),
    ]

    @Test("Every row and column of the acceptability matrix sums to 1", arguments: weightModels)
    func acceptabilitySums(model: WeightModel) throws {
        var problem = Self.mixed
        problem.weights = model
        let result = try SMAA.run(problem, options: SMAAOptions(samples: 20_000, seed: 13))
        for row in result.rankAcceptability { #expect(abs(row.reduce(0, +) - 1) < 1e-9) }
        for r in 0..<5 { #expect(abs(result.rankAcceptability.map { $0[r] }.reduce(0, +) - 1) < 1e-9) }
        for (a, central) in result.centralWeights.enumerated() {
            if let central {
                #expect(abs(central.reduce(0, +) - 1) < 1e-9)
                #expect(result.confidence[a] != nil)
            } else {
                #expect(result.rankAcceptability[a][0] == 0)
            }
        }
        #expect(result.weightAcceptanceRate > 0 && result.weightAcceptanceRate <= 1)
    }

    // MARK: Validation

    static let invalidProblems: [(SMAAProblem, SMAAError)] = [
        (SMAAProblem(weights: .uniform, values: []), .emptyProblem(alternatives: 0, criteria: 0)),
        (
            SMAAProblem(alternatives: 2, criteria: 1, weights: .uniform, values: [[.fixed(1)]]),
            .valueRowCount(expected: 2, found: 1)
        ),
        (
            SMAAProblem(weights: .uniform, values: [[.fixed(1), .fixed(2)], [.fixed(1)]]),
            .valueColumnCount(alternative: 1, expected: 2, found: 1)
        ),
        (
            SMAAProblem(weights: .uniform, values: [[.uniform(60, 50)]]),
            .invalidValue(alternative: 0, criterion: 0, .uniform(60, 50))
        ),
        (SMAAProblem(weights: .uniform, values: [[.discrete([])]]), .invalidValue(alternative: 0, criterion: 0, .discrete([]))),
        (SMAAProblem(weights: .uniform, values: [[.fixed(.nan)]]).withNaNReplaced, .invalidValue(alternative: 0, criterion: 0, .fixed(.infinity))),
        (SMAAProblem(weights: .exact([0.5]), values: [[.fixed(1), .fixed(2)]]), .weightCount(expected: 2, found: 1)),
        (SMAAProblem(weights: .exact([1.2, -0.2]), values: [[.fixed(1), .fixed(2)]]), .invalidWeight(criterion: 1, -0.2)),
        (SMAAProblem(weights: .exact([0.5, 0.4]), values: [[.fixed(1), .fixed(2)]]), .weightsDoNotSumToOne(0.9)),
        (
            SMAAProblem(weights: .box(lower: [0.6, 0.1], upper: [0.4, 0.9]), values: [[.fixed(1), .fixed(2)]]),
            .boxBoundsReversed(criterion: 0, lower: 0.6, upper: 0.4)
        ),
        (
            SMAAProblem(weights: .box(lower: [0.6, 0.5], upper: [0.7, 0.9]), values: [[.fixed(1), .fixed(2)]]),
            .boxInfeasible(lowerSum: 1.1, upperSum: 1.6)
        ),
        (SMAAProblem(weights: .ordinal(order: [0, 0]), values: [[.fixed(1), .fixed(2)]]), .invalidOrder([0, 0], criteria: 2)),
    ]

    @Test("Bad problems are refused with a typed error", arguments: 0..<invalidProblems.count)
    func invalidProblem(index: Int) {
        let (problem, expected) = Self.invalidProblems[index]
        #expect(throws: expected) { try problem.validate() }
        #expect(throws: expected) { try SMAA.run(problem, options: SMAAOptions(samples: 10, seed: 0)) }
    }

    @Test("Bad options are refused with a typed error")
    func invalidOptions() {
        let problem = Self.closedForm
        #expect(throws: SMAAError.invalidSampleCount(0)) { try SMAA.run(problem, options: SMAAOptions(samples: 0)) }
        #expect(throws: SMAAError.invalidThreadCount(0)) { try SMAA.run(problem, options: SMAAOptions(samples: 10, threads: 0)) }
        #expect(throws: SMAAError.invalidSampleCount(-1)) {
            try SMAA.run(problem, options: SMAAOptions(samples: 10, confidenceSamples: -1))
        }
    }

    @Test("Errors say what was expected and what was found")
    func messages() {
        #expect(
            SMAAError.boxInfeasible(lowerSum: 1.1, upperSum: 1.6).message(in: .en)
                == "no weights within the intervals sum to 1: the sum can only be 1.1000 … 1.6000")
        #expect(
            SMAAError.boxInfeasible(lowerSum: 1.1, upperSum: 1.6).message(in: .nn)
                == "ingen vekter i intervalla summerer til 1: summen kan berre vere 1,1000 … 1,6000")
        #expect(
            SMAAError.invalidValue(alternative: 2, criterion: 1, .uniform(60, 50)).message(in: .en)
                == "the value of alternative 2 on criterion 1 must be an interval within ±10¹⁵ with low ≤ high, got 60 … 50")
        #expect(
            SMAAError.invalidOrder([0, 0], criteria: 2).message(in: .en)
                == "the criterion order must list each index 0–1 exactly once, got [0, 0]")
        #expect(
            SMAAError.boxTooNarrow(acceptanceRate: 0.00002).message(in: .en)
                == "the weight intervals leave too little room (0.0020 % of draws accepted); widen the intervals")
    }
}

extension SMAAProblem {
    /// The problem with NaN values replaced by +∞ (NaN ≠ NaN would defeat `==` on the error).
    fileprivate var withNaNReplaced: SMAAProblem {
        var copy = self
        copy.values = values.map { row in
            row.map { cell in
                if case let .fixed(x) = cell, x.isNaN { return .fixed(.infinity) }
                return cell
            }
        }
        return copy
    }
}
