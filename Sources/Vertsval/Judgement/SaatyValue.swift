internal import Foundation

/// One judgement on Saaty's fundamental scale: 1–9, or the reciprocal of one of them.
///
/// Scale: Saaty (1977), "A scaling method for priorities in hierarchical structures", and
/// Saaty (1980), *The Analytic Hierarchy Process*, McGraw-Hill: 1 equal importance, 3 moderate, 5 strong, 7 very strong, 9
/// extreme, 2, 4, 6, 8 between. "a over b: 3" says a is moderately more important than b;
/// "a over b: 1/3" says b is moderately more important than a.
public struct SaatyValue: Sendable, Hashable, CustomStringConvertible {
    /// 1…9 when the first criterion is the more important, else 1.
    public let numerator: Int
    /// 1…9 when the second criterion is the more important, else 1.
    public let denominator: Int

    /// The judgement `numerator` (1…9), or its reciprocal when `reciprocal`.
    ///
    /// - Precondition: `1 <= value <= 9`.
    public init(_ value: Int, reciprocal: Bool = false) {
        precondition((1...9).contains(value), "Saaty's scale runs from 1 to 9")
        numerator = reciprocal ? 1 : value
        denominator = reciprocal ? value : 1
    }

    /// The judgement as written in a file: `3`, `1/3`; nil for anything off the scale
    /// (`0`, `10`, `0.33`, `2/3`).
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        switch parts.count {
        case 1:
            guard let value = Int(parts[0]), (1...9).contains(value) else { return nil }
            self.init(value)
        case 2:
            guard parts[0] == "1", let value = Int(parts[1]), (1...9).contains(value) else { return nil }
            self.init(value, reciprocal: true)
        default:
            return nil
        }
    }

    /// The ratio aᵢⱼ.
    public var ratio: Double { Double(numerator) / Double(denominator) }

    /// The judgement seen from the other criterion: 3 becomes 1/3.
    public var reciprocal: SaatyValue {
        numerator == 1 ? SaatyValue(denominator) : SaatyValue(numerator, reciprocal: true)
    }

    /// `3` or `1/3`.
    public var description: String { denominator == 1 ? "\(numerator)" : "1/\(denominator)" }

    /// Every value of the scale, from 1/9 to 9.
    public static let scale: [SaatyValue] = (2...9).reversed().map { SaatyValue($0, reciprocal: true) } + (1...9).map { SaatyValue($0) }

    /// The value of the scale nearest to `ratio` on a logarithmic scale (|ln s − ln r|
    /// smallest; the ratio of two judgements, not their difference, is what the method
    /// compares). Ratios beyond 9 or 1/9 give 9 or 1/9.
    ///
    /// - Precondition: `ratio` is finite and positive.
    public static func nearest(to ratio: Double) -> SaatyValue {
        precondition(ratio.isFinite && ratio > 0, "a ratio of weights is positive")
        let target = log(ratio)
        var best = SaatyValue(1)
        var distance = Double.infinity
        for value in scale {
            let d = abs(log(value.ratio) - target)
            if d < distance - 1e-12 {
                best = value
                distance = d
            }
        }
        return best
    }
}
