internal import SplitMix

/// The inner loops of SMAA-2, one chunk of samples at a time.
///
/// Everything the loops touch is behind raw pointers set up once per chunk (the
/// `WeightDrawer`, the `ValueDrawer`, and scratch blocks), so a sample allocates nothing,
/// checks no bounds and calls nothing dynamically.
///
/// **Blocks of samples.** The acceptability simulation draws `SMAABlock.lanes` samples one
/// after another (the same random stream as one at a time) and then works on the block
/// with one sample per SIMD lane: with certain values the totals are a product of the
/// block's weights (a lane vector per criterion) and each alternative's values, kept in
/// registers; the ranks are counted pairwise with lane comparisons; a tie shows as a rank
/// sum below m(m − 1)/2. Every total is summed in criterion order from 0, as one sample at a
/// time would sum it, so the figures are the same bit for bit.
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
        let lanes = SMAABlock.lanes
        let weightDrawer = WeightDrawer(weights)
        let valueDrawer = ValueDrawer(values)
        let block = SMAABlock(alternatives: m, criteria: n)
        let work = UnsafeMutablePointer<Double>.allocate(capacity: n + 2 * m * n + m)
        defer {
            weightDrawer.deallocate()
            valueDrawer.deallocate()
            block.deallocate()
            work.deallocate()
        }
        let w = work
        let v = work + n
        let rows = v + m * n
        let totals = rows + m * n
        valueDrawer.reset(v)
        for i in 0..<(m * n) { rows[i] = values.base[i] }
        let rank = out
        let centralSum = out + m * m
        let centralSquare = centralSum + m * n
        let certain = values.isCertain
        let dense = valueDrawer.isDenseUniform
        var rng = SplitMix64(seed: seed)
        var attempts = 0
        var done = 0
        while done < samples {
            let count = min(lanes, samples - done)
            for s in 0..<count {
                let tries = weightDrawer.draw(into: w, rng: &rng)
                if tries == 0 { return (attempts, true) }
                attempts &+= tries
                for j in 0..<n { block.weights[j &* lanes &+ s] = w[j] }
                if certain { continue }
                if dense {
                    valueDrawer.drawTotals(totals, weights: w, m: m, n: n, rng: &rng)
                } else {
                    valueDrawer.fill(v, rng: &rng)
                    Self.totals(totals, weights: w, values: v, m: m, n: n)
                }
                for a in 0..<m { block.totals[a &* lanes &+ s] = totals[a] }
            }
            if count < lanes { block.clear(from: count) }
            if certain { block.computeTotals(values: rows) }
            let tied = block.rank()
            for s in 0..<count {
                if tied[s] {
                    for a in 0..<m { totals[a] = block.totals[a &* lanes &+ s] }
                    for j in 0..<n { w[j] = block.weights[j &* lanes &+ s] }
                    Self.creditWithTies(
                        totals, weights: w, rank: rank, centralSum: centralSum, centralSquare: centralSquare, m: m, n: n)
                    continue
                }
                var first = 0
                for a in 0..<m {
                    let r = Int(truncatingIfNeeded: block.ranks[a &* lanes &+ s])
                    rank[a &* m &+ r] += 1
                    if r == 0 { first = a }
                }
                let sum = centralSum + first &* n
                let square = centralSquare + first &* n
                for j in 0..<n {
                    let x = block.weights[j &* lanes &+ s]
                    sum[j] += x
                    square[j] += x * x
                }
            }
            done &+= count
        }
        return (attempts, false)
    }

    /// Rank credit for a sample with tied totals: k tied alternatives each get 1/k of each
    /// of the k ranks from the number of strictly greater totals on.
    private static func creditWithTies(
        _ totals: UnsafeMutablePointer<Double>, weights w: UnsafeMutablePointer<Double>, rank: UnsafeMutablePointer<Double>,
        centralSum: UnsafeMutablePointer<Double>, centralSquare: UnsafeMutablePointer<Double>, m: Int, n: Int
    ) {
        for a in 0..<m {
            let ta = totals[a]
            var equal = 0
            var greater = 0
            for b in 0..<m {
                equal &+= totals[b] == ta ? 1 : 0
                greater &+= totals[b] > ta ? 1 : 0
            }
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
