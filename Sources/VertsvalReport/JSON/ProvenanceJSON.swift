public import Vertsval
public import VertsvalStudy

/// Where a JSON result comes from (the `provenance` key of every schema): whether it is a
/// what-if run, each weight that differs from the template with its source, the scenario,
/// the rules switched off, and the sampling and time limits it ran under. Weights are in
/// percent (and in points as set); time limits in seconds. Every key is always present.
public struct ProvenanceJSON: Encodable, Sendable {
    /// A scenario, a change for this run, or a rule switched off: not the official result.
    public let whatIf: Bool
    /// What a what-if run is, in words: the note page 1 of its report starts with
    /// (`label`: «Scenario» or «Utkast»), null for the official run.
    public let note: Note?
    /// The saved scenario the run starts from.
    public let scenario: Scenario?
    /// Each weight that differs from the template, in template order.
    public let weightChanges: [WeightChange]
    /// Each score that differs from the case's, in the order given.
    public let scoreChanges: [ScoreChangeJSON]
    /// Each portfolio rule switched off, in the portfolio's order.
    public let rulesOff: [RuleOff]
    /// Draws, seed and weight spread of the robustness analysis, when one ran.
    public let robustness: Robustness?
    /// The time limits of the solves (portfolios).
    public let timeLimits: Limits?

    public struct Note: Encodable, Sendable {
        public let label: String
        public let text: String
    }

    public struct Scenario: Encodable, Sendable {
        public let id: String
        public let title: String
        public let reason: String
        public let path: String
    }

    public struct WeightChange: Encodable, Sendable {
        public let criterion: Criterion.ID
        public let templatePoints: Double
        public let points: Double
        public let templatePercent: Double
        public let percent: Double
        /// `case` (the case's `weightOverrides`), `scenario`, or `adjustment` (this run).
        public let source: String
        /// The stated reason (null for a change made for this run).
        public let reason: String?
    }

    public struct ScoreChangeJSON: Encodable, Sendable {
        public let municipality: Municipality.ID
        public let criterion: Criterion.ID
        /// The case's level or value.
        public let from: Double
        /// The level or value used.
        public let to: Double
        /// `scenario`, or `adjustment` (this run).
        public let source: String
        /// The stated reason (null for a change made for this run).
        public let reason: String?
    }

    public struct RuleOff: Encodable, Sendable {
        /// The token that switches it off: `balance`, `fte`, `services`, `together:a+b`, `apart:a+b`.
        public let rule: String
        /// The rule in words.
        public let label: String
    }

    public struct Robustness: Encodable, Sendable {
        public let samples: Int
        public let seed: UInt64
        /// The relative weight spread, percent, when it replaced the template's.
        public let weightSpreadPercent: Double?
    }

    public struct Limits: Encodable, Sendable {
        public let solveSeconds: Double
        public let explanationSeconds: Double
    }

    /// The JSON form of `provenance`; `portfolio` (the portfolio as loaded, every rule on)
    /// words the rules switched off, and `note` is the what-if note in words.
    public init(_ provenance: Provenance, portfolio: Portfolio? = nil, note: String? = nil, language: Language) {
        whatIf = provenance.isWhatIf
        self.note = note.map { Note(label: ProvenanceNote(provenance, language: language).label, text: $0) }
        scenario = provenance.scenario.map {
            Scenario(id: $0.id, title: $0.title.text(language), reason: $0.reason.text(language), path: $0.path)
        }
        let weights = provenance.weights
        weightChanges = (weights?.changes ?? []).map { change in
            let (source, reason): (String, String?) =
                switch change.origin {
                case let .caseOverride(reason): ("case", reason.text(language))
                case let .scenario(_, reason): ("scenario", reason.text(language))
                case .adjustment: ("adjustment", nil)
                }
            return WeightChange(
                criterion: change.criterion, templatePoints: change.templatePoints, points: change.points,
                templatePercent: 100 * (weights?.templateFraction(change.criterion) ?? 0), percent: 100 * (weights?.fraction(change.criterion) ?? 0),
                source: source, reason: reason)
        }
        scoreChanges = provenance.scores.map { change in
            let (source, reason): (String, String?) =
                switch change.origin {
                case let .caseOverride(reason): ("case", reason.text(language))
                case let .scenario(_, reason): ("scenario", reason.text(language))
                case .adjustment: ("adjustment", nil)
                }
            return ScoreChangeJSON(
                municipality: change.municipality, criterion: change.criterion, from: change.from.number, to: change.to.number, source: source,
                reason: reason)
        }
        rulesOff = provenance.rulesOff.map { rule in
            RuleOff(rule: rule.token, label: portfolio.map { rule.label(in: $0, language: language) } ?? rule.token)
        }
        robustness = provenance.robustness.map {
            Robustness(samples: $0.samples, seed: $0.seed, weightSpreadPercent: $0.weightSpread.map { 100 * $0 })
        }
        timeLimits = provenance.timeLimits.map {
            Limits(solveSeconds: $0.solve.inSeconds, explanationSeconds: $0.explanation.inSeconds)
        }
    }

    enum CodingKeys: String, CodingKey { case whatIf, note, scenario, weightChanges, scoreChanges, rulesOff, robustness, timeLimits }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(whatIf, forKey: .whatIf)
        try c.encode(note, forKey: .note)
        try c.encode(scenario, forKey: .scenario)
        try c.encode(weightChanges, forKey: .weightChanges)
        try c.encode(scoreChanges, forKey: .scoreChanges)
        try c.encode(rulesOff, forKey: .rulesOff)
        try c.encode(robustness, forKey: .robustness)
        try c.encode(timeLimits, forKey: .timeLimits)
    }
}
