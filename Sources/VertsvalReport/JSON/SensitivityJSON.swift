public import Vertsval
public import VertsvalOptimizer

/// The JSON form of `vertsval sensitivity` (schema `vertsval.sensitivity/1`).
///
/// For a case: SMAA-2 results keyed by municipality id; every value 0–1. For a portfolio:
/// how often each service keeps its host.
public struct SensitivityJSON: Encodable, Sendable {
    public let schema = "vertsval.sensitivity/1"
    /// Where the result comes from (what-if or not, every deviation and its source);
    /// null only when built outside a use case.
    public var provenance: ProvenanceJSON?
    /// `case` or `portfolio`.
    public let kind: String
    public let samples: Int
    public let seed: UInt64
    /// `exact`, `spread`, `ordinal` or `none`.
    public let weightUncertainty: String?
    /// The relative spread (0.2 = ±20 %) when `weightUncertainty` is `spread`.
    public let weightSpread: Double?
    /// Municipality → share of samples at rank 1, 2, …
    public let rankAcceptability: [Municipality.ID: [Double]]?
    /// Municipality → standard error of each rank acceptability.
    public let standardError: [Municipality.ID: [Double]]?
    /// Municipality → criterion → central weight (null when never first).
    public let centralWeights: [Municipality.ID: [String: Double]?]?
    /// Municipality → confidence factor (null when never first).
    public let confidence: [Municipality.ID: Double?]?
    public let mostSensitiveCriterion: String?
    /// What moves the result when both weights and scores are uncertain (cases only).
    public let attribution: Attribution?

    public struct Attribution: Encodable, Sendable {
        /// `neither`, `weights`, `scores` or `both`.
        public let source: String
        /// Municipality → share of first place (0–1) with only the weights uncertain.
        public let weightsOnly: [Municipality.ID: Double]
        /// Municipality → share of first place (0–1) with only the scores uncertain.
        public let scoresOnly: [Municipality.ID: Double]
        /// The ranges lying furthest off their scores: `municipality`, `criterion`, `points`
        /// (the range's mean minus the score's value, times the weight; points of total).
        public let skews: [Skew]
    }

    public struct Skew: Encodable, Sendable {
        public let municipality: Municipality.ID
        public let criterion: Criterion.ID
        public let points: Double
    }
    public let curves: [Curve]?
    /// SMAA-2 over the board members' own weights (cases whose judgements are referred to).
    public var members: Members? = nil

    /// Each draw takes one member's weights, every member equally likely.
    public struct Members: Encodable, Sendable {
        /// How many members' weight vectors were drawn from.
        public let memberCount: Int
        public let samples: Int
        public let seed: UInt64
        /// Whether the scores varied within their ranges too.
        public let scoresUncertain: Bool
        /// Municipality → share of draws at rank 1, 2, …
        public let rankAcceptability: [Municipality.ID: [Double]]
        public let explanation: String?

        /// The JSON form of `robustness`.
        public init(_ robustness: MembersRobustness, evaluation: Evaluation, language: Language) {
            memberCount = robustness.memberCount
            samples = robustness.result.samples
            seed = robustness.result.seed
            scoresUncertain = robustness.scoresUncertain
            rankAcceptability = Dictionary(
                uniqueKeysWithValues: robustness.municipalities.enumerated().map { ($1, robustness.result.rankAcceptability[$0]) })
            explanation = GroupExplanation.robustness(robustness, evaluation: evaluation, language: language)
        }
    }
    public let services: [ServiceStability]?
    public let infeasibleSamples: Int?
    public let explanation: [String]

    public struct Curve: Encodable, Sendable {
        public let criterion: String
        public let weightNow: Double
        public let lines: [Line]
        public let crossings: [Crossing]
    }

    public struct Line: Encodable, Sendable {
        public let municipality: Municipality.ID
        public let atZero: Double
        public let atOne: Double
    }

    public struct Crossing: Encodable, Sendable {
        public let weight: Double
        public let aheadBelow: Municipality.ID
        public let aheadAbove: Municipality.ID
    }

    public struct ServiceStability: Encodable, Sendable {
        public let service: String
        public let host: Municipality.ID
        public let kept: Double
        public let hosts: [Municipality.ID: Double]
        public let contested: Bool
    }

