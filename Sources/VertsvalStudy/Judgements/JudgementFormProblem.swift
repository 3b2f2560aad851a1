public import Vertsval

/// One thing wrong with what a member typed into the judgement form (see `JudgementForm`).
/// Data, not wording: `message(in:)` words it, naming the field and what would be right.
public enum JudgementFormProblem: Sendable, Hashable {
    /// A free-text field of the form.
    public enum Field: String, Sendable, Hashable {
        /// The member's name.
        case member
        /// The member's role.
        case role
        /// The member's note.
        case note
    }

    /// No name for the member (empty once spaces are removed).
    case memberMissing
    /// A text longer than the form allows.
    case tooLong(field: Field, limit: Int)
    /// A municipality id that is not in the case's region; `suggestion` among `valid`.
    case unknownMunicipality(String, suggestion: String?, valid: [String])
    /// A date that is not `YYYY-MM-DD`.
    case notADate(String)
    /// A method that is not `rank`, `swing` or `pairwise`.
    case unknownMethod(String)
    /// A rank-order rule that is not `centroid`, `sum` or `reciprocal`.
    case unknownRule(String)
    /// A criterion id that is not in the case's template; `suggestion` among `valid`.
    case unknownCriterion(String, suggestion: String?, valid: [String])
    /// Criteria of the template without an input for the method.
    case inputsMissing(method: Judgement.Kind, criteria: [String])
    /// A rank that is not a whole number from 1 to the number of criteria.
    case rankOutOfRange(criterion: String, value: Double, count: Int)
    /// Swing points that are not a number from 0 to 100.
    case pointsOutOfRange(criterion: String, value: Double)
    /// Swing points whose largest is not 100.
    case swingTopNot100(highest: Double)
    /// A pairwise judgement that is not on Saaty's scale (1–9 or 1/2–1/9).
    case notOnSaatyScale(first: String, second: String, value: String)
    /// A pair given under the later criterion, or a criterion against itself.
    case pairOutOfOrder(first: String, second: String)
}
