public import Vertsval

/// What a member's judgement form is built from: the case, and each criterion of its
/// template with the template's own weight, beside which the member sets theirs.
public struct JudgementFormFacts: Sendable {
    /// The case the judgement is given for.
    public let loaded: LoadedCase
    /// The template's criteria in order, each with the template's weight as a fraction
    /// (the weights sum to 1; all 0 when the template's weights cannot be read).
    public let criteria: [(criterion: Criterion, weight: Double)]
}

extension RecordJudgement {
    /// The facts of the form for the case at `path`.
    ///
    /// - Throws: `StudyError.invalidInput` for a case with errors, `.judgementNeedsCase` for
    ///   another kind of file (as `loadCase(at:)`).
    public static func formFacts(forCaseAt path: String) throws(StudyError) -> JudgementFormFacts {
        let loaded = try loadCase(at: path)
        let template = loaded.template
        let weights = (try? WeightSet(template: template))?.fractions ?? template.criteria.map { _ in 0 }
        return JudgementFormFacts(loaded: loaded, criteria: zip(template.criteria, weights).map { (criterion: $0, weight: $1) })
    }
}
