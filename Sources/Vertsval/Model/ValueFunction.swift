/// Maps a measured quantity to a value between 0 and 100.
///
/// Both forms are monotone in the direction of the criterion (validated on load), so that
/// "more of a good thing is never worth less" holds — an assumption of the additive value
/// model (Keeney & Raiffa 1976, preferential independence).
public enum ValueFunction: Sendable, Hashable {
    /// Linear between `worst` (value 0) and `best` (value 100), clamped outside.
    case linear(worst: Double, best: Double)
    /// Straight lines between points with increasing x, flat outside the first and last.
    case piecewise([Point])

    /// A point of a piecewise-linear function.
    public struct Point: Sendable, Hashable {
        /// The measured quantity.
        public var x: Double
        /// Its value, 0–100.
        public var value: Double

        /// Creates a point.
        public init(x: Double, value: Double) {
            self.x = x
            self.value = value
        }
    }

    /// The value 0–100 at `x`.
    public func value(at x: Double) -> Double {
        switch self {
        case let .linear(worst, best):
            guard worst != best else { return 0 }
            let t = (x - worst) / (best - worst)
            return 100 * min(1, max(0, t))
        case let .piecewise(points):
            return Self.interpolate(points, at: x)
        }
    }

    /// The function as points with increasing x (two points for the linear form).
    public var points: [Point] {
        switch self {
        case let .linear(worst, best):
            worst < best
                ? [Point(x: worst, value: 0), Point(x: best, value: 100)]
                : [Point(x: best, value: 100), Point(x: worst, value: 0)]
        case let .piecewise(points):
            points
        }
    }

    /// The quantity closest to `x` whose value is exactly `target`, or nil when no quantity
    /// reaches it. Used for "what would the travel time have to be for the other to win".
    ///
    /// - Complexity: O(*p*) for *p* points.
    public func quantity(reaching target: Double, closestTo x: Double) -> Double? {
        let points = self.points
        guard let first = points.first, let last = points.last else { return nil }
        var best: Double?
        func consider(_ candidate: Double) {
            if best == nil || abs(candidate - x) < abs((best ?? 0) - x) { best = candidate }
        }
        // Flat parts outside the points.
        if abs(first.value - target) < 1e-12 { consider(min(x, first.x)) }
        if abs(last.value - target) < 1e-12 { consider(max(x, last.x)) }
        for (a, b) in zip(points, points.dropFirst()) {
            let lo = min(a.value, b.value)
            let hi = max(a.value, b.value)
            guard target >= lo - 1e-12, target <= hi + 1e-12 else { continue }
            if a.value == b.value {
                consider(min(max(x, a.x), b.x))
            } else {
                consider(a.x + (target - a.value) * (b.x - a.x) / (b.value - a.value))
            }
        }
        return best
    }

    private static func interpolate(_ points: [Point], at x: Double) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if x <= first.x { return first.value }
        if x >= last.x { return last.value }
        for (a, b) in zip(points, points.dropFirst()) where x <= b.x {
            guard b.x > a.x else { return b.value }
            return a.value + (b.value - a.value) * (x - a.x) / (b.x - a.x)
        }
        return last.value
    }
}
