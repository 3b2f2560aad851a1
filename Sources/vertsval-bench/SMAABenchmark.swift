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

/// The SMAA-2 problem of issue 20's comparison with numpy: 10 alternatives × 12 criteria,
/// fixed values from `SplitMix64(seed: 7)` uniform in [20, 80), weights uniform on the
/// whole simplex. `benchmarks/smaa-numpy.py` builds the same values.
func smaaSimplexProblem(alternatives: Int = 10, criteria: Int = 12) -> SMAAProblem {
    var rng = SplitMix64(seed: 7)
    let values = (0..<alternatives).map { _ in (0..<criteria).map { _ in ValueDistribution.fixed(rng.uniform(20, 80)) } }
    return SMAAProblem(weights: .uniform, values: values)
}

/// The numpy peer's median in milliseconds and its P(first), when `python3` with numpy is
/// installed (`pip install numpy`); nil otherwise. The benchmark never needs it.
func numpySMAAPeer(samples: Int, runs: Int) -> (medianMs: Double, firstRank: [Double])? {
    let script = "benchmarks/smaa-numpy.py"
    guard FileManager.default.fileExists(atPath: script) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, "--samples", String(samples), "--runs", String(runs)]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let median = object["medianMs"] as? Double, let first = object["firstRank"] as? [Double]
    else { return nil }
    return (median, first)
}

/// SMAA-2 with weights uniform on the simplex (1 000 000 samples, every core), beside the
/// vectorised numpy peer computing the same rank acceptabilities and central weights
/// (issue 20: at least 6× faster). With fixed values SMAA-2 draws no confidence samples
/// (every confidence factor is 1), so both compute the same.
func smaaSimplexBenchmark(scale: Int) throws -> BenchmarkResult {
    let samples = 1_000_000
    let problem = smaaSimplexProblem()
    let options = SMAAOptions(samples: samples, seed: 1)
    var first: [Double] = []
    var result = try Benchmark(
        "smaa: \(samples) samples, 10 alternatives × 12 criteria, uniform on the simplex, fixed values (all cores)",
        iterations: max(1, 7 / scale), warmup: 1
    ).run {
        first = try SMAA.run(problem, options: options).firstRankAcceptability
    }
    result.target = "≥ 6× the numpy peer"
    result.notes["firstRank"] = first.map { String(format: "%.4f", $0) }.joined(separator: " ")
    if let peer = numpySMAAPeer(samples: samples, runs: max(1, 5 / scale)) {
        result.notes["peerNumpyMedianMs"] = String(format: "%.1f", peer.medianMs)
        result.notes["peerNumpyOverVertsval"] = String(format: "%.2f", peer.medianMs / result.medianMs)
        result.notes["peerNumpyFirstRank"] = peer.firstRank.map { String(format: "%.4f", $0) }.joined(separator: " ")
    }
    return result
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
    results.append(try smaaSimplexBenchmark(scale: scale))
    return results
}
