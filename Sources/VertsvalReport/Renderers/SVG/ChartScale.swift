import Foundation

/// A linear map from data values to chart units, with "nice" round ticks.
///
/// The domain is widened to whole tick steps of 1, 2 or 5 × 10ⁿ, so that the axis starts
/// and ends on a labelled tick. Ticks are integer multiples of the step, so their labels
/// do not drift (no `0.30000000000000004`).
struct ChartScale: Sendable, Hashable {
    /// The lowest value on the axis.
    var lower: Double
    /// The highest value on the axis.
    var upper: Double
    /// The distance between ticks.
    var step: Double
    /// The decimals a tick label needs to show the step exactly.
    var decimals: Int
    /// The chart position of `lower`.
    var start: Double
    /// The chart position of `upper`.
    var end: Double

    /// A scale covering `minimum…maximum` with about `targetTicks` intervals, drawn from
    /// `start` to `end`.
    ///
    /// Non-finite values are ignored; an empty or zero-width range becomes 0…1 or
    /// value ± 1.
    init(minimum: Double, maximum: Double, targetTicks: Int, start: Double, end: Double) {
        var low = minimum.isFinite ? minimum : 0
        var high = maximum.isFinite ? maximum : 1
        if low > high { swap(&low, &high) }
        if high - low < 1e-12 {
            if low == 0 {
                high = 1
            } else {
                low -= abs(low) * 0.1 + 1e-9
                high += abs(high) * 0.1 + 1e-9
            }
        }
        let raw = (high - low) / Double(max(1, targetTicks))
        let magnitude = pow(10, floor(log10(raw)))
        let residual = raw / magnitude
        let factor: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
        step = factor * magnitude
        lower = (low / step + 1e-9).rounded(.down) * step
        upper = (high / step - 1e-9).rounded(.up) * step
        decimals = max(0, -Int(floor(log10(step) + 1e-9)))
        self.start = start
        self.end = end
    }

    /// The tick values from `lower` to `upper`.
    var ticks: [Double] {
        let first = Int((lower / step).rounded())
        let last = Int((upper / step).rounded())
        guard last >= first, last - first <= 100 else { return [lower, upper] }
        return (first...last).map { Double($0) * step }
    }

    /// The chart position of `value`.
    func position(_ value: Double) -> Double {
        guard upper > lower, value.isFinite else { return start }
        return start + (value - lower) / (upper - lower) * (end - start)
    }
}
