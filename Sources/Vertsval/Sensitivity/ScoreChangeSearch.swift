/// The smallest change of one hand-given score that changes who is first, found through the
/// whole model: values, weights, knock-out rules and every candidate — so a change that
/// knocks the leader out, lifts another candidate's exclusion, or lets a third candidate
/// past both of the first two is found, with whoever is first after it.
///
/// Levels are tried exhaustively; for a measure the points where the order can change are
/// the ties with every other eligible candidate and each knock-out limit on the criterion,
/// each checked just beyond by re-ranking.
///
/// - Complexity: O(*c* · *a* · (*l* + *a*) · *a* · *c*) for *c* criteria, *a* candidates and
///   *l* levels per scale: each trial re-ranks the candidates.
struct ScoreChangeSearch {
    let evaluation: Evaluation
    /// Candidates in the case's order (ties in total go to the earlier one, as in the
    /// evaluation).
    let rows: [CandidateResult]
    let candidates: [Municipality.ID: Candidate]
    let fractions: [Criterion.ID: Double]
    let leader: Municipality.ID
    /// Whether each row (in `rows` order) is knocked out as it stands.
    let excluded: [Bool]
    /// The criteria a knock-out rule looks at: a change elsewhere leaves every exclusion
    /// as it is.
    let watched: Set<Criterion.ID>
    /// Per row, who is first among the others as they stand (index in `rows`, total): a
    /// trial then compares one changed total with it instead of re-ranking everyone.
    let bestOther: [(index: Int, total: Double)?]

    init?(_ evaluation: Evaluation) {
        guard let leader = evaluation.ranked.first?.municipality.id else { return nil }
        self.evaluation = evaluation
        self.leader = leader
        let byID = Dictionary(uniqueKeysWithValues: evaluation.candidates.map { ($0.municipality.id, $0) })
        rows = evaluation.case.candidates.compactMap { byID[$0.municipality] }
        candidates = Dictionary(evaluation.case.candidates.map { ($0.municipality, $0) }, uniquingKeysWith: { first, _ in first })
        fractions = Dictionary(uniqueKeysWithValues: evaluation.criteria.map { ($0.id, evaluation.weights.fraction($0.id)) })
        excluded = rows.map(\.isExcluded)
        let rows = rows
        let excluded = excluded
        bestOther = rows.indices.map { skip in
            var best: (index: Int, total: Double)?
            for (index, row) in rows.enumerated() where index != skip && !excluded[index] {
                // In case order, a later candidate must be ahead by more than 1e-9, as when ranking.
                if best == nil || row.total > (best?.total ?? 0) + 1e-9 { best = (index, row.total) }
            }
            return best
        }
        watched = Set(
            evaluation.template.knockouts.compactMap { rule -> Criterion.ID? in
                switch rule.kind {
                case .declaredWillingness: nil
                case let .minimumLevel(criterion, _), let .worstAcceptable(criterion, _): criterion
                }
            })
    }

    /// Who is first when the score of `rows[index]` on `criterion` is `score`, all else
    /// equal; nil when no candidate remains. Ties within 1e-9 go to the earlier candidate
    /// in the case, as in the evaluation's ranking.
    func leader(changing index: Int, on criterion: Criterion, to score: ScoreValue) -> Municipality.ID? {
        let row = rows[index]
        let total = row.total + (fractions[criterion.id] ?? 0) * (criterion.value(of: score) - (row.values[criterion.id] ?? 0))
        var eligible = !excluded[index]
        if watched.contains(criterion.id) {
            // Only the changed candidate's knock-outs can change, and only here.
            var raw = row.raw
            raw[criterion.id] = score
            eligible =
                candidates[row.municipality.id].map {
                    Evaluator.knockouts(evaluation.template.knockouts, candidate: $0, raw: raw, template: evaluation.template).isEmpty
                } ?? false
        }
        guard let other = bestOther[index] else { return eligible ? row.municipality.id : nil }
        guard eligible else { return rows[other.index].municipality.id }
        let wins = index < other.index ? total >= other.total - 1e-9 : total > other.total + 1e-9
        return wins ? row.municipality.id : rows[other.index].municipality.id
    }

    /// The smallest change on `criterion` that changes who is first, over every candidate;
    /// nil when none does.
    func smallest(on criterion: Criterion) -> SwapAnalysis.ScoreChange? {
        guard criterion.computed == nil else { return nil }
        var best: SwapAnalysis.ScoreChange?
        func consider(_ index: Int, to score: ScoreValue, beyondIsAbove: Bool, checkAt probe: ScoreValue? = nil) {
            let row = rows[index]
            guard let from = row.raw[criterion.id] else { return }
            let trial = probe ?? score
            guard let after = leader(changing: index, on: criterion, to: trial), after != leader else { return }
            let change = abs(criterion.value(of: score) - criterion.value(of: from))
            guard change > 1e-12, best.map({ change < $0.valueChange - 1e-9 }) ?? true else { return }
            best = SwapAnalysis.ScoreChange(
                criterion: criterion.id,
                option: ScoreSwap.Option(municipality: row.municipality.id, from: from, to: score, beyondIsAbove: beyondIsAbove),
                valueChange: change, newLeader: after)
        }
        for (index, row) in rows.enumerated() {
            guard let from = row.raw[criterion.id] else { continue }
            switch criterion.scoring {
            case let .scale(scale):
                // Raising the leader or lowering anyone else cannot take first place from
                // the leader (a lower score only lowers a total or knocks out), so only the
                // other direction is tried.
                let isLeader = row.municipality.id == leader
                let current = criterion.value(of: from)
                for level in scale.levels where ScoreValue.level(level.level) != from {
                    guard isLeader ? level.value < current : level.value > current || row.isExcluded else { continue }
                    consider(index, to: .level(level.level), beyondIsAbove: level.level > Int(from.number.rounded()))
                }
            case let .measure(measure):
                for x in measurePoints(for: row, on: criterion, measure: measure) {
                    let above = x > from.number
                    // Checked a hair beyond the tie or limit, in the direction of the change.
                    let step = max(1e-9, abs(x) * 1e-9)
                    consider(index, to: .measure(x), beyondIsAbove: above, checkAt: .measure(above ? x + step : x - step))
                }
            }
        }
        return best
    }

    /// The quantities at which `row`'s change on a measured criterion can change who is
    /// first: a tie with each other eligible candidate, and each knock-out limit.
    func measurePoints(for row: CandidateResult, on criterion: Criterion, measure: Measure) -> [Double] {
        guard let from = row.raw[criterion.id], let weight = fractions[criterion.id], weight > 1e-12 else { return [] }
        let current = row.values[criterion.id] ?? 0
        var points: [Double] = []
        for other in rows where other.municipality.id != row.municipality.id && !other.isExcluded {
            let target = current + (other.total - row.total) / weight
            guard target >= 0, target <= 100,
                let x = measure.valueFunction.quantity(reaching: target, closestTo: from.number)
            else { continue }
            points.append(x)
        }
        for rule in evaluation.template.knockouts {
            if case let .worstAcceptable(id, limit) = rule.kind, id == criterion.id { points.append(limit) }
        }
        return points.filter(\.isFinite)
    }
}
