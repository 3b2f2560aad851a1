import Testing
import Vertsval
import VertsvalTestSupport

/// `LeadAnalysis`, `SwapAnalysis` and the nearest swap's curve against independent
/// computations: sums over the candidates' contributions, a grid scan over every
/// criterion's weight, and re-evaluating the case with every level of every hand score.
@Suite struct EvaluationAnalysisTests {
    /// A loaded case and a weight profile: the template's, or one criterion's points scaled.
    struct Variant: CustomTestStringConvertible, Sendable {
        let file: String
        /// Criterion index in template order, and the factor its points are multiplied by.
        let scaled: (index: Int, factor: Double)?

        var testDescription: String {
            scaled.map { "\(file), criterion \($0.index) × \($0.factor)" } ?? "\(file), template weights"
        }

        func evaluate() throws -> (LoadedCase, Evaluation) {
            let loaded = try Loader.loadCase(at: TestSupport.path("Cases/sogn/" + file))
            var adjustments: [(criterion: Criterion.ID, points: Double)] = []
            if let scaled {
                let criterion = loaded.template.criteria[scaled.index % loaded.template.criteria.count]
                adjustments.append((criterion.id, criterion.weight * scaled.factor))
            }
            let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides, adjustments: adjustments)
            return (loaded, Evaluator.evaluate(loaded, weights: weights))
        }
    }

    static let variants: [Variant] =
        ["ureining-miljo-tilsyn.yaml", "ppt-vertskommune.yaml"].flatMap { file in
            [Variant(file: file, scaled: nil)]
                + (0..<4).flatMap { index in [0.0, 2.5].map { Variant(file: file, scaled: (index, $0)) } }
        }

    @Test("Lead shares equal the criteria's contribution differences summed by hand", arguments: variants)
    func leadMatchesContributions(_ variant: Variant) throws {
        let (_, evaluation) = try variant.evaluate()
        let analysis = EvaluationAnalysis(evaluation)
        let lead = try #require(analysis.lead)
        let leader = try #require(evaluation.ranked.first)
        let runner = try #require(evaluation.ranked.dropFirst().first)
        #expect(lead.comparison.leader == leader.municipality.id)
        // The part of the margin on each criterion, from the contributions.
        let parts = evaluation.criteria.map { ($0.id, (leader.contributions[$0.id] ?? 0) - (runner.contributions[$0.id] ?? 0)) }
        let forLeader = parts.filter { $0.1 > 1e-12 }.map(\.1).sorted(by: >)
        let forRunner = parts.filter { $0.1 < -1e-12 }.map(\.1).sorted()
        #expect(abs(lead.grossLead - forLeader.reduce(0, +)) < 1e-9)
        #expect(abs(lead.wonBack + forRunner.reduce(0, +)) < 1e-9)
        #expect(abs(lead.strongestForLeaderPoints - forLeader.prefix(3).reduce(0, +)) < 1e-9)
        #expect(lead.strongestForLeader.count == min(3, forLeader.count))
        #expect(lead.strongestForRunnerUp.count == min(3, forRunner.count))
        // What the leader gains minus what the runner-up wins back is the margin.
        #expect(abs(lead.grossLead - lead.wonBack - (leader.total - runner.total)) < 1e-9)
        #expect(lead.isPracticallyLevel == (abs(leader.total - runner.total) < 0.05))
    }

    /// A ranked candidate's total as a function of criterion `k`'s weight t, the others
    /// rescaled in proportion, from its values and the weights used:
    /// t × v(k) + (1 − t) / (1 − w(k)) × Σ_{j ≠ k} w(j) v(j).
    static func total(_ result: CandidateResult, criterion k: Int, in evaluation: Evaluation) -> (Double) -> Double {
        let criteria = evaluation.criteria
        let now = evaluation.weights.fraction(criteria[k].id)
        var others = 0.0
        for (j, criterion) in criteria.enumerated() where j != k {
            others += evaluation.weights.fraction(criterion.id) * (result.values[criterion.id] ?? 0)
        }
        let value = result.values[criteria[k].id] ?? 0
        return { t in t * value + (1 - t) / (1 - now) * others }
    }

    @Test("The nearest weight swap is the one a grid scan over every criterion's weight finds", arguments: variants)
    func nearestSwapMatchesGridScan(_ variant: Variant) throws {
        let (_, evaluation) = try variant.evaluate()
        let analysis = EvaluationAnalysis(evaluation)
        let comparison = try #require(evaluation.comparison)
        let leader = try #require(evaluation.result(for: comparison.leader))
        let runner = try #require(evaluation.result(for: comparison.runnerUp))
        let steps = 20_000
        let step = 1.0 / Double(steps)
        // Per criterion: the distance from the weight now to the nearest grid weight where
        // the runner-up is strictly ahead.
        var distances: [Criterion.ID: Double] = [:]
        for (k, criterion) in evaluation.criteria.enumerated() {
            let now = evaluation.weights.fraction(criterion.id)
            guard now < 1 else { continue }
            let leaderTotal = Self.total(leader, criterion: k, in: evaluation)
            let runnerTotal = Self.total(runner, criterion: k, in: evaluation)
            for i in 0...steps {
                let t = Double(i) * step
                let behind = leaderTotal(t) - runnerTotal(t)
                if behind < -1e-9 { distances[criterion.id] = min(distances[criterion.id] ?? .infinity, abs(t - now)) }
            }
        }
        let swapping = Set(distances.keys)
        #expect(Set(analysis.swaps.criteriaWithoutWeightSwap) == Set(evaluation.criteria.map(\.id)).subtracting(swapping))
        guard let best = distances.values.min() else {
            #expect(analysis.swaps.nearestWeightSwap == nil)
            #expect(analysis.nearestSwapCurve == nil)
            return
        }
        let nearest = try #require(analysis.swaps.nearestWeightSwap)
        let at = try #require(nearest.weightAtSwap)
        // The chosen criterion is (within the grid's resolution) as near as the nearest.
        #expect(abs(abs(at - nearest.weightNow) - best) <= 2 * step, "\(nearest.criterion): \(at) against \(best)")
        #expect(abs((distances[nearest.criterion] ?? .infinity) - best) <= 2 * step)
        // Its curve is that criterion's, and the first two tie on it at the swap weight.
        let curve = try #require(analysis.nearestSwapCurve)
        #expect(curve.criterion == nearest.criterion)
        let lines = Dictionary(uniqueKeysWithValues: curve.lines.map { ($0.municipality, $0) })
        let leaderLine = try #require(lines[comparison.leader])
        let runnerLine = try #require(lines[comparison.runnerUp])
        #expect(abs(leaderLine.total(at: at) - runnerLine.total(at: at)) < 1e-7)
        #expect(curve.breakpoints.first == 0 && curve.breakpoints.last == 1)
        #expect(curve.breakpoints == curve.breakpoints.sorted())
        #expect(curve.breakpoints.contains { abs($0 - at) < 1e-9 })
    }

    /// Who is first after giving `municipality` the score `value` on `criterion`, by a full
    /// re-evaluation (knock-outs included).
    static func leaderAfter(
        _ loaded: LoadedCase, _ weights: WeightSet, _ municipality: Municipality.ID, _ criterion: Criterion.ID, _ value: ScoreValue
    ) -> Municipality.ID? {
        guard let index = loaded.case.scores.firstIndex(where: { $0.municipality == municipality && $0.criterion == criterion }) else {
            return nil
        }
        var changed = loaded
        changed.case.scores[index].value = value
        return Evaluator.evaluate(changed, weights: weights).ranked.first?.municipality.id
    }

    @Test(
        "The smallest score change is valid by re-evaluation, and no level or measured value of any candidate changes the winner with less",
        arguments: variants)
    func smallestScoreChangeMatchesReEvaluation(_ variant: Variant) throws {
        let (loaded, evaluation) = try variant.evaluate()
        let analysis = EvaluationAnalysis(evaluation)
        let leader = try #require(evaluation.ranked.first?.municipality.id)
        let weights = evaluation.weights
        // Every change a brute-force scan finds: every level of every candidate, and a
        // grid of 400 quantities over each value function's range.
        var smallest = Double.infinity
        for criterion in evaluation.criteria where criterion.computed == nil {
            for score in loaded.case.scores where score.criterion == criterion.id {
                let now = criterion.value(of: score.value)
                var trials: [ScoreValue] = []
                if let scale = criterion.scale {
                    trials = scale.levelNumbers.map { .level($0) }
                } else if let points = criterion.measure?.valueFunction.points, let low = points.first?.x, let high = points.last?.x {
                    let (a, b) = (min(low, high), max(low, high))
                    let span = b - a
                    trials = (0...400).map { .measure(a - 0.1 * span + 1.2 * span * Double($0) / 400) }
                }
                for trial in trials {
                    guard let after = Self.leaderAfter(loaded, weights, score.municipality, criterion.id, trial), after != leader else { continue }
                    smallest = min(smallest, abs(criterion.value(of: trial) - now))
                }
            }
        }
        guard let change = analysis.swaps.smallestScoreChange else {
            #expect(!smallest.isFinite, "a change of \(smallest) changes the winner, but none is reported")
            return
        }
        #expect(change.valueChange <= smallest + 1e-7, "\(change.criterion): \(change.valueChange) against \(smallest) found by scanning")
        let criterion = try #require(evaluation.template.criterion(change.criterion))
        #expect(criterion.computed == nil)
        #expect(abs(abs(criterion.value(of: change.option.to) - criterion.value(of: change.option.from)) - change.valueChange) < 1e-12)
        // The change itself, re-evaluated (a measure a hair beyond its tie point), puts the
        // reported candidate first.
        var probe = change.option.to
        if case let .measure(x) = probe { probe = .measure(x + (change.option.beyondIsAbove ? 1 : -1) * max(1e-9, abs(x) * 1e-9) * 10) }
        #expect(Self.leaderAfter(loaded, weights, change.option.municipality, change.criterion, probe) == change.newLeader)
        #expect(change.newLeader != leader)
    }

    @Test("The explanation from an analysis computed once is the one computed from the evaluation")
    func explanationFromAnalysis() throws {
        let (_, evaluation) = try Variant(file: "ppt-vertskommune.yaml", scaled: nil).evaluate()
        let analysis = EvaluationAnalysis(evaluation)
        for language in Language.allCases {
            let once = CaseExplanation(analysis, language: language)
            let again = CaseExplanation(evaluation, language: language)
            #expect(once.whyLeader == again.whyLeader)
            #expect(once.whatWouldChange == again.whatWouldChange)
            #expect(once.summary == again.summary)
        }
    }
}
