/// The uncertainty of one alternative's value on one criterion (0–100 scale).
///
/// The distributions are independent between cells, as in Lahdelma & Salminen (2001),
/// "SMAA-2", *Operations Research* 49(3), 444–454, where the criteria values are random
/// variables with a joint density; independence is this implementation's assumption.
public enum ValueDistribution: Sendable, Hashable {
    /// A known value.
    case fixed(Double)
    /// Uniform on the interval `low…high` (continuous), with `low ≤ high`.
    case uniform(Double, Double)
    /// One of these values, each with the same probability: e.g. the values of levels 3, 4
    /// and 5 when the level is uncertain. List a value twice to give it double weight.
    case discrete([Double])
}

extension ValueDistribution {
    /// The value at `u` in 0..<1 (the inverse of the distribution function): `u` drawn
    /// uniformly gives a draw from the distribution.
    public func value(at u: Double) -> Double {
        switch self {
        case let .fixed(value): return value
        case let .uniform(low, high): return low + (high - low) * u
        case let .discrete(values):
            guard !values.isEmpty else { return .nan }
            return values[min(values.count - 1, Int(u * Double(values.count)))]
        }
    }
}
