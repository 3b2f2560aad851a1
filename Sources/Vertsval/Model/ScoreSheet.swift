/// Every score a case needs from a person: each candidate against each criterion scored by
/// hand, with the criterion (its scale's wording, or its measure and unit) and the score
/// given so far.
///
/// The one list behind a new case's empty scores, the "what is left" of an unfinished case
/// and `vertsval describe`; a score sheet to export or fill in elsewhere is built from it
/// too.
///
/// ```swift
/// let sheet = ScoreSheet(template: template, candidates: ["ardal", "laerdal"])
/// sheet.entries.count   // candidates × criteria scored by hand
/// ```
public struct ScoreSheet: Sendable {
    /// One candidate's score on one criterion.
    public struct Entry: Sendable {
        /// The candidate.
        public var municipality: Municipality.ID
        /// The criterion, scored by hand.
        public var criterion: Criterion
        /// The score given so far, or nil.
        public var score: Score?
    }

    /// The entries, candidate by candidate in the case's order, criteria in the template's.
    public var entries: [Entry]

    /// The sheet for `candidates` against `template`'s criteria scored by hand, with the
    /// scores in `scores` filled in.
    public init(template: Template, candidates: [Municipality.ID], scores: [Score] = []) {
        var byKey: [Municipality.ID: [Criterion.ID: Score]] = [:]
        for score in scores { byKey[score.municipality, default: [:]][score.criterion] = score }
        entries = candidates.flatMap { municipality in
            template.handScored.map { Entry(municipality: municipality, criterion: $0, score: byKey[municipality]?[$0.id]) }
        }
    }

    /// The sheet of a loaded case.
    public init(_ loaded: LoadedCase) {
        self.init(template: loaded.template, candidates: loaded.case.candidates.map(\.municipality), scores: loaded.case.scores)
    }

    /// The entries without a score yet.
    public var missing: [Entry] { entries.filter { $0.score == nil } }
}

extension Template {
    /// The criteria a person scores (those not computed from region data), in order.
    public var handScored: [Criterion] { criteria.filter { $0.computed == nil } }

    /// The criteria computed from region data, in order.
    public var computedCriteria: [Criterion] { criteria.filter { $0.computed != nil } }

    /// Whether a candidate must have declared willingness to host.
    public var asksWillingness: Bool { knockouts.contains { $0.kind == .declaredWillingness } }
}

extension Criterion {
    /// What a score on the criterion is written as: a level of the scale or a measured value.
    public var expected: ValueKind { scale != nil ? .level : .measure }
}
