internal import Foundation
public import Vertsval

/// The stable JSON form of an evaluation (schema `vertsval.evaluation/1`), for other tools.
///
/// Keys are camelCase; weights and swap points are percentages 0–100; totals and
/// contributions are points on the 0–100 scale. Fields are only ever added, never
/// renamed, within one schema version. See README.md ("JSON output") for every field.
public struct EvaluationJSON: Encodable, Sendable {
    /// The schema identifier.
    public let schema = "vertsval.evaluation/1"
    /// Where the result comes from (what-if or not, every deviation and its source);
    /// null only when built outside a use case.
    public var provenance: ProvenanceJSON?
    /// The language of `name` fields and the explanation.
    public let language: String
    /// The case.
    public let `case`: CaseInfo
    /// The template.
    public let template: TemplateInfo
    /// Whether any weight differs from the template.
    public let weightsChanged: Bool
    /// Criterion id → weight used, percent; sums to 100.
    public let weights: [String: Double]
    /// Criterion id → template weight, percent.
    public let templateWeights: [String: Double]
    /// Criterion id → weight used in points (before normalising), as `--weight` takes them.
    public let weightPoints: [String: Double]
    /// The criteria in template order.
    public let criteria: [CriterionInfo]
    /// Candidates: ranked first by rank, then excluded ones.
    public let candidates: [CandidateInfo]
    /// The first-ranked candidate's id, when any candidate remains.
    public let leader: Municipality.ID?
    /// The second-ranked candidate's id, when two remain.
    public let runnerUp: Municipality.ID?
    /// total(leader) − total(runnerUp), when two remain.
    public let margin: Double?
    /// Criterion id → that criterion's part of the margin; sums to `margin`.
    public let marginByCriterion: [String: Double]?
    /// Whether the leader is at least as good as the runner-up on every criterion.
    public let leaderDominates: Bool?
    /// One entry per criterion for the first two candidates.
    public let swaps: [Swap]
    /// The explanation in `language`.
    public let explanation: Explanation
    /// Problems that did not stop the evaluation.
    public let warnings: [String]
    /// Notices every output shows: that the template is not the adopted wording, that the
    /// scores are illustrative.
    public let notices: [String]
    /// The board members' own judgements; absent when the case refers to none.
    public var members: MembersJSON?

    /// Case identity.
    public struct CaseInfo: Encodable, Sendable {
        public let id: String
        public let title: String
        public let illustrative: Bool
        public let meetingDate: String?
    }

    /// Template identity.
    public struct TemplateInfo: Encodable, Sendable {
        public let id: String
        public let version: String
        public let status: String
        public let title: String
    }

    /// A criterion.
    public struct CriterionInfo: Encodable, Sendable {
        public let id: String
        public let name: String
        public let group: String
        public let kind: String
        public let computed: String?
        /// The scale's levels with their wording, lowest first (empty for a measure).
        public let levels: [Level]
    }

    /// A level of a scale and what it means.
    public struct Level: Encodable, Sendable {
        public let level: Int
        public let label: String
    }

    /// One candidate's result.
    public struct CandidateInfo: Encodable, Sendable {
        public let municipality: Municipality.ID
        public let name: String
        public let total: Double
        public let rank: Int?
        public let excluded: Bool
        public let exclusionReasons: [ExclusionReason]
        /// Criterion id → points of the 0–100 total; sums to `total`.
        public let contributions: [String: Double]
        /// Criterion id → value 0–100.
        public let values: [String: Double]
        /// Criterion id → raw score: a level or a measured/computed quantity.
        public let scores: [String: Double]
    }

    /// Why a candidate is excluded.
    public struct ExclusionReason: Encodable, Sendable {
        public let rule: String
        public let text: String
    }

    /// The weight at which the first two swap, and the smallest score changes that swap them.
    public struct Swap: Encodable, Sendable {
        public let criterion: String
        /// Weight now, percent.
        public let weightNow: Double
        /// Weight at which the two are equal, percent; null when none in 0–100 %.
        public let weightAtSwap: Double?
        /// Lowering the leader's score to this swaps them (level, or tie point of a measure).
        public let leaderScoreAtSwap: Double?
        /// Raising the runner-up's score to this swaps them.
        public let runnerUpScoreAtSwap: Double?
        /// Whether the criterion is computed from region data.
        public let computed: Bool
    }

