/// A host-municipality case: one service, its candidates and their scores against a
/// template.
public struct Case: Sendable {
    /// Stable id.
    public var id: String
    /// Title, e.g. "Vertskommune for ureining, miljø og tilsyn med private avløp".
    public var title: LocalizedText
    /// The template reference as written in the file (a path relative to the case file).
    public var templateReference: String
    /// The region reference as written in the file.
    public var regionReference: String
    /// The service to be hosted.
    public var service: ServiceFacts
    /// The meeting the assessment is for.
    public var meeting: Meeting?
    /// A notice every output shows, e.g. that the scores are illustrative.
    public var notice: LocalizedText?
    /// Whether the scores are illustrative rather than assessed.
    public var illustrative: Bool
    /// The candidates in the order the case lists them.
    public var candidates: [Candidate]
    /// Scores by candidate and criterion.
    public var scores: [Score]
    /// Weights changed for this case, each with a reason.
    public var weightOverrides: [WeightOverride]
    /// A key for sharing this service's cost, when it differs from the region's.
    public var costKey: CostKey?
    /// A different weight uncertainty for this case, with its reason.
    public var uncertainty: UncertaintyOverride?
    /// Interests declared by members of the deciding body (Public Administration Act § 6):
    /// recorded and shown, never decided by the tool.
    public var interests: [DeclaredInterest] = []
    /// The board members' own judgements of the weights (`judgements:` in the case file),
    /// in the order the case lists them.
    public var judgements: [Judgement] = []

    /// Creates a case.
    public init(
        id: String, title: LocalizedText, templateReference: String, regionReference: String, service: ServiceFacts,
        meeting: Meeting? = nil, notice: LocalizedText? = nil, illustrative: Bool = false, candidates: [Candidate],
        scores: [Score], weightOverrides: [WeightOverride] = [], costKey: CostKey? = nil, uncertainty: UncertaintyOverride? = nil
    ) {
        self.uncertainty = uncertainty
        self.id = id
        self.title = title
        self.templateReference = templateReference
        self.regionReference = regionReference
        self.service = service
        self.meeting = meeting
        self.notice = notice
        self.illustrative = illustrative
        self.candidates = candidates
        self.scores = scores
        self.weightOverrides = weightOverrides
        self.costKey = costKey
    }

    /// The score of `municipality` on `criterion`.
    public func score(of municipality: Municipality.ID, on criterion: Criterion.ID) -> Score? {
        scores.first { $0.municipality == municipality && $0.criterion == criterion }
    }
}

/// Facts about the service to be hosted.
public struct ServiceFacts: Sendable {
    /// The service's name.
    public var name: LocalizedText
    /// Full-time equivalents (årsverk), when known.
    public var fte: Double?
    /// Yearly budget in NOK, when known.
    public var budget: Double?
    /// The year the budget is for.
    public var budgetYear: Int?
    /// Start date.
    public var start: CalendarDate?
    /// The hand-scored criterion whose value is each candidate's overhead in percent of
    /// `budget`, when the budget follows the host: under host h the service costs
    /// `budget × (1 + overhead(h) / 100)`. nil when one budget holds whoever hosts.
    public var overheadCriterion: Criterion.ID?

    /// Creates service facts.
    public init(
        name: LocalizedText, fte: Double? = nil, budget: Double? = nil, budgetYear: Int? = nil, start: CalendarDate? = nil,
        overheadCriterion: Criterion.ID? = nil
    ) {
        self.name = name
        self.fte = fte
        self.budget = budget
        self.budgetYear = budgetYear
        self.start = start
        self.overheadCriterion = overheadCriterion
    }
}

/// The meeting a case is prepared for.
public struct Meeting: Sendable {
    /// The body that meets, e.g. "Styret i Sogn KO".
    public var body: LocalizedText
    /// The meeting date.
    public var date: CalendarDate
    /// The case number (saksnummer), when assigned.
    public var caseNumber: String?

    /// Creates a meeting reference.
    public init(body: LocalizedText, date: CalendarDate, caseNumber: String? = nil) {
        self.body = body
        self.date = date
        self.caseNumber = caseNumber
    }
}

/// A municipality that is considered as host.
public struct Candidate: Sendable, Hashable {
    /// The municipality's id in the region file.
    public var municipality: Municipality.ID
    /// Whether it has declared willingness to host; nil when not stated.
    public var willing: Bool?
    /// Where the declaration is recorded.
    public var willingnessSource: String?

    /// Creates a candidate.
    public init(municipality: Municipality.ID, willing: Bool?, willingnessSource: String? = nil) {
        self.municipality = municipality
        self.willing = willing
        self.willingnessSource = willingnessSource
    }
}

/// A raw score: a level on a scale, or a measured quantity.
public enum ScoreValue: Sendable, Hashable {
    /// A level of an ordinal scale.
    case level(Int)
    /// A measured quantity in the criterion's unit.
    case measure(Double)

    /// The score as a number.
    public var number: Double {
        switch self {
        case let .level(level): Double(level)
        case let .measure(value): value
        }
    }
}

/// One candidate's score on one criterion, with the reason for it.
public struct Score: Sendable {
    /// The candidate.
    public var municipality: Municipality.ID
    /// The criterion.
    public var criterion: Criterion.ID
    /// The score.
    public var value: ScoreValue
    /// The lowest plausible score, when uncertain.
    public var low: ScoreValue?
    /// The highest plausible score, when uncertain.
    public var high: ScoreValue?
    /// Why the score is what it is.
    public var why: LocalizedText
    /// Where the evidence comes from.
    public var source: String?
    /// Each assessor's own score, when several assessed (name → score); `value` is the
    /// agreed score.
    public var assessors: [(assessor: Assessor.ID, value: ScoreValue)] = []

    /// Creates a score.
    public init(
        municipality: Municipality.ID, criterion: Criterion.ID, value: ScoreValue, low: ScoreValue? = nil, high: ScoreValue? = nil,
        why: LocalizedText,
        source: String? = nil
    ) {
        self.municipality = municipality
        self.criterion = criterion
        self.value = value
        self.low = low
        self.high = high
        self.why = why
        self.source = source
    }
}

/// A weight changed for one case, with the reason.
public struct WeightOverride: Sendable {
    /// The criterion.
    public var criterion: Criterion.ID
    /// The new weight in points.
    public var points: Double
    /// Why the weight differs from the template.
    public var reason: LocalizedText

    /// Creates an override.
    public init(criterion: Criterion.ID, points: Double, reason: LocalizedText) {
        self.criterion = criterion
        self.points = points
        self.reason = reason
    }
}

/// An interest a member of the deciding body has declared in a case.
///
/// Whether the member is disqualified is for the body to decide (Public Administration
/// Act § 6); the case records the declaration and, when made, the body's decision.
public struct DeclaredInterest: Sendable {
    /// Who declared it.
    public var person: String
    /// Their role, e.g. "styremedlem for Luster".
    public var role: LocalizedText?
    /// The municipality the interest concerns, when one does.
    public var municipality: Municipality.ID?
    /// What the interest is.
    public var description: LocalizedText
    /// Whether the body has decided that the person steps aside in this case; nil when
    /// not decided yet.
    public var excluded: Bool?
    /// Where the body's decision is recorded.
    public var decision: String?

    /// Creates a declaration.
    public init(
        person: String, role: LocalizedText? = nil, municipality: Municipality.ID? = nil, description: LocalizedText, excluded: Bool? = nil,
        decision: String? = nil
    ) {
        self.person = person
        self.role = role
        self.municipality = municipality
        self.description = description
        self.excluded = excluded
        self.decision = decision
    }
}
