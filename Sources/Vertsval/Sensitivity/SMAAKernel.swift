internal import SplitMix

/// The inner loops of SMAA-2, one chunk of samples at a time.
///
/// Everything the loops touch is behind raw pointers set up once per chunk (the
/// `WeightDrawer`, the `ValueDrawer`, and one scratch block for the weight vector, the
/// value matrix and the totals), so a sample allocates nothing, checks no bounds and
/// calls nothing dynamically.
struct SMAAKernel: Sendable {
    let weights: WeightSampler
    let values: ValueTables

    var alternatives: Int { values.alternatives }
    var criteria: Int { values.criteria }

    /// The number of doubles one chunk of the acceptability simulation writes:
    /// rank credit (m × m, `[a · m + r]`), then the sums of the weights over the samples
    /// where each alternative is first (m × n), then the sums of their squares (m × n).
    var acceptabilityStride: Int { alternatives * alternatives + 2 * alternatives * criteria }

    /// Draws `samples` weight vectors and value matrices from `SplitMix64(seed:)` and adds
    /// the rank credit and first-place weight sums to `out[0..<acceptabilityStride]`
    /// (zeroed by the caller).
    ///
    /// Ties split the credit: k alternatives with equal totals each get 1/k of each of the
    /// k ranks they share.
    ///
    /// - Returns: the number of weight attempts, and whether the weight sampler stalled.
    /// - Complexity: O(samples · (m · n + m² + weight draw)).
    func acceptabilityChunk(samples: Int, seed: UInt64, into out: UnsafeMutablePointer<Double>) -> (attempts: Int, stalled: Bool) {
        let m = alternatives
        let n = criteria
        let weightDrawer = WeightDrawer(weights)
        let valueDrawer = ValueDrawer(values)
        let work = UnsafeMutablePointer<Double>.allocate(capacity: n + m * n + m)
        let rankOf = UnsafeMutablePointer<Int>.allocate(capacity: m)
        defer {
            weightDrawer.deallocate()
            valueDrawer.deallocate()
            work.deallocate()
            rankOf.deallocate()
        }
        let w = work
        let v = work + n
        let totals = v + m * n
        valueDrawer.reset(v)
        let rank = out
        let centralSum = out + m * m
        let centralSquare = centralSum + m * n
        // With no ties the ranks are a permutation of 0..<m: every bit of `allRanks` set.
        let allRanks: UInt64 = m >= 64 ? .max : (1 << UInt64(m)) - 1
        let dense = valueDrawer.isDenseUniform
        var rng = SplitMix64(seed: seed)
        var attempts = 0
        for _ in 0..<samples {
            let tries = weightDrawer.draw(into: w, rng: &rng)
            if tries == 0 { return (attempts, true) }
            attempts &+= tries
            if dense {
                valueDrawer.drawTotals(totals, weights: w, m: m, n: n, rng: &rng)
            } else {
                valueDrawer.fill(v, rng: &rng)
                Self.totals(totals, weights: w, values: v, m: m, n: n)
            }
            // Rank = the number of strictly greater totals, counted without branches: for
            // finite doubles the sign bit of ta − tb is set exactly when tb > ta (x − x is
            // +0, and distinct values never differ by zero). Totals are finite because
            // values are bounded by `ValueDistribution.maximumMagnitude`.
            var seen: UInt64 = 0
            for a in 0..<m {
                let ta = totals[a]
                var greater = 0
                for b in 0..<m { greater &+= Int(truncatingIfNeeded: (ta - totals[b]).bitPattern >> 63) }
                rankOf[a] = greater
                seen |= 1 &<< UInt64(truncatingIfNeeded: greater)
            }
            if m <= 64 && seen == allRanks {
                for a in 0..<m {
                    let r = rankOf[a]
                    rank[a * m + r] += 1
                    if r == 0 { Self.addFirst(w, share: 1, sum: centralSum + a * n, square: centralSquare + a * n, n: n) }
                }
            } else {
                Self.creditWithTies(totals, rankOf: rankOf, weights: w, rank: rank, centralSum: centralSum, centralSquare: centralSquare, m: m, n: n)
            }
        }
        return (attempts, false)
    }