    /// The explanation as sentences.
    public struct Explanation: Encodable, Sendable {
        /// The advice to the board, naming whose weights it rests on (and, for other
        /// weights, what the template's give).
        public let recommendation: String
        public let summary: String
        public let exclusions: [String]
        public let whyLeader: [String]
        public let whatWouldChange: [String]
        public let computed: [String]
        public let weights: [String]
        public let interests: [String]
    }

    /// Builds the JSON form of `evaluation`, analysing it first.
    public init(_ evaluation: Evaluation, language: Language, warnings: [String] = []) {
        self.init(EvaluationAnalysis(evaluation), language: language, warnings: warnings)
    }

    /// Builds the JSON form of an evaluation already analysed.
    public init(_ analysis: EvaluationAnalysis, language: Language, warnings: [String] = []) {
        let evaluation = analysis.evaluation
        let weights = evaluation.weights
        let explanation = CaseExplanation(analysis, language: language)
        self.language = language.rawValue
        self.case = CaseInfo(
            id: evaluation.case.id, title: evaluation.case.title.text(language), illustrative: evaluation.case.illustrative,
            meetingDate: evaluation.case.meeting?.date.description)
        self.template = TemplateInfo(
            id: evaluation.template.id, version: evaluation.template.version, status: evaluation.template.status.rawValue,
            title: evaluation.template.title.text(language))
        self.weightsChanged = weights.isChanged
        self.weights = Dictionary(uniqueKeysWithValues: weights.criteria.map { ($0.rawValue, 100 * weights.fraction($0)) })
        self.templateWeights = Dictionary(uniqueKeysWithValues: weights.criteria.map { ($0.rawValue, 100 * weights.templateFraction($0)) })
        self.weightPoints = weights.points.keyedByRawValue()
        self.criteria = evaluation.criteria.map { criterion in
            CriterionInfo(
                id: criterion.id.rawValue, name: criterion.name.text(language), group: criterion.group,
                kind: criterion.scale != nil ? "scale" : "measure", computed: criterion.computed?.key,
                levels: criterion.scale?.levels.map { Level(level: $0.level, label: $0.label.text(language)) } ?? [])
        }
        self.candidates = evaluation.candidates.map { result in
            CandidateInfo(
                municipality: result.municipality.id, name: result.municipality.name, total: result.total, rank: result.rank,
                excluded: result.isExcluded,
                exclusionReasons: result.exclusions.map { ExclusionReason(rule: $0.rule.id, text: $0.rule.text.text(language)) },
                contributions: result.contributions.keyedByRawValue(), values: result.values.keyedByRawValue(),
                scores: result.raw.mapValues(\.number).keyedByRawValue())
        }
        let comparison = evaluation.comparison
        self.leader = evaluation.ranked.first?.municipality.id
        self.runnerUp = comparison?.runnerUp
        self.margin = comparison?.margin
        self.marginByCriterion = comparison?.byCriterion.keyedByRawValue()
        self.leaderDominates = comparison?.leaderDominates
        self.swaps = zip(evaluation.weightSwaps, evaluation.scoreSwaps).map { weight, score in
            Swap(
                criterion: weight.criterion.rawValue, weightNow: 100 * weight.weightNow, weightAtSwap: weight.weightAtSwap.map { 100 * $0 },
                leaderScoreAtSwap: score.lowerLeader?.to.number, runnerUpScoreAtSwap: score.raiseRunnerUp?.to.number,
                computed: score.isComputed)
        }
        self.explanation = Explanation(
            recommendation: explanation.recommendation, summary: explanation.summary, exclusions: explanation.exclusions,
            whyLeader: explanation.whyLeader,
            whatWouldChange: explanation.whatWouldChange, computed: explanation.computed, weights: explanation.weights,
            interests: explanation.interests)
        self.warnings = warnings
        var notices: [String] = []
        if evaluation.template.status != .adopted, let notice = evaluation.template.notice { notices.append(notice.text(language)) }
        if let notice = evaluation.case.notice { notices.append(notice.text(language)) }
        self.notices = notices
    }

    /// The JSON text: pretty-printed, keys sorted, ending in a newline; the same input gives
    /// the same bytes.
    public func encoded() throws -> String {
        try JSONOutput.encode(self)
    }
}

/// Shared JSON encoding settings for every JSON output.
public enum JSONOutput {
    /// Pretty-printed, sorted keys, no escaped slashes, trailing newline.
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return (String(data: data, encoding: .utf8) ?? "") + "\n"
    }
}
