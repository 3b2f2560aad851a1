internal import SplitMix

/// SMAA-2, stochastic multicriteria acceptability analysis: how robust is the ranking of
/// the alternatives when the weights and the values are uncertain?
///
/// Method: Lahdelma & Salminen (2001), "SMAA-2: Stochastic multicriteria acceptability
/// analysis for group decision making", *Operations Research* 49(3), 444–454. The
/// integrals of §3 are estimated by Monte Carlo simulation, as in the paper's §4:
///
/// 1. **Acceptability.** N samples, each a weight vector from the `WeightModel` (see
///    `WeightSampler`) and a value matrix from the `ValueDistribution`s (independent
///    cells). The alternatives are ranked by total Σⱼ wⱼ vₐⱼ; rank acceptability
///    bᵣₐ = share of samples with a at rank r. Central weights wᶜₐ = mean weight vector
///    over the samples where a is first.
/// 2. **Confidence.** Nc = `options.resolvedConfidenceSamples` (default min(N, 200 000))
///    value matrices; the confidence factor pᶜₐ = share of them in which a is first with
///    the weights fixed at wᶜₐ. All alternatives are judged on the same value draws
///    (common random numbers). If every value is certain, pᶜₐ is computed exactly from one
///    evaluation.
///
/// **Assumptions.** Additive value model with values on a common 0–100 scale; weights are
/// non-negative and sum to 1; value distributions are independent of each other and of
/// the weights. **Ties** split the rank credit evenly (see `SMAAResult`).
///
/// **Reproducibility.** The samples are split into 64 chunks, whatever the number of
/// threads. Chunk c uses its own SplitMix64 generator seeded from (seed, c) and the chunk
/// results are merged in chunk order, so a seed gives the same numbers, bit for bit, on
/// any number of threads.
///
/// **Standard errors.** Rank acceptability: √(b(1 − b)/N). Central weight: sample
/// standard deviation / √(times first). Confidence factor: √(p(1 − p)/Nc).
///
/// ```swift
/// let problem = SMAAProblem(
///     weights: .box(lower: [0.4, 0.2, 0.2], upper: [0.6, 0.4, 0.3]),
///     values: [[.uniform(60, 80), .fixed(40), .discrete([50, 75])],
///              [.fixed(70), .uniform(50, 60), .fixed(60)]])
/// let result = try SMAA.run(problem, options: SMAAOptions(samples: 1_000_000, seed: 42))
/// result.rankAcceptability[0][0]   // share of samples in which alternative 0 is first
/// ```
///
/// - Complexity: O(N · (m · n + m²)) for the acceptability simulation and
///   O(Nc · m² · n) for the confidence factors; memory O(64 · m · (m + n)).
public enum SMAA {
    /// Runs SMAA-2 on `problem`.
    ///
    /// - Parameters:
    ///   - problem: the alternatives, criteria, weight model and value distributions.
    ///   - options: the number of samples, the seed and the number of threads.
    /// - Returns: rank acceptabilities, central weights and confidence factors with their
    ///   standard errors.
    /// - Throws: `SMAAError` for a bad problem or options (see `SMAAProblem.validate()`),
    ///   or `.weightSamplingStalled` if the box sampler gives up.
    public static func run(_ problem: SMAAProblem, options: SMAAOptions) throws(SMAAError) -> SMAAResult {
        guard options.samples >= 1 else { throw .invalidSampleCount(options.samples) }
        guard options.resolvedConfidenceSamples >= 1 else { throw .invalidSampleCount(options.resolvedConfidenceSamples) }
        if let threads = options.threads, threads < 1 { throw .invalidThreadCount(threads) }
        try problem.validateValues()
        let kernel = SMAAKernel(
            weights: try WeightSampler(problem.weights, criteria: problem.criteria),
            values: ValueTables(problem.values, criteria: problem.criteria))
        let threads = options.resolvedThreads

        let acceptability = try simulateAcceptability(kernel, samples: options.samples, seed: options.seed, threads: threads)
        let m = kernel.alternatives
        let n = kernel.criteria
        let total = Double(options.samples)
        var rankAcceptability: [[Double]] = []
        var rankStandardError: [[Double]] = []
        var centralWeights: [[Double]?] = []
        var centralWeightStandardError: [[Double]?] = []
        for a in 0..<m {
            let row = (0..<m).map { acceptability.sums[a * m + $0] / total }
            rankAcceptability.append(row)
            rankStandardError.append(row.map { ($0 * (1 - $0) / total).squareRoot() })
            let first = acceptability.sums[a * m]
            guard first > 0 else {
                centralWeights.append(nil)
                centralWeightStandardError.append(nil)
                continue
            }
            let sums = Array(acceptability.sums[(m * m + a * n)..<(m * m + (a + 1) * n)])
            let squares = Array(acceptability.sums[(m * m + m * n + a * n)..<(m * m + m * n + (a + 1) * n)])
            if kernel.weights.kind == .exact {
                // Averaging N copies would only add rounding error.
                centralWeights.append(kernel.weights.low)
                centralWeightStandardError.append(first >= 2 ? [Double](repeating: 0, count: n) : nil)
            } else {
                let mean = sums.map { $0 / first }
                centralWeights.append(mean)
                centralWeightStandardError.append(
                    first >= 2
                        ? (0..<n).map { j in
                            let variance = max(0, (squares[j] - first * mean[j] * mean[j]) / (first - 1))
                            return (variance / first).squareRoot()
                        } : nil)
            }
        }

        let confidence = confidenceFactors(
            kernel, centralWeights: centralWeights, samples: options.resolvedConfidenceSamples, seed: options.seed, threads: threads)
        return SMAAResult(
            samples: options.samples, seed: options.seed, rankAcceptability: rankAcceptability,
            rankStandardError: rankStandardError, centralWeights: centralWeights,
            centralWeightStandardError: centralWeightStandardError, confidence: confidence.factors,
            confidenceStandardError: confidence.standardErrors, confidenceSamples: confidence.samples,
            weightAcceptanceRate: Double(options.samples) / Double(max(1, acceptability.attempts)))
    }

