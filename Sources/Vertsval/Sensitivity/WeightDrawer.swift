internal import SplitMix

/// One chunk's copy of a `WeightSampler`'s tables behind raw pointers, for the hot loop.
///
/// Not `Sendable`: each chunk makes its own and deallocates it.
struct WeightDrawer {
    let kind: WeightSampler.Kind
    let n: Int
    let dependent: Int
    let dependentLow: Double
    let dependentHigh: Double
    let low: UnsafeMutablePointer<Double>
    let span: UnsafeMutablePointer<Double>
    let scratch: UnsafeMutablePointer<Double>
    let order: UnsafeMutablePointer<Int>
    /// `.discrete`: the vectors, k · n numbers.
    let vectors: UnsafeMutablePointer<Double>
    /// `.discrete`: the number of vectors k.
    let vectorCount: Int
    /// `.simplex` and `.ordinal`: the exponential ziggurat's tables (`ExponentialZiggurat`).
    let ziggurat: UnsafeMutablePointer<Double>

    init(_ sampler: WeightSampler) {
        kind = sampler.kind
        n = sampler.criteria
        dependent = sampler.dependent
        dependentLow = sampler.dependentLow
        dependentHigh = sampler.dependentHigh
        low = .allocate(capacity: 3 * n)
        span = low + n
        scratch = low + 2 * n
        order = .allocate(capacity: n)
        for i in 0..<n {
            low[i] = sampler.low[i]
            span[i] = sampler.span[i]
            scratch[i] = 0
            order[i] = sampler.order[i]
        }
        vectorCount = n > 0 ? sampler.vectors.count / n : 0
        vectors = .allocate(capacity: max(1, sampler.vectors.count))
        for i in sampler.vectors.indices { vectors[i] = sampler.vectors[i] }
        ziggurat = .allocate(capacity: ExponentialZiggurat.tableCount)
        ExponentialZiggurat.shared.copyTables(to: ziggurat)
    }

    func deallocate() {
        low.deallocate()
        order.deallocate()
        vectors.deallocate()
        ziggurat.deallocate()
    }

    /// Writes one weight vector to `w[0..<n]`.
    ///
    /// - Returns: the number of attempts (1 unless `.box`), or 0 after
    ///   `WeightSampler.maxConsecutiveRejections` rejections in a row.
    @inline(__always)
    func draw(into w: UnsafeMutablePointer<Double>, rng: inout SplitMix64) -> Int {
        switch kind {
        case .exact:
            for i in 0..<n { w[i] = low[i] }
            return 1
        case .simplex:
            simplex(into: w, rng: &rng)
            return 1
        case .discrete:
            let pick = rng.index(below: vectorCount)
            let source = vectors + pick * n
            for i in 0..<n { w[i] = source[i] }
            return 1
        case .ordinal:
            simplex(into: scratch, rng: &rng)
            // Insertion sort, descending: n is small.
            for i in 1..<max(1, n) {
                let x = scratch[i]
                var j = i
                while j > 0 && scratch[j - 1] < x {
                    scratch[j] = scratch[j - 1]
                    j -= 1
                }
                scratch[j] = x
            }
            for k in 0..<n { w[order[k]] = scratch[k] }
            return 1
        case .box:
            var attempts = 0
            while attempts < WeightSampler.maxConsecutiveRejections {
                attempts &+= 1
                if attemptBox(into: w, rng: &rng) { return attempts }
            }
            return 0
        }
    }

    /// One rejection-sampling attempt for a box; on success `w` holds the vector.
    @inline(__always)
    func attemptBox(into w: UnsafeMutablePointer<Double>, rng: inout SplitMix64) -> Bool {
        var sum = 0.0
        for i in 0..<n where i != dependent {
            let x = low[i] + span[i] * rng.unit()
            w[i] = x
            sum += x
        }
        let last = 1 - sum
        guard last >= dependentLow && last <= dependentHigh else { return false }
        w[dependent] = last
        return true
    }

    /// A uniform draw from the simplex: normalised exponentials (by the ziggurat).
    @inline(__always)
    private func simplex(into w: UnsafeMutablePointer<Double>, rng: inout SplitMix64) {
        var sum = 0.0
        for i in 0..<n {
            let e = ExponentialZiggurat.draw(ziggurat, rng: &rng)
            w[i] = e
            sum += e
        }
        let scale = 1 / sum
        for i in 0..<n { w[i] *= scale }
    }
}
