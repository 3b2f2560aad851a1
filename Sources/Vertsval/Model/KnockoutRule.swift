/// A rule that excludes a candidate before any scoring, e.g. "the municipality must have
/// declared that it is willing to host".
public struct KnockoutRule: Sendable, Identifiable {
    /// What the rule tests.
    public enum Kind: Sendable, Hashable {
        /// The candidate must have declared willingness to host (`willing: true` in the case).
        case declaredWillingness
        /// The candidate's level on a scale criterion must be at least `level`.
        case minimumLevel(criterion: Criterion.ID, level: Int)
        /// The candidate's measure on a measured criterion must not be worse than `limit`
        /// in the criterion's direction.
        case worstAcceptable(criterion: Criterion.ID, limit: Double)
    }

    /// Stable id.
    public var id: String
    /// The rule in words, as adopted.
    public var text: LocalizedText
    /// What the rule tests.
    public var kind: Kind

    /// Creates a rule.
    public init(id: String, text: LocalizedText, kind: Kind) {
        self.id = id
        self.text = text
        self.kind = kind
    }
}
