/// Evaluates a case: knock-out rules, values, weighted totals, ranking, and the analyses
/// explanations are built from.
public enum Evaluator {
    /// One candidate's scores while the evaluation is built.
    struct Row {
        var municipality: Municipality
        var raw: [Criterion.ID: ScoreValue]
        var values: [Criterion.ID: Double]
        var computed: [Criterion.ID: ComputedValue]
        var candidate: Candidate
    }

    /// Evaluates `loaded` with `weights`.
    ///
    /// - Complexity: O(*a* · *c*²) for *a* candidates and *c* criteria (the swap analysis
    ///   rescales weights once per criterion).
    public static func evaluate(_ loaded: LoadedCase, weights: WeightSet) -> Evaluation {
        let template = loaded.template
        let region = loaded.region
        let caseFile = loaded.case
        let criteria = template.criteria

        var rows: [Row] = []
        // Scores by municipality, then criterion: a case can hold hundreds of them.
        var scores: [Municipality.ID: [Criterion.ID: Score]] = [:]
        for score in caseFile.scores { scores[score.municipality, default: [:]][score.criterion] = score }
        for candidate in caseFile.candidates {
            guard let municipality = region.municipality(candidate.municipality) else { continue }
            var raw: [Criterion.ID: ScoreValue] = [:]
            var values: [Criterion.ID: Double] = [:]
            var computed: [Criterion.ID: ComputedValue] = [:]
            for criterion in criteria {
                let score: ScoreValue
                if let measure = criterion.computed {
                    let (quantity, detail) = region.compute(measure, for: municipality.id)
                    score = .measure(quantity)
                    computed[criterion.id] = detail
                } else if let given = scores[municipality.id]?[criterion.id] {
                    score = given.value
                } else {
                    continue
                }
                raw[criterion.id] = score
                values[criterion.id] = criterion.value(of: score)
            }
            rows.append(Row(municipality: municipality, raw: raw, values: values, computed: computed, candidate: candidate))
        }

        let fractions = weights.fractions
        let matrix = DecisionMatrix(
            values: rows.map { row in criteria.map { row.values[$0.id] ?? 0 } }, weights: fractions)

        // Knock-outs, then ranks among those left (competition ranking: 1, 1, 3).
        let exclusions = rows.map { row in knockouts(template.knockouts, candidate: row.candidate, raw: row.raw, template: template) }
        let totals = rows.indices.map { matrix.total($0) }
        let eligible = rows.indices.filter { exclusions[$0].isEmpty }
        let order = eligible.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
        var ranks: [Int: Int] = [:]
        for (position, index) in order.enumerated() {
            if position > 0, abs(totals[index] - totals[order[position - 1]]) < 1e-9 {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        let results: [CandidateResult] = rows.indices.map { index in
            let contributions = matrix.contributions(index)
            return CandidateResult(
                municipality: rows[index].municipality, raw: rows[index].raw, values: rows[index].values,
                contributions: Dictionary(uniqueKeysWithValues: zip(criteria.map(\.id), contributions)),
                total: totals[index], rank: ranks[index], exclusions: exclusions[index], computed: rows[index].computed)
        }
        let sorted = order.map { results[$0] } + rows.indices.filter { ranks[$0] == nil }.map { results[$0] }

        var comparison: PairComparison?
        var weightSwaps: [WeightSwap] = []
        var scoreSwaps: [ScoreSwap] = []
        if order.count >= 2 {
            let a = order[0]
            let b = order[1]
            comparison = compare(a, b, matrix: matrix, criteria: criteria, ids: rows.map(\.municipality.id))
            weightSwaps = criteria.indices.map { k in
                weightSwap(k, leader: a, runnerUp: b, eligible: order, matrix: matrix, criteria: criteria, ids: rows.map(\.municipality.id))
            }
            scoreSwaps = criteria.indices.map { k in
                scoreSwap(k, leader: rows[a], runnerUp: rows[b], margin: totals[a] - totals[b], weight: fractions[k], criterion: criteria[k])
            }
        }
        return Evaluation(
            case: caseFile, template: template, region: region, weights: weights, candidates: sorted,
            comparison: comparison, weightSwaps: weightSwaps, scoreSwaps: scoreSwaps)
    }

    static func knockouts(_ rules: [KnockoutRule], candidate: Candidate, raw: [Criterion.ID: ScoreValue], template: Template) -> [Exclusion] {
        rules.compactMap { rule in
            switch rule.kind {
            case .declaredWillingness:
                return candidate.willing == true ? nil : Exclusion(rule: rule, finding: .notWilling(declared: candidate.willing))
            case let .minimumLevel(criterion, minimum):
                guard case let .level(level)? = raw[criterion], level < minimum else { return nil }
                return Exclusion(rule: rule, finding: .belowMinimumLevel(level: level, minimum: minimum))
            case let .worstAcceptable(criterion, limit):
                guard let value = raw[criterion]?.number, let measure = template.criterion(criterion)?.measure else { return nil }
                let worse = measure.direction == .lowerIsBetter ? value > limit : value < limit
                return worse ? Exclusion(rule: rule, finding: .worseThanLimit(value: value, limit: limit)) : nil
            }
        }
    }

    static func compare(_ a: Int, _ b: Int, matrix: DecisionMatrix, criteria: [Criterion], ids: [Municipality.ID]) -> PairComparison {
        let margin = matrix.margin(a, over: b)
        var parts: [Criterion.ID: Double] = [:]
        for (k, criterion) in criteria.enumerated() {
            parts[criterion.id] = matrix.weights[k] * (matrix.values[a][k] - matrix.values[b][k])
        }
        let order = criteria.map(\.id)
        let favouring = order.filter { (parts[$0] ?? 0) > 1e-12 }.sorted { (parts[$0] ?? 0) > (parts[$1] ?? 0) }
        let against = order.filter { (parts[$0] ?? 0) < -1e-12 }.sorted { (parts[$0] ?? 0) < (parts[$1] ?? 0) }
        let pivotal = favouring.filter { (parts[$0] ?? 0) > margin + 1e-12 }
        let differences = criteria.indices.map { matrix.values[a][$0] - matrix.values[b][$0] }
        let dominates = differences.allSatisfy { $0 >= -1e-12 } && differences.contains { $0 > 1e-12 }
        return PairComparison(
            leader: ids[a], runnerUp: ids[b], margin: margin, byCriterion: parts, favouringLeader: favouring,
            favouringRunnerUp: against, pivotal: pivotal, leaderDominates: dominates)
    }

    static func weightSwap(
        _ k: Int, leader a: Int, runnerUp b: Int, eligible: [Int], matrix: DecisionMatrix, criteria: [Criterion], ids: [Municipality.ID]
    ) -> WeightSwap {
        let now = matrix.weights[k]
        let swap = matrix.swapWeight(criterion: k, leader: a, other: b)
        // Would someone else overtake the leader first, moving the weight the same way?
        var other: (candidate: Municipality.ID, weight: Double)?
        if eligible.count > 2, let swap {
            for c in eligible.dropFirst(2) {
                guard let t = matrix.swapWeight(criterion: k, leader: a, other: c) else { continue }
                let sameSide = (t - now) * (swap - now) > 0 || (t == now && swap == now)
                if sameSide, abs(t - now) < abs(swap - now) - 1e-12, abs(t - now) < abs((other?.weight ?? 2) - now) {
                    other = (ids[c], t)
                }
            }
        }
        return WeightSwap(criterion: criteria[k].id, weightNow: now, weightAtSwap: swap, otherLeaderFirst: other)
    }

    static func scoreSwap(
        _ k: Int, leader: Row,
        runnerUp: Row,
        margin: Double, weight: Double, criterion: Criterion
    ) -> ScoreSwap {
        let id = criterion.id
        guard weight > 1e-12, let leaderRaw = leader.raw[id], let runnerRaw = runnerUp.raw[id],
            let leaderValue = leader.values[id], let runnerValue = runnerUp.values[id]
        else {
            return ScoreSwap(criterion: id, lowerLeader: nil, raiseRunnerUp: nil, isComputed: criterion.computed != nil)
        }
        let needed = margin / weight
        // The leader's value must fall below leaderValue − needed; the runner-up's must rise
        // above runnerValue + needed.
        let leaderTarget = leaderValue - needed
        let runnerTarget = runnerValue + needed
        var lower: ScoreSwap.Option?
        var raise: ScoreSwap.Option?
        switch criterion.scoring {
        case let .scale(scale):
            if case let .level(level) = leaderRaw,
                let to = scale.levels.filter({ $0.level < level && $0.value < leaderTarget - 1e-9 }).last
            {
                lower = .init(municipality: leader.municipality.id, from: leaderRaw, to: .level(to.level), beyondIsAbove: false)
            }
            if case let .level(level) = runnerRaw,
                let to = scale.levels.first(where: { $0.level > level && $0.value > runnerTarget + 1e-9 })
            {
                raise = .init(municipality: runnerUp.municipality.id, from: runnerRaw, to: .level(to.level), beyondIsAbove: true)
            }
        case let .measure(measure):
            let function = measure.valueFunction
            let rising = measure.direction == .higherIsBetter
            if leaderTarget > 0, let x = function.quantity(reaching: leaderTarget, closestTo: leaderRaw.number) {
                lower = .init(municipality: leader.municipality.id, from: leaderRaw, to: .measure(x), beyondIsAbove: !rising)
            }
            if runnerTarget < 100, let x = function.quantity(reaching: runnerTarget, closestTo: runnerRaw.number) {
                raise = .init(municipality: runnerUp.municipality.id, from: runnerRaw, to: .measure(x), beyondIsAbove: rising)
            }
        }
        return ScoreSwap(criterion: id, lowerLeader: lower, raiseRunnerUp: raise, isComputed: criterion.computed != nil)
    }
}
