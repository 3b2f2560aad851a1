import Foundation
import SplitMix
import Vertsval

/// The SMAA-2 benchmark problem: 10 alternatives × 12 criteria, every weight in a ±20 %
/// box around template weights, every value uniform in a 20-point interval. All numbers
/// come from `SplitMix64(seed: 7)`, so the problem is the same on every machine.
func smaaBenchmarkProblem(alternatives: Int = 10, criteria: Int = 12) -> SMAAProblem {
    var rng = SplitMix64(seed: 7)
    let points = (0..<criteria).map { _ in rng.uniform(1, 3) }
    let total = points.reduce(0, +)
    let weights = points.map { $0 / total }
    let values = (0..<alternatives).map { _ in
        (0..<criteria).map { _ -> ValueDistribution in
            let centre = rng.uniform(20, 80)
            return .uniform(centre - 10, centre + 10)
        }
    }
    return SMAAProblem(weights: .box(lower: weights.map { $0 * 0.8 }, upper: weights.map { $0 * 1.2 }), values: values)
}

/// Times `SMAA.run` on the benchmark problem: one warm-up run, then `iterations` timed
/// runs with seed 1 (confidence factors included, at the default min(N, 200 000) samples).
///
/// - Parameters:
///   - samples: N.
///   - threads: worker threads; `nil` uses every core.
///   - iterations: timed runs.
/// - Returns: the median and fastest run in milliseconds, and the box sampler's
///   acceptance rate.
func smaaBenchmark(samples: Int, threads: Int? = nil, iterations: Int = 7) throws -> (
    medianMs: Double, minMs: Double, acceptanceRate: Double
) {
    let problem = smaaBenchmarkProblem()
    let options = SMAAOptions(samples: samples, seed: 1, threads: threads)
    var acceptance = 0.0
    let result = try Benchmark("smaa", iterations: max(1, iterations), warmup: 1).run {
        acceptance = try SMAA.run(problem, options: options).weightAcceptanceRate
    }
    return (result.medianMs, result.minMs, acceptance)
}

/// The SMAA-2 benchmarks for `vertsval-bench`: 1 000 000 samples on 1 thread, 2 threads
/// and every core (target < 500 ms on 2 cores), and the scaling over 10 000, 100 000 and
/// 1 000 000 samples on every core.
func smaaBenchmarks(scale: Int) throws -> [BenchmarkResult] {
    let problem = smaaBenchmarkProblem()
    var results: [BenchmarkResult] = []
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var runs: [(samples: Int, threads: Int?)] = [(1_000_000, 1), (1_000_000, 2)]
    runs += [10_000, 100_000, 1_000_000].map { ($0, nil) }
    for (samples, threads) in runs {
        let options = SMAAOptions(samples: samples, seed: 1, threads: threads)
        let iterations = max(1, (samples >= 1_000_000 ? 7 : 21) / scale)
        var acceptance = 0.0
        let label = threads.map { "\($0) thread" + ($0 == 1 ? "" : "s") } ?? "all \(cores) cores"
        var result = try Benchmark(
            "smaa: \(samples) samples, 10 alternatives × 12 criteria, ±20 % weight box, uniform values (\(label))",
            iterations: iterations, warmup: 1
        ).run {
            acceptance = try SMAA.run(problem, options: options).weightAcceptanceRate
        }
        if samples == 1_000_000 && threads == nil { result.target = "< 500 ms on 2 cores" }
        result.notes["weightAcceptanceRate"] = String(format: "%.3f", acceptance)
        result.notes["confidenceSamples"] = String(options.resolvedConfidenceSamples)
        results.append(result)
    }
    return results
}