    /// Runs the acceptability chunks and merges them in chunk order.
    private static func simulateAcceptability(_ kernel: SMAAKernel, samples: Int, seed: UInt64, threads: Int) throws(SMAAError)
        -> (sums: [Double], attempts: Int)
    {
        let stride = kernel.acceptabilityStride
        let chunks = ChunkScheduler.chunks
        var slots = [Double](repeating: 0, count: chunks * stride)
        var counters = [Int](repeating: 0, count: chunks * 2)
        slots.withUnsafeMutableBufferPointer { slotBuffer in
            counters.withUnsafeMutableBufferPointer { counterBuffer in
                guard let slotAddress = slotBuffer.baseAddress, let counterAddress = counterBuffer.baseAddress else { return }
                let slotBase = ChunkSlots(base: slotAddress)
                let counterBase = ChunkSlots(base: counterAddress)
                ChunkScheduler.forEachChunk(threads: threads) { chunk in
                    let outcome = kernel.acceptabilityChunk(
                        samples: ChunkScheduler.size(of: chunk, total: samples),
                        seed: SplitMix64.chunkSeed(seed, stream: 0, chunk: chunk), into: slotBase.base + chunk * stride)
                    counterBase.base[2 * chunk] = outcome.attempts
                    counterBase.base[2 * chunk + 1] = outcome.stalled ? 1 : 0
                }
            }
        }
        var sums = [Double](repeating: 0, count: stride)
        var attempts = 0
        for chunk in 0..<chunks {
            guard counters[2 * chunk + 1] == 0 else {
                throw .weightSamplingStalled(consecutiveRejections: WeightSampler.maxConsecutiveRejections)
            }
            attempts += counters[2 * chunk]
            for i in 0..<stride { sums[i] += slots[chunk * stride + i] }
        }
        return (sums, attempts)
    }

    /// The confidence factor of every alternative with central weights.
    private static func confidenceFactors(
        _ kernel: SMAAKernel, centralWeights: [[Double]?], samples: Int, seed: UInt64, threads: Int
    ) -> (factors: [Double?], standardErrors: [Double?], samples: Int) {
        let candidates = centralWeights.indices.filter { centralWeights[$0] != nil }
        let table = candidates.flatMap { centralWeights[$0] ?? [] }
        var factors = [Double?](repeating: nil, count: centralWeights.count)
        var errors = [Double?](repeating: nil, count: centralWeights.count)
        guard !candidates.isEmpty else { return (factors, errors, 0) }

        if kernel.values.isCertain {
            var credit = [Double](repeating: 0, count: candidates.count)
            credit.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                kernel.confidenceChunk(samples: 1, seed: seed, candidates: candidates, central: table, into: base)
            }
            for (k, a) in candidates.enumerated() {
                factors[a] = credit[k]
                errors[a] = 0
            }
            return (factors, errors, 0)
        }

        let stride = candidates.count
        let chunks = ChunkScheduler.chunks
        var slots = [Double](repeating: 0, count: chunks * stride)
        slots.withUnsafeMutableBufferPointer { buffer in
            guard let address = buffer.baseAddress else { return }
            let base = ChunkSlots(base: address)
            ChunkScheduler.forEachChunk(threads: threads) { chunk in
                kernel.confidenceChunk(
                    samples: ChunkScheduler.size(of: chunk, total: samples), seed: SplitMix64.chunkSeed(seed, stream: 1, chunk: chunk),
                    candidates: candidates, central: table, into: base.base + chunk * stride)
            }
        }
        let total = Double(samples)
        for (k, a) in candidates.enumerated() {
            var credit = 0.0
            for chunk in 0..<chunks { credit += slots[chunk * stride + k] }
            let p = credit / total
            factors[a] = p
            errors[a] = (p * (1 - p) / total).squareRoot()
        }
        return (factors, errors, samples)
    }
}
