/// SplitMix64: a tiny, fast, reproducible random number generator.
///
/// Steele, Lea and Flood, "Fast splittable pseudorandom number generators" (OOPSLA 2014):
/// a Weyl sequence (step `0x9E3779B97F4A7C15`) through a 64-bit finaliser. Not for
/// cryptography. The same seed gives the same stream on every machine, which is what the
/// sampling, the generators and the searches need. Inlinable, so that hot loops in other
/// modules draw at the cost of a few multiplications.
///
/// ```swift
/// var rng = SplitMix64(seed: 7)
/// let x = rng.uniform(0, 1)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    /// Creates a generator from a seed.
    @inlinable
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [low, high).
    @inlinable
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) / Double(1 << 53)
    }

    /// A uniform integer in `range`.
    @inlinable
    public mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
