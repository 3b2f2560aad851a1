/// How the cost of a joint service is shared: a part split equally between all
/// participants, the rest in proportion to a measure (by default population).
///
/// Sogn KO's key (board decision 20 October 2025) is 25 % equal and 75 % by population:
/// share(m) = 0.25 / n + 0.75 · population(m) / Σ population.
public struct CostKey: Sendable, Hashable {
    /// What the proportional part follows.
    public enum Basis: Sendable, Hashable {
        /// Inhabitants.
        case population
        /// A figure per municipality given with the key (e.g. number of private sewage
        /// systems), with its description.
        case custom(name: LocalizedText, values: [Municipality.ID: Double])
    }

    /// The equally split part, 0–1.
    public var equalShare: Double
    /// What the rest follows.
    public var basis: Basis
    /// The decision behind the key.
    public var adoption: Adoption?

    /// Creates a key.
    public init(equalShare: Double, basis: Basis = .population, adoption: Adoption? = nil) {
        self.equalShare = equalShare
        self.basis = basis
        self.adoption = adoption
    }
}
