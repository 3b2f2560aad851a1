internal import SplitMix

/// Fast draws for the SMAA hot loop, on top of `SplitMix64.next()`.
extension SplitMix64 {
    /// A uniform double in [0, 1) from the top 53 bits.
    @inline(__always)
    mutating func unit() -> Double {
        Double(Int64(bitPattern: next() >> 11)) * 0x1p-53
    }

    /// Two uniform doubles in [0, 1) from one draw, 32 bits each: resolution 2.3 · 10⁻¹⁰,
    /// ample for value intervals, at half the cost.
    @inline(__always)
    mutating func unitPair() -> (Double, Double) {
        let x = next()
        return (Double(Int64(bitPattern: x >> 32)) * 0x1p-32, Double(Int64(bitPattern: x & 0xFFFF_FFFF)) * 0x1p-32)
    }

    /// A uniform double in (0, 1], never 0, for `-log(u)`.
    @inline(__always)
    mutating func positiveUnit() -> Double {
        Double(Int64(bitPattern: (next() >> 11) + 1)) * 0x1p-53
    }

    /// A uniform index in `0..<count` by multiply-shift on the top 32 bits (bias below
    /// count · 2⁻³², negligible for the few levels of a discrete value).
    @inline(__always)
    mutating func index(below count: Int) -> Int {
        Int(truncatingIfNeeded: ((next() >> 32) &* UInt64(truncatingIfNeeded: count)) >> 32)
    }

    /// The seed of chunk `chunk` in stream `stream` for a run seeded with `seed`: two
    /// SplitMix64 finalisations, so that neighbouring chunks get unrelated generators.
    static func chunkSeed(_ seed: UInt64, stream: UInt64, chunk: Int) -> UInt64 {
        var outer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        var inner = SplitMix64(seed: outer.next() &+ UInt64(truncatingIfNeeded: chunk) &* 0x8CB9_2BA7_2F3D_8DD7)
        return inner.next()
    }
}
