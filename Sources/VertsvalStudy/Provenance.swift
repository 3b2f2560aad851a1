public import Vertsval

/// Where a result comes from: the template's weights and the ones used, every deviation
/// and its source, the rules switched off, and the robustness facts. Every output shows
/// it first.
public struct Provenance: Sendable {
    /// One way in which a run differs from the adopted template and rules.
    public enum Deviation: Sendable, Hashable {
        /// A weight differs from the template (its origin says whether the case, a scenario
        /// or this run changed it, with the reason where there is one).
        case weight(WeightSet.Change)
        /// A score differs from the case's (changed for this run).
        case score(ScoreChange)
        /// A portfolio rule was switched off for this run.
        case ruleOff(PortfolioRule)
    }

    /// The weights used, with the template's next to them (cases only).
    public var weights: WeightSet?
    /// The saved scenario the run starts from, if any.
    public var scenario: ScenarioReference?
    /// The scores that differ from the case's, in the order they were given (cases only).
    public var scores: [ScoreChange]
    /// The portfolio rules switched off, in the portfolio's order.
    public var rulesOff: [PortfolioRule]
    /// The robustness analysis' draws, seed and weight spread, when one ran.
    public var robustness: RobustnessSettings?
    /// The time limits the solves ran under (portfolios).
    public var timeLimits: TimeLimits?

    /// Creates a provenance.
    public init(
        weights: WeightSet? = nil, scenario: ScenarioReference? = nil, scores: [ScoreChange] = [], rulesOff: [PortfolioRule] = [],
        robustness: RobustnessSettings? = nil, timeLimits: TimeLimits? = nil
    ) {
        self.weights = weights
        self.scenario = scenario
        self.scores = scores
        self.rulesOff = rulesOff
        self.robustness = robustness
        self.timeLimits = timeLimits
    }

    /// Every deviation, weights in template order first, then scores, then the rules
    /// switched off.
    public var deviations: [Deviation] {
        (weights?.changes ?? []).map(Deviation.weight) + scores.map(Deviation.score) + rulesOff.map(Deviation.ruleOff)
    }

    /// Whether this is a what-if run: a scenario, a change for this run only, or a rule
    /// switched off. A case's own overrides (with their reasons) belong to the case and
    /// are not a what-if.
    public var isWhatIf: Bool {
        scenario != nil || !rulesOff.isEmpty || !scores.isEmpty || (weights?.changes.contains { $0.origin == .adjustment } ?? false)
    }

    /// Whether the run changed a weight or a score for this run only (a flag or a slider).
    public var hasAdHocChanges: Bool {
        (weights?.changes.contains { $0.origin == .adjustment } ?? false) || scores.contains { $0.origin == .adjustment }
    }

    /// Whether the run changed a weight for this run only.
    public var hasAdHocWeights: Bool {
        weights?.changes.contains { $0.origin == .adjustment } ?? false
    }
}

/// The saved scenario a run starts from.
public struct ScenarioReference: Sendable, Hashable {
    /// Its id.
    public var id: String
    /// Its title.
    public var title: LocalizedText
    /// Why its weights differ.
    public var reason: LocalizedText
    /// The scenario file as read.
    public var path: String
}

/// How a robustness analysis sampled.
public struct RobustnessSettings: Sendable, Hashable {
    /// Draws.
    public var samples: Int
    /// Seed.
    public var seed: UInt64
    /// The relative weight spread that replaced the template's (0.2 = ±20 %), if any.
    public var weightSpread: Double?
}
