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

    init?(_ evaluation: Evaluation) {
        guard let leader = evaluation.ranked.first?.municipality.id else { return nil }
        self.evaluation = evaluation
        self.leader = leader
        let byID = Dictionary(uniqueKeysWithValues: evaluation.candidates.map { ($0.municipality.id, $0) })
        rows = evaluation.case.candidates.compactMap { byID[$0.municipality] }
        candidates = Dictionary(evaluation.case.candidates.map { ($0.municipality, $0) }, uniquingKeysWith: { first, _ in first })
        fractions = Dictionary(uniqueKeysWithValues: evaluation.criteria.map { ($0.id, evaluation.weights.fraction($0.id)) })
    }

    /// Who is first when `municipality`'s score on `criterion` is `score`, all else equal;
    /// nil when no candidate remains.
    func leader(changing municipality: Municipality.ID, on criterion: Criterion, to score: ScoreValue) -> Municipality.ID? {
        var best: (id: Municipality.ID, total: Double)?
        for row in rows {
            var raw = row.raw
            var total = row.total
            if row.municipality.id == municipality {
                raw[criterion.id] = score
                total += (fractions[criterion.id] ?? 0) * (criterion.value(of: score) - (row.values[criterion.id] ?? 0))
            }
            guard let candidate = candidates[row.municipality.id],
                Evaluator.knockouts(evaluation.template.knockouts, candidate: candidate, raw: raw, template: evaluation.template).isEmpty
            else { continue }
            if best == nil || total > (best?.total ?? 0) + 1e-9 { best = (row.municipality.id, total) }
        }
        return best?.id
    }

    /// The smallest change on `criterion` that changes who is first, over every candidate;
    /// nil when none does.
    func smallest(on criterion: Criterion) -> SwapAnalysis.ScoreChange? {
        guard criterion.computed == nil else { return nil }
        var best: SwapAnalysis.ScoreChange?
        func consider(_ row: CandidateResult, to score: ScoreValue, beyondIsAbove: Bool, checkAt probe: ScoreValue? = nil) {
            guard let from = row.raw[criterion.id] else { return }
            let trial = probe ?? score
            guard let after = leader(changing: row.municipality.id, on: criterion, to: trial), after != leader else { return }
            let change = abs(criterion.value(of: score) - criterion.value(of: from))
            guard change > 1e-12, best.map({ change < $0.valueChange - 1e-9 }) ?? true else { return }
            best = SwapAnalysis.ScoreChange(
                criterion: criterion.id,
                option: ScoreSwap.Option(municipality: row.municipality.id, from: from, to: score, beyondIsAbove: beyondIsAbove),
                valueChange: change, newLeader: after)
        }
        for row in rows {
            guard let from = row.raw[criterion.id] else { continue }
            switch criterion.scoring {
            case let .scale(scale):
                for level in scale.levels where ScoreValue.level(level.level) != from {
                    consider(row, to: .level(level.level), beyondIsAbove: level.level > Int(from.number.rounded()))
                }
            case let .measure(measure):
                for x in measurePoints(for: row, on: criterion, measure: measure) {
                    let above = x > from.number
                    // Checked a hair beyond the tie or limit, in the direction of the change.
                    let step = max(1e-9, abs(x) * 1e-9)
                    consider(row, to: .measure(x), beyondIsAbove: above, checkAt: .measure(above ? x + step : x - step))
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
