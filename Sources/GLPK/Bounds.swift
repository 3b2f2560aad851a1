/// The range of values a column (variable) or row (constraint activity) may take.
///
/// An infinite endpoint means "no bound on that side": `.between(-.infinity, 5)` is the same
/// range as `.atMost(5)`, and equal endpoints are the same range as `.fixed`. Two `Bounds`
/// values compare equal only when they are spelled the same way; compare ``lower`` and
/// ``upper`` to compare ranges. ``LinearModel/validate()`` rejects NaN endpoints, `+∞` as a
/// lower bound, `-∞` as an upper bound and a lower bound above the upper bound.
public enum Bounds: Sendable, Hashable, Codable {
    /// No bound on either side.
    case free
    /// At least the given value.
    case atLeast(Double)
    /// At most the given value.
    case atMost(Double)
    /// Between the two values, both included.
    case between(Double, Double)
    /// Exactly the given value.
    case fixed(Double)

    /// The lower endpoint, `-infinity` when there is none.
    public var lower: Double {
        switch self {
        case .free, .atMost: -.infinity
        case .atLeast(let value), .fixed(let value): value
        case .between(let lower, _): lower
        }
    }

    /// The upper endpoint, `+infinity` when there is none.
    public var upper: Double {
        switch self {
        case .free, .atLeast: .infinity
        case .atMost(let value), .fixed(let value): value
        case .between(_, let upper): upper
        }
    }

    /// Whether `value` lies in the range, allowing an absolute-plus-relative `tolerance`.
    ///
    /// - Complexity: O(1).
    public func contains(_ value: Double, tolerance: Double = 0) -> Bool {
        let lower = self.lower
        let upper = self.upper
        return value >= lower - tolerance * (1 + Swift.abs(lower == -.infinity ? 0 : lower))
            && value <= upper + tolerance * (1 + Swift.abs(upper == .infinity ? 0 : upper))
    }
}

extension Bounds: CustomStringConvertible {
    /// The range in interval notation, for example `[0, 1]` or `(-inf, 5]`.
    public var description: String {
        let lower = self.lower
        let upper = self.upper
        let left = lower == -.infinity ? "(-inf" : "[\(Bounds.format(lower))"
        let right = upper == .infinity ? "+inf)" : "\(Bounds.format(upper))]"
        return "\(left), \(right)"
    }

    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), Swift.abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}
