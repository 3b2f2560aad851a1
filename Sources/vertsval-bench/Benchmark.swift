import Foundation

/// Times a piece of work: a few warm-up runs, then `iterations` timed runs; reports the
/// median and the 90th percentile in milliseconds.
struct Benchmark {
    let name: String
    let iterations: Int
    let warmup: Int

    init(_ name: String, iterations: Int, warmup: Int = 3) {
        self.name = name
        self.iterations = iterations
        self.warmup = warmup
    }

    func run(_ work: () throws -> Void) rethrows -> BenchmarkResult {
        for _ in 0..<warmup { try work() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let elapsed = try clock.measure(work)
            samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        samples.sort()
        func quantile(_ q: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count - 1) * q))] }
        return BenchmarkResult(
            name: name, iterations: iterations, medianMs: quantile(0.5), p90Ms: quantile(0.9), minMs: samples.first ?? 0)
    }
}

/// One benchmark's timings, as printed in the JSON output.
struct BenchmarkResult: Encodable {
    let name: String
    let iterations: Int
    let medianMs: Double
    let p90Ms: Double
    let minMs: Double
    var target: String?
    var notes: [String: String] = [:]
}
