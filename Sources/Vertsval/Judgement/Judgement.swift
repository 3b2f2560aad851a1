/// One board member's own judgement of the criteria's importance: the member, their
/// municipality and role, and the inputs of one elicitation method.
///
/// A judgement is a data file (`kind: judgement`) that a case refers to; the group's view
/// (`GroupView`) is computed from the judgements of a case. The tool records and shows
/// judgements; it never decides who may take part (Public Administration Act § 6).
public struct Judgement: Sendable {
    /// How the member gave their weights, with the inputs, criteria in template order.
    public enum Method: Sendable, Hashable {
        /// A rank per criterion (1 most important; ties share a rank), turned into weights
        /// by `rule`.
        case rank(ranks: [Int], rule: RankOrderRule)
        /// Swing points per criterion (0–100, the most important swing 100).
        case swing(points: [Double])
        /// Pairwise comparisons: the upper triangle of the matrix, in template order.
        case pairwise(upperTriangle: [[SaatyValue]])

        /// The method's name as written in files: `rank`, `swing`, `pairwise`.
        public var kind: Kind {
            switch self {
            case .rank: .rank
            case .swing: .swing
            case .pairwise: .pairwise
            }
        }
    }

    /// The name of a method, as written in files.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Rank order.
        case rank
        /// Swing weighting.
        case swing
        /// Pairwise comparison (AHP).
        case pairwise
    }

    /// The member's name as they want it shown.
    public var member: String
    /// The municipality the member sits for.
    public var municipality: Municipality.ID
    /// The member's role, e.g. "styremedlem for Luster".
    public var role: LocalizedText?
    /// The template id the judgement was given against.
    public var template: String
    /// The criteria, in template order, that the inputs are for.
    public var criteria: [Criterion.ID]
    /// The method and its inputs.
    public var method: Method
    /// When the judgement was given.
    public var date: CalendarDate?
    /// The member's own note.
    public var note: LocalizedText?
    /// Whether the judgement is an illustration, not a member's real view.
    public var illustrative: Bool
    /// The assessor id under which this member scored in the case (`assessors:`), if any.
    public var assessor: Assessor.ID?
    /// The file the judgement was read from, as the case refers to it.
    public var path: String

    /// Creates a judgement.
    public init(
        member: String, municipality: Municipality.ID, role: LocalizedText? = nil, template: String, criteria: [Criterion.ID],
        method: Method, date: CalendarDate? = nil, note: LocalizedText? = nil, illustrative: Bool = false, assessor: Assessor.ID? = nil,
        path: String = ""
    ) {
        self.member = member
        self.municipality = municipality
        self.role = role
        self.template = template
        self.criteria = criteria
        self.method = method
        self.date = date
        self.note = note
        self.illustrative = illustrative
        self.assessor = assessor
        self.path = path
    }

    /// The member's weights, in the order of `criteria`, summing to 1.
    public var weights: [Double] {
        switch method {
        case let .rank(ranks, rule): rule.weights(ranks: ranks)
        case let .swing(points): SwingWeighting.weights(points: points)
        case .pairwise: pairwise?.solve().weights ?? []
        }
    }

    /// The pairwise matrix, for the pairwise method.
    public var pairwise: PairwiseComparison? {
        guard case let .pairwise(upper) = method else { return nil }
        return PairwiseComparison(upperTriangle: upper, count: criteria.count)
    }
}
