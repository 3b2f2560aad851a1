/// Rounding for figures a reader adds up: shown parts add to the shown total, and a shown
/// difference is the difference of the shown figures (68,6 − 66,3 is shown as 2,3, even when
/// the unrounded difference is 2,35).
public enum ShownRounding {
    /// `value` rounded half away from zero to `decimals` places, as `NumberFormat` shows it.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite else { return value }
        let scale = pow10(decimals)
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// The difference of `a` and `b` as a reader computes it from the shown figures.
    public static func difference(_ a: Double, _ b: Double, decimals: Int) -> Double {
        let scale = pow10(decimals)
        let units = (a * scale).rounded(.toNearestOrAwayFromZero) - (b * scale).rounded(.toNearestOrAwayFromZero)
        return units / scale
    }

    /// `parts` rounded to `decimals` places so that they add up to their rounded sum: each is
    /// rounded down (towards −∞) to the last place, and the units still missing go to the
    /// parts with the largest remainders (largest remainder method; ties to the earlier part).
    /// Each shown part differs from its value by less than one unit in the last place.
    /// Non-finite parts are returned as they are, and the rest is not adjusted.
    public static func apportioned(_ parts: [Double], decimals: Int) -> [Double] {
        guard parts.allSatisfy(\.isFinite) else { return parts }
        let scale = pow10(decimals)
        // Snapped to whole units where binary noise alone separates them (2,3 × 10 is
        // 22,999…), so that a part already at the shown precision stays as it is.
        let scaled = parts.map { part -> Double in
            let value = part * scale
            return abs(value - value.rounded()) < 1e-9 * max(1, abs(value)) ? value.rounded() : value
        }
        let target = scaled.reduce(0, +).rounded(.toNearestOrAwayFromZero)
        var units = scaled.map { $0.rounded(.down) }
        var missing = Int((target - units.reduce(0, +)).rounded())
        let order = scaled.indices.sorted { (scaled[$0] - units[$0], $1) > (scaled[$1] - units[$1], $0) }
        var index = 0
        while missing > 0, !order.isEmpty {
            units[order[index % order.count]] += 1
            missing -= 1
            index += 1
        }
        return units.map { $0 / scale }
    }

    /// 10 to the power `n` (1 for n ≤ 0), exactly, for the roundings here and `NumberFormat`.
    static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }
}
