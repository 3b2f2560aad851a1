/// What is known about the weights, for the robustness analysis.
public enum WeightUncertainty: Sendable, Hashable {
    /// The weights are known exactly.
    case exact
    /// Each weight may lie within ± this fraction of itself (0.2 = ±20 %); the weights are
    /// uniform on the part of the simplex inside those intervals.
    case spread(Double)
    /// Only the order of the criteria by weight is known (the order of the template's
    /// points, largest first).
    case ordinal
    /// Nothing is known: uniform on the simplex.
    case noInformation
}

/// A change to the weight uncertainty for one case, with the stated reason.
public struct UncertaintyOverride: Sendable {
    /// The uncertainty used for the case.
    public var weights: WeightUncertainty
    /// Why the case deviates from the template.
    public var reason: LocalizedText

    /// Creates an override.
    public init(weights: WeightUncertainty, reason: LocalizedText) {
        self.weights = weights
        self.reason = reason
    }
}
