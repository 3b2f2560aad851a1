/// What is wrong with a member's judgement file (`kind: judgement`) or a case's reference to
/// one, as data; the wording lives in `JudgementProblem+Message.swift`.
public enum JudgementProblem: Sendable, Hashable {
    /// The judgement leaves out criteria of the template; every criterion needs an input.
    case criteriaMissing(method: Judgement.Kind, criteria: [String])
    /// The input key of another method (`points:` in a `method: rank` judgement).
    case inputOfOtherMethod(key: String, method: Judgement.Kind, expected: String)
    /// `rule:` given for a method other than rank order.
    case ruleNeedsRank(method: Judgement.Kind)
    /// Swing points whose largest is not 100.
    case swingTopNot100(highest: Double)
    /// A pairwise judgement that is not on Saaty's scale.
    case notOnSaatyScale(found: String)
    /// A pair written under the criterion that comes later in the template.
    case pairReversed(first: String, second: String, reciprocal: String)
    /// A criterion compared with itself.
    case pairWithItself(criterion: String)
    /// Pairs of criteria with no comparison (first–second, in template order).
    case pairsMissing(pairs: [String])
    /// The judgement was given against another template than the case's.
    case templateMismatch(judgement: String, case: String)
    /// Two judgements in one case from the same member.
    case duplicateMember(member: String, firstLine: Int)
}