    /// Rank credit for a sample with tied totals (or more than 64 alternatives): k tied
    /// alternatives each get 1/k of each of the k ranks from `rankOf[a]` on.
    private static func creditWithTies(
        _ totals: UnsafeMutablePointer<Double>, rankOf: UnsafeMutablePointer<Int>, weights w: UnsafeMutablePointer<Double>,
        rank: UnsafeMutablePointer<Double>, centralSum: UnsafeMutablePointer<Double>, centralSquare: UnsafeMutablePointer<Double>,
        m: Int, n: Int
    ) {
        for a in 0..<m {
            let ta = totals[a]
            var equal = 0
            for b in 0..<m { equal &+= totals[b] == ta ? 1 : 0 }
            let greater = rankOf[a]
            let share = equal == 1 ? 1 : 1 / Double(equal)
            for r in greater..<(greater + equal) { rank[a * m + r] += share }
            if greater == 0 { addFirst(w, share: share, sum: centralSum + a * n, square: centralSquare + a * n, n: n) }
        }
    }

    /// Draws `samples` value matrices from `SplitMix64(seed:)` and, for each candidate k,
    /// adds its share of first place under the weights `central[k · n ..< (k + 1) · n]` to
    /// `out[k]` (zeroed by the caller). Every candidate is judged on the same value draws
    /// (common random numbers), so one draw serves them all.
    ///
    /// - Complexity: O(samples · (m · n · K + m · K)) for K candidates.
    func confidenceChunk(samples: Int, seed: UInt64, candidates: [Int], central: [Double], into out: UnsafeMutablePointer<Double>) {
        let m = alternatives
        let n = criteria
        let count = candidates.count
        let valueDrawer = ValueDrawer(values)
        let work = UnsafeMutablePointer<Double>.allocate(capacity: count * n + m * n + m)
        let target = UnsafeMutablePointer<Int>.allocate(capacity: max(1, count))
        defer {
            valueDrawer.deallocate()
            work.deallocate()
            target.deallocate()
        }
        let weightTable = work
        let v = work + count * n
        let totals = v + m * n
        for i in 0..<(count * n) { weightTable[i] = central[i] }
        for k in 0..<count { target[k] = candidates[k] }
        valueDrawer.reset(v)
        var rng = SplitMix64(seed: seed)
        for _ in 0..<samples {
            valueDrawer.fill(v, rng: &rng)
            for k in 0..<count {
                Self.totals(totals, weights: weightTable + k * n, values: v, m: m, n: n)
                out[k] += Self.firstShare(of: target[k], totals: totals, m: m)
            }
        }
    }

    /// `totals[a] = Σⱼ w[j] · v[j · m + a]` for a criterion-major value matrix, summed in
    /// criterion order (the same order as `ValueDrawer.drawTotals`).
    @inline(__always)
    static func totals(
        _ totals: UnsafeMutablePointer<Double>, weights w: UnsafeMutablePointer<Double>, values v: UnsafeMutablePointer<Double>, m: Int, n: Int
    ) {
        for a in 0..<m { totals[a] = 0 }
        for j in 0..<n {
            let weight = w[j]
            let column = v + j * m
            for a in 0..<m { totals[a] += weight * column[a] }
        }
    }

    /// 1 if `a` has the strictly highest total, 1/k if it shares the highest with k − 1
    /// others, else 0.
    @inline(__always)
    static func firstShare(of a: Int, totals: UnsafeMutablePointer<Double>, m: Int) -> Double {
        let ta = totals[a]
        var equal = 0
        for b in 0..<m {
            let tb = totals[b]
            if tb > ta { return 0 }
            equal &+= tb == ta ? 1 : 0
        }
        return equal == 1 ? 1 : 1 / Double(equal)
    }

    /// Adds `share · w` and `share · w²` to the first-place sums of one alternative.
    @inline(__always)
    private static func addFirst(
        _ w: UnsafeMutablePointer<Double>, share: Double, sum: UnsafeMutablePointer<Double>, square: UnsafeMutablePointer<Double>, n: Int
    ) {
        for j in 0..<n {
            let x = w[j]
            sum[j] += share * x
            square[j] += share * x * x
        }
    }
}
