/// The weights used in one evaluation: the template's points, any changes (from the case,
/// a scenario or the command line, each with its origin), and the normalised fractions.
public struct WeightSet: Sendable {
    /// Where a change of weight comes from.
    public enum Origin: Sendable, Hashable {
        /// The case file changes it, with a stated reason.
        case caseOverride(reason: LocalizedText)
        /// Changed for this run only (`--weight`, web sliders).
        case adjustment
        /// Changed by a saved scenario, with its title and reason.
        case scenario(title: LocalizedText, reason: LocalizedText)
    }

    /// One weight that differs from the template.
    public struct Change: Sendable, Hashable {
        /// The criterion.
        public var criterion: Criterion.ID
        /// The template's points.
        public var templatePoints: Double
        /// The points used.
        public var points: Double
        /// Where the change comes from.
        public var origin: Origin
    }

    /// Criterion ids in template order.
    public let criteria: [Criterion.ID]
    /// The template's points per criterion.
    public let templatePoints: [Criterion.ID: Double]
    /// The points used per criterion.
    public let points: [Criterion.ID: Double]
    /// The changes relative to the template, in template order.
    public let changes: [Change]

    /// One change of points asked for on top of the template and the case: from a saved
    /// scenario, or for this run only.
    public struct Adjustment: Sendable, Hashable {
        /// The criterion id as given.
        public var criterion: Criterion.ID
        /// The points asked for.
        public var points: Double
        /// Where it comes from.
        public var origin: Origin

        /// Creates an adjustment.
        public init(criterion: Criterion.ID, points: Double, origin: Origin = .adjustment) {
            self.criterion = criterion
            self.points = points
            self.origin = origin
        }
    }

    /// Builds the weights for a case: template points, then the case's overrides, then
    /// `adjustments` (criterion id → points) for this run, all with origin `origin`.
    ///
    /// - Throws: `WeightError` for an unknown criterion (with the closest id), a weight that
    ///   is negative or not finite, or when all weights end up zero.
    public init(
        template: Template, overrides: [WeightOverride] = [], adjustments: [(criterion: Criterion.ID, points: Double)] = [],
        origin adjustmentOrigin: Origin = .adjustment
    ) throws(WeightError) {
        try self.init(
            template: template, overrides: overrides,
            layered: adjustments.map { Adjustment(criterion: $0.criterion, points: $0.points, origin: adjustmentOrigin) })
    }

    /// Builds the weights for a case: template points, then the case's overrides, then each
    /// adjustment in order (a later one for the same criterion wins, with its own origin).
    ///
    /// - Throws: `WeightError` for an unknown criterion (with the closest id), a weight that
    ///   is negative or not finite, or when all weights end up zero.
    public init(template: Template, overrides: [WeightOverride] = [], layered adjustments: [Adjustment]) throws(WeightError) {
        let ids = template.criteria.map(\.id)
        var points = Dictionary(uniqueKeysWithValues: template.criteria.map { ($0.id, $0.weight) })
        var origins: [Criterion.ID: Origin] = [:]
        for override in overrides {
            guard points[override.criterion] != nil else {
                throw .unknownCriterion(override.criterion, suggestion: Suggestion.closest(to: override.criterion, in: ids), valid: ids)
            }
            points[override.criterion] = override.points
            origins[override.criterion] = .caseOverride(reason: override.reason)
        }
        for adjustment in adjustments {
            let criterion = adjustment.criterion
            guard points[criterion] != nil else {
                throw .unknownCriterion(criterion, suggestion: Suggestion.closest(to: criterion, in: ids), valid: ids)
            }
            guard adjustment.points.isFinite, adjustment.points >= 0, adjustment.points <= Self.maximumPoints else {
                throw .invalidPoints(criterion, adjustment.points)
            }
            points[criterion] = adjustment.points
            origins[criterion] = adjustment.origin
        }
        // Sums run in template order: dictionary order differs between runs, and so would
        // the last bits of a floating-point sum.
        guard ids.reduce(0, { $0 + (points[$1] ?? 0) }) > 0 else { throw .allZero }
        self.criteria = ids
        self.templatePoints = Dictionary(uniqueKeysWithValues: template.criteria.map { ($0.id, $0.weight) })
        self.points = points
        self.changes = ids.compactMap { id in
            guard let origin = origins[id], let now = points[id], let before = template.criterion(id)?.weight else { return nil }
            return Change(criterion: id, templatePoints: before, points: now, origin: origin)
        }
    }

    /// The most points a criterion may get: far above any real weighting, and low enough
    /// that no sum of weights can overflow.
    public static let maximumPoints = 1_000_000.0

    /// Whether any weight differs from the template.
    public var isChanged: Bool { !changes.isEmpty }

    /// The sum of the points used.
    public var totalPoints: Double { criteria.reduce(0) { $0 + (points[$1] ?? 0) } }

    /// The weight of `criterion` as a fraction of 1.
    public func fraction(_ criterion: Criterion.ID) -> Double {
        (points[criterion] ?? 0) / totalPoints
    }

    /// The template weight of `criterion` as a fraction of 1.
    public func templateFraction(_ criterion: Criterion.ID) -> Double {
        let total = criteria.reduce(0) { $0 + (templatePoints[$1] ?? 0) }
        return total > 0 ? (templatePoints[criterion] ?? 0) / total : 0
    }

    /// All fractions in template order; they sum to 1.
    public var fractions: [Double] { criteria.map(fraction) }
}

/// A weight that cannot be used.
public enum WeightError: Error, Sendable, Equatable {
    /// No criterion has this id.
    case unknownCriterion(Criterion.ID, suggestion: Criterion.ID?, valid: [Criterion.ID])
    /// Points that are negative or not finite.
    case invalidPoints(Criterion.ID, Double)
    /// Every weight is zero.
    case allZero
}