    /// The JSON form of a case's robustness.
    public init(_ robustness: CaseRobustness, language: Language) {
        kind = "case"
        let result = robustness.result
        samples = result.samples
        seed = result.seed
        switch robustness.uncertainty {
        case .exact: (weightUncertainty, weightSpread) = ("exact", nil)
        case let .spread(spread): (weightUncertainty, weightSpread) = ("spread", spread)
        case .ordinal: (weightUncertainty, weightSpread) = ("ordinal", nil)
        case .noInformation: (weightUncertainty, weightSpread) = ("none", nil)
        }
        let ids = robustness.municipalities
        rankAcceptability = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, result.rankAcceptability[$0]) })
        standardError = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, result.rankStandardError[$0]) })
        centralWeights = Dictionary(
            uniqueKeysWithValues: ids.enumerated().map { index, id in
                (id, result.centralWeights[index].map { Dictionary(uniqueKeysWithValues: zip(robustness.criteria.rawValues(), $0)) })
            })
        confidence = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, result.confidence[$0]) })
        mostSensitiveCriterion = robustness.mostSensitiveCriterion?.rawValue
        attribution = robustness.attribution.map { found in
            Attribution(
                source: found.source.rawValue,
                weightsOnly: Dictionary(uniqueKeysWithValues: zip(ids, found.weightsOnly)),
                scoresOnly: Dictionary(uniqueKeysWithValues: zip(ids, found.scoresOnly)),
                skews: found.skews.map { Skew(municipality: $0.municipality, criterion: $0.criterion, points: $0.points) })
        }
        curves = OneWaySensitivity.curves(for: robustness.evaluation).map { curve in
            Curve(
                criterion: curve.criterion.rawValue, weightNow: curve.weightNow,
                lines: curve.lines.map { Line(municipality: $0.municipality, atZero: $0.atZero, atOne: $0.atOne) },
                crossings: curve.crossings.map { Crossing(weight: $0.weight, aheadBelow: $0.aheadBelow, aheadAbove: $0.aheadAbove) })
        }
        services = nil
        infeasibleSamples = nil
        explanation = RobustnessExplanation(robustness, language: language).sentences
    }

    /// The JSON form of a portfolio's robust assignment.
    public init(_ robust: RobustAssignment, portfolio: Portfolio, language: Language) {
        kind = "portfolio"
        samples = robust.samples
        seed = robust.seed
        weightUncertainty = nil
        weightSpread = nil
        rankAcceptability = nil
        standardError = nil
        centralWeights = nil
        confidence = nil
        mostSensitiveCriterion = nil
        attribution = nil
        curves = nil
        services = robust.services.map {
            ServiceStability(
                service: $0.service.rawValue, host: $0.host, kept: $0.kept, hosts: $0.hosts, contested: $0.kept < RobustAssignment.contestedBelow)
        }
        infeasibleSamples = robust.infeasibleSamples
        explanation = RobustAssignmentReport(robust, portfolio: portfolio, language: language).sentences()
    }

    /// The JSON text.
    public func encoded() throws -> String { try JSONOutput.encode(self) }
}

extension SensitivityJSON {
    enum CodingKeys: String, CodingKey {
        case schema, provenance, kind, samples, seed, weightUncertainty, weightSpread, rankAcceptability, standardError, centralWeights
        case confidence, mostSensitiveCriterion, attribution, curves, members, services, infeasibleSamples, explanation
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(provenance, forKey: .provenance)
        try c.encode(kind, forKey: .kind)
        try c.encode(samples, forKey: .samples)
        try c.encode(seed, forKey: .seed)
        try c.encode(weightUncertainty, forKey: .weightUncertainty)
        try c.encode(weightSpread, forKey: .weightSpread)
        try c.encode(rankAcceptability, forKey: .rankAcceptability)
        try c.encode(standardError, forKey: .standardError)
        try c.encode(centralWeights, forKey: .centralWeights)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(mostSensitiveCriterion, forKey: .mostSensitiveCriterion)
        try c.encode(attribution, forKey: .attribution)
        try c.encode(curves, forKey: .curves)
        try c.encode(members, forKey: .members)
        try c.encode(services, forKey: .services)
        try c.encode(infeasibleSamples, forKey: .infeasibleSamples)
        try c.encode(explanation, forKey: .explanation)
    }
}
