internal import Foundation
internal import SplitMix

/// Exponential(1) draws by the ziggurat method with 256 layers: Marsaglia, G. & Tsang,
/// W. W. (2000), "The Ziggurat Method for Generating Random Variables", *Journal of
/// Statistical Software* 5(8), §3 and the `REXP`/`efix` code and `zigset` tables there.
///
/// About 98.9 % of draws take one 64-bit number, one table lookup and one multiplication;
/// the rest fall in a wedge (one `exp`) or the tail (one `log`). The uniform draws on the
/// simplex (normalised exponentials) need twelve exponentials per weight vector, where a
/// `log` each was the cost. The 32-bit magnitude and the 8-bit layer come from different
/// bits of the same draw, so that they are independent (the paper's 32-bit generator
/// reused the low bits).
struct ExponentialZiggurat: Sendable {
    /// `k[i]`: a magnitude below it lies under the curve in layer i (fast accept).
    let k: [UInt32]
    /// `w[i]`: layer i's width divided by 2³², so that x = magnitude · w[i].
    let w: [Double]
    /// `f[i]`: e^(−x) at layer i's right edge.
    let f: [Double]

    /// The right edge of the base layer, where the tail begins (r in the paper).
    static let tailStart = 7.697_117_470_131_487
    /// The area of each layer (v in the paper).
    static let layerArea = 3.949_659_822_581_572e-3

    /// The tables, computed once.
    static let shared = ExponentialZiggurat()

    private init() {
        let m2 = 4_294_967_296.0
        var k = [UInt32](repeating: 0, count: 256)
        var w = [Double](repeating: 0, count: 256)
        var f = [Double](repeating: 0, count: 256)
        var de = Self.tailStart
        var te = de
        let q = Self.layerArea / exp(-de)
        k[0] = UInt32((de / q) * m2)
        k[1] = 0
        w[0] = q / m2
        w[255] = de / m2
        f[0] = 1
        f[255] = exp(-de)
        for i in stride(from: 254, through: 1, by: -1) {
            de = -log(Self.layerArea / de + exp(-de))
            k[i + 1] = UInt32((de / te) * m2)
            te = de
            f[i] = exp(-de)
            w[i] = de / m2
        }
        self.k = k
        self.w = w
        self.f = f
    }

    /// One draw, from the tables behind `tables` (`k` as doubles, then `w`, then `f`; see
    /// `copyTables`) so that the hot loop checks no bounds.
    ///
    /// The fast accept is inlined; the wedge and the tail are a call (`drawOutside`) that
    /// takes and returns the generator by value, so that the caller's loop keeps it in a
    /// register and calls no `exp` or `log` inline.
    @inline(__always)
    static func draw(_ tables: UnsafePointer<Double>, rng: inout SplitMix64) -> Double {
        let r = rng.next()
        let i = Int(truncatingIfNeeded: r & 255)
        let magnitude = Double(UInt32(truncatingIfNeeded: r >> 32))
        let x = magnitude * tables[256 + i]
        if _fastPath(magnitude < tables[i]) { return x }
        let outside = drawOutside(tables, layer: i, x: x, rng: rng)
        rng = outside.rng
        return outside.draw
    }

    /// The rest of a draw whose first number fell outside layer `i`'s fast-accept region
    /// at `x`: the tail for the base layer, else the wedge test, and on a rejection a new
    /// draw (the same numbers as one loop would use).
    @inline(never)
    private static func drawOutside(_ tables: UnsafePointer<Double>, layer i: Int, x: Double, rng: SplitMix64) -> (
        draw: Double, rng: SplitMix64
    ) {
        var rng = rng
        let f = tables + 512
        if i == 0 { return (tailStart - log(rng.positiveUnit()), rng) }
        if f[i] + rng.unit() * (f[i - 1] - f[i]) < exp(-x) { return (x, rng) }
        return (draw(tables, rng: &rng), rng)
    }

    /// The number of doubles `copyTables` writes.
    static let tableCount = 768

    /// Writes `k` (as doubles), `w` and `f` to `out[0..<768]`.
    func copyTables(to out: UnsafeMutablePointer<Double>) {
        for i in 0..<256 {
            out[i] = Double(k[i])
            out[256 + i] = w[i]
            out[512 + i] = f[i]
        }
    }
}
