public import Vertsval

/// What a member's inputs give, before they are saved: the weights, for pairwise
/// comparisons λmax, CI, RI, CR and the judgements that fit least, and who ranks first under
/// the weights. Computed by the same code as the group's view, so the page shows the
/// figures the report will.
public struct JudgementPreview: Sendable {
    /// The case as evaluated with its own weights (names, the template's criteria).
    public let evaluation: Evaluation
    /// The weights in template order, summing to 1.
    public let weights: [Double]
    /// For pairwise comparisons: the eigenvector result.
    public let pairwise: PairwiseResult?
    /// For pairwise comparisons: the consistency in words, as the report writes it.
    public let consistency: String?
    /// The candidates first under the weights.
    public let first: [Municipality.ID]
    /// Every ranked candidate's total under the weights, by rank.
    public let totals: [(municipality: Municipality.ID, total: Double)]
}

/// Use case: the figures of a judgement being entered (see `JudgementPreview`).
public enum PreviewJudgement {
    /// What to preview.
    public struct Request: Sendable {
        /// The case the judgement is for.
        public var casePath: String
        /// The form as it stands; only the method and its inputs are checked.
        public var form: JudgementForm
        /// The language of the consistency sentence.
        public var language: Language

        /// Creates a request.
        public init(casePath: String, form: JudgementForm, language: Language) {
            self.casePath = casePath
            self.form = form
            self.language = language
        }
    }

    /// Checks the inputs and computes what they give.
    ///
    /// - Throws: `StudyError` for a case with errors or inputs with problems.
    public static func run(_ request: Request) throws(StudyError) -> JudgementPreview {
        let loaded = try RecordJudgement.loadCase(at: request.casePath)
        let method = try request.form.method(for: loaded.template)
        let criteria = loaded.template.criteria.map(\.id)
        let judgement = Judgement(
            member: "", municipality: Municipality.ID(""), template: loaded.template.id, criteria: criteria, method: method)
        let pairwise = judgement.pairwise?.solve()
        let weights = pairwise?.weights ?? judgement.weights
        let evaluation: Evaluation
        do {
            evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides))
        } catch {
            throw .weights(error)
        }
        let ranking = GroupView.ranking(under: weights, of: evaluation)
        let name = request.form.member.trimmingSpaces
        let consistency = pairwise.map {
            GroupExplanation.consistency(
                of: $0, member: name.isEmpty ? nil : name, criteria: criteria, template: loaded.template, language: request.language)
        }
        return JudgementPreview(
            evaluation: evaluation, weights: weights, pairwise: pairwise, consistency: consistency, first: ranking.first, totals: ranking.totals)
    }
}
