/// One block of SMAA-2 samples, one sample per SIMD lane: the weights by criterion, the
/// totals and the ranks by alternative (`SMAAKernel.acceptabilityChunk`).
///
/// Lane s of row i is element `i · lanes + s` of each buffer. The buffers are raw memory
/// read and written as `Lanes` with unaligned loads and stores, and as single numbers by
/// index. Not `Sendable`: each chunk makes its own and deallocates it.
struct SMAABlock {
    /// A lane vector of numbers: eight samples at once (four SSE2 registers).
    typealias Lanes = SIMD8<Double>
    /// A lane vector of ranks.
    typealias Ranks = SIMD8<Int64>

    /// The samples in a block.
    static let lanes = Lanes.scalarCount

    let alternatives: Int
    let criteria: Int
    /// n rows: each criterion's weight in every sample.
    let weights: UnsafeMutablePointer<Double>
    /// m rows: each alternative's total in every sample.
    let totals: UnsafeMutablePointer<Double>
    /// m rows: each alternative's rank (the number of strictly greater totals).
    let ranks: UnsafeMutablePointer<Int64>

    init(alternatives: Int, criteria: Int) {
        self.alternatives = alternatives
        self.criteria = criteria
        weights = .allocate(capacity: (criteria + alternatives) * Self.lanes)
        totals = weights + criteria * Self.lanes
        ranks = .allocate(capacity: alternatives * Self.lanes)
        weights.initialize(repeating: 0, count: (criteria + alternatives) * Self.lanes)
        ranks.initialize(repeating: 0, count: alternatives * Self.lanes)
    }

    func deallocate() {
        weights.deallocate()
        ranks.deallocate()
    }

    @inline(__always)
    private static func load(_ row: UnsafeMutablePointer<Double>) -> Lanes {
        UnsafeRawPointer(row).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    private static func store(_ x: Lanes, _ row: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(row).storeBytes(of: x, as: Lanes.self)
    }

    @inline(__always)
    private static func load(_ row: UnsafeMutablePointer<Int64>) -> Ranks {
        UnsafeRawPointer(row).loadUnaligned(as: Ranks.self)
    }

    @inline(__always)
    private static func store(_ x: Ranks, _ row: UnsafeMutablePointer<Int64>) {
        UnsafeMutableRawPointer(row).storeBytes(of: x, as: Ranks.self)
    }

    /// Sets the weights and totals of lanes `first..<lanes` to 0, for a last block that is
    /// not full (its totals tie, and its lanes are not credited).
    func clear(from first: Int) {
        for row in 0..<(criteria + alternatives) {
            for s in first..<Self.lanes { weights[row * Self.lanes + s] = 0 }
        }
    }

    /// `totals[a] = Σⱼ w[j] · values[a · n + j]` in every lane, summed in criterion order from
    /// 0 (as `SMAAKernel.totals` sums one sample), for values that are the same in every
    /// sample (row-major). Two alternatives at a time, so that eight lane sums are in flight.
    ///
    /// - Complexity: O(m · n) lane operations.
    @inline(__always)
    func computeTotals(values: UnsafeMutablePointer<Double>) {
        let m = alternatives
        let n = criteria
        let lanes = Self.lanes
        var a = 0
        while a + 1 < m {
            let first = values + a * n
            let second = first + n
            var t0 = Lanes()
            var t1 = Lanes()
            for j in 0..<n {
                let w = Self.load(weights + j &* lanes)
                t0 += w * first[j]
                t1 += w * second[j]
            }
            Self.store(t0, totals + a * lanes)
            Self.store(t1, totals + (a + 1) * lanes)
            a += 2
        }
        if a < m {
            let row = values + a * n
            var t = Lanes()
            for j in 0..<n { t += Self.load(weights + j &* lanes) * row[j] }
            Self.store(t, totals + a * lanes)
        }
    }

    /// Counts, in every lane, the totals strictly greater than each alternative's: each pair
    /// once, with two lane comparisons (a comparison's mask is −1 where it holds).
    ///
    /// - Returns: the lanes with tied totals. Without ties the ranks are a permutation of
    ///   0..<m and sum to m(m − 1)/2; tied alternatives share the lowest rank of their
    ///   group, so any tie makes the sum smaller.
    /// - Complexity: O(m²) lane operations.
    @inline(__always)
    func rank() -> SIMDMask<Ranks> {
        let m = alternatives
        let lanes = Self.lanes
        for a in 0..<m { Self.store(Ranks(), ranks + a * lanes) }
        var sum = Ranks()
        for a in 0..<m {
            let ta = Self.load(totals + a &* lanes)
            var ra = Self.load(ranks + a &* lanes)
            var c = a + 1
            while c < m {
                let tc = Self.load(totals + c &* lanes)
                ra &-= unsafeBitCast(ta .< tc, to: Ranks.self)
                Self.store(Self.load(ranks + c &* lanes) &- unsafeBitCast(tc .< ta, to: Ranks.self), ranks + c &* lanes)
                c += 1
            }
            Self.store(ra, ranks + a &* lanes)
            sum &+= ra
        }
        return sum .< Ranks(repeating: Int64(m * (m - 1) / 2))
    }
}
