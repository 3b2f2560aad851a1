import Foundation
import SplitMix
import Testing

@testable import Vertsval

/// The exponential ziggurat behind the uniform draws on the simplex: its tables against the
/// published ones, and its draws against the exponential distribution.
@Suite struct ExponentialZigguratTests {
    static func draws(_ count: Int, seed: UInt64) -> [Double] {
        let tables = UnsafeMutablePointer<Double>.allocate(capacity: ExponentialZiggurat.tableCount)
        defer { tables.deallocate() }
        ExponentialZiggurat.shared.copyTables(to: tables)
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in ExponentialZiggurat.draw(tables, rng: &rng) }
    }

    @Test("The layers have the paper's area: each layer's rectangle plus the base's tail is v = 3.9497e-3")
    func tables() {
        let z = ExponentialZiggurat.shared
        // Layer i (1…255) spans x in [0, x_i) with x_i = w[i] · 2³² and heights f[i]…f[i − 1].
        for i in 1..<256 {
            let right = z.w[i] * 4_294_967_296
            let area = right * (z.f[i - 1] - z.f[i])
            #expect(abs(area - ExponentialZiggurat.layerArea) < 1e-12, "layer \(i)")
        }
        // The base: rectangle r · e^(−r) plus the tail e^(−r) make v.
        let r = ExponentialZiggurat.tailStart
        #expect(abs(r * exp(-r) + exp(-r) - ExponentialZiggurat.layerArea) < 1e-12)
        // The edges fall from r to the top, where f reaches 1 (x = 0 would be the mode).
        #expect(z.f[0] == 1)
        #expect((1..<255).allSatisfy { z.w[$0] < z.w[$0 + 1] })
    }

    @Test("400 000 draws follow Exp(1): mean, variance, the tail beyond r and a Kolmogorov–Smirnov distance")
    func distribution() {
        let count = 400_000
        let x = Self.draws(count, seed: 17)
        #expect(x.allSatisfy { $0 >= 0 && $0.isFinite })
        let mean = x.reduce(0, +) / Double(count)
        let variance = x.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(count)
        // sd of the mean 1/√N; of the variance about √(8/N) for Exp(1).
        #expect(abs(mean - 1) < 4 / Double(count).squareRoot())
        #expect(abs(variance - 1) < 4 * (8 / Double(count)).squareRoot())
        // The tail (drawn by the log branch): P(X > 6) = e^−6, P(X > r) = e^−r.
        for t in [3.0, 6.0, ExponentialZiggurat.tailStart] {
            let share = Double(x.filter { $0 > t }.count) / Double(count)
            let p = exp(-t)
            #expect(abs(share - p) < 4 * (p * (1 - p) / Double(count)).squareRoot() + 1.0 / Double(count), "t = \(t)")
        }
        // Kolmogorov–Smirnov: at N = 400 000 the 0.1 % critical distance is 1.95 / √N.
        let sorted = x.sorted()
        var distance = 0.0
        for (index, value) in sorted.enumerated() {
            let cdf = 1 - exp(-value)
            distance = max(distance, abs(cdf - Double(index) / Double(count)), abs(cdf - Double(index + 1) / Double(count)))
        }
        #expect(distance < 1.95 / Double(count).squareRoot())
    }
}
