/// Weights from swing points: how much each criterion's swing from its worst to its best
/// level is worth, the most important swing given 100.
///
/// Method: von Winterfeldt & Edwards (1986), *Decision Analysis and Behavioral Research*,
/// Cambridge University Press, §8.4 ("swing weights"). The member imagines every criterion
/// at its worst level, picks the criterion whose swing to its best level matters most and
/// gives it 100 points, then gives every other swing points relative to it (0–100). The
/// weights are the points normalised: wᵢ = pᵢ / Σₖ pₖ.
///
/// **Assumptions.** The swing is the whole range of the criterion's value function (0 to
/// 100 in vertsval's value model), so the points are comparable across criteria.
public enum SwingWeighting {
    /// The points the most important swing gets.
    public static let topPoints = 100.0

    /// The weights of `points` (each in 0…100, the largest 100), in the same order; they
    /// sum to 1.
    ///
    /// - Precondition: the points are finite, non-negative, and at least one is above 0
    ///   (the loader checks this and the 100 at the top).
    public static func weights(points: [Double]) -> [Double] {
        let total = points.reduce(0, +)
        precondition(total > 0 && total.isFinite && points.allSatisfy { $0 >= 0 }, "swing points are non-negative, some above 0")
        return points.map { $0 / total }
    }
}
