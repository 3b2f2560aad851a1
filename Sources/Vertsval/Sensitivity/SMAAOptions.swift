internal import Foundation

/// How many samples to draw, from which seed, on how many threads.
///
/// The result depends on `samples`, `confidenceSamples` and `seed` only: the same options
/// give the same numbers, bit for bit, on 1 thread or on 16.
public struct SMAAOptions: Sendable, Hashable {
    /// The number of weight-and-value samples N for the rank acceptabilities and central
    /// weights (at least 1).
    public var samples: Int
    /// The random seed.
    public var seed: UInt64
    /// The number of worker threads; `nil` uses every active core.
    public var threads: Int?
    /// The number of value samples per confidence factor; `nil` uses
    /// `min(samples, 200_000)` (`defaultConfidenceSampleCap`).
    public var confidenceSamples: Int?

    /// The cap on the default number of confidence samples.
    public static let defaultConfidenceSampleCap = 200_000

    /// Creates options.
    public init(samples: Int = 100_000, seed: UInt64 = 0, threads: Int? = nil, confidenceSamples: Int? = nil) {
        self.samples = samples
        self.seed = seed
        self.threads = threads
        self.confidenceSamples = confidenceSamples
    }

    /// The number of confidence samples used: `confidenceSamples`, or `min(samples, 200_000)`.
    public var resolvedConfidenceSamples: Int {
        confidenceSamples ?? min(samples, Self.defaultConfidenceSampleCap)
    }

    /// The number of threads used: `threads`, or the number of active cores.
    var resolvedThreads: Int {
        threads ?? ProcessInfo.processInfo.activeProcessorCount
    }
}
