import Foundation
import Testing
import Vertsval
import VertsvalTestSupport

@Suite struct EvaluationTests {
    @Test("The bundled case's totals equal a hand computation from the data files")
    func bundledTotals() throws {
        let loaded = try TestSupport.bundledCase()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        // Independent computation, straight from the YAML files.
        let population = ["vik": 2560.0, "sogndal": 12097, "aurland": 1766, "laerdal": 2117, "ardal": 5204, "luster": 5246]
        let total = population.values.reduce(0, +)
        #expect(total == 28990)
        let toLuster = ["vik": 115.0, "sogndal": 35, "aurland": 125, "laerdal": 90, "ardal": 100, "luster": 0]
        let toSogndal = ["vik": 80.0, "sogndal": 0, "aurland": 90, "laerdal": 55, "ardal": 65, "luster": 35]
        let travelLuster = population.reduce(0) { $0 + $1.value * (toLuster[$1.key] ?? .nan) } / total
        let travelSogndal = population.reduce(0) { $0 + $1.value * (toSogndal[$1.key] ?? .nan) } / total
        func travelValue(_ minutes: Double) -> Double { (90 - minutes) / (90 - 15) * 100 }
        // Hosted arrangements with a known host (decided or existing): 4, one each for
        // Sogndal, Årdal, Luster and Vik.
        func balanceValue(_ gap: Double) -> Double { gap <= 0 ? 60 + (-gap / 30) * 40 : 60 - (gap / 30) * 60 }
        let gapLuster = 100 * (0.25 - 5246 / total)
        let gapSogndal = 100 * (0.25 - 12097 / total)
        func level(_ l: Double) -> Double { (l - 1) / 4 * 100 }
        func cost(_ percent: Double) -> Double { (15 - percent) / 12 * 100 }
        let luster =
            0.20 * level(4) + 0.15 * level(3) + 0.12 * travelValue(travelLuster) + 0.13 * level(4) + 0.08 * level(5)
            + 0.10 * cost(6) + 0.12 * balanceValue(gapLuster) + 0.10 * level(5)
        let sogndal =
            0.20 * level(4) + 0.15 * level(4) + 0.12 * travelValue(travelSogndal) + 0.13 * level(3) + 0.08 * level(3)
            + 0.10 * cost(8) + 0.12 * balanceValue(gapSogndal) + 0.10 * level(3)
        let lusterResult = try #require(evaluation.result(for: "luster"))
        let sogndalResult = try #require(evaluation.result(for: "sogndal"))
        #expect(abs(lusterResult.total - luster) < 1e-9)
        #expect(abs(sogndalResult.total - sogndal) < 1e-9)
        #expect(lusterResult.rank == 1)
        #expect(sogndalResult.rank == 2)
        #expect(abs((evaluation.comparison?.margin ?? 0) - (luster - sogndal)) < 1e-9)
        if case let .measure(minutes)? = lusterResult.raw["reisetid"] {
            #expect(abs(minutes - travelLuster) < 1e-9)
        } else {
            Issue.record("travel time not computed")
        }
    }

    @Test("Contributions sum to the total, weights to 1, margin parts to the margin", arguments: [false, true])
    func invariants(fourCandidates: Bool) throws {
        let loaded = try fourCandidates ? TestSupport.fourCandidateCase() : TestSupport.bundledCase()
        let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides)
        let evaluation = Evaluator.evaluate(loaded, weights: weights)
        #expect(abs(weights.fractions.reduce(0, +) - 1) < 1e-12)
        for result in evaluation.candidates {
            #expect(abs(result.contributions.values.reduce(0, +) - result.total) < 1e-9)
            #expect(result.values.values.allSatisfy { (0...100).contains($0) })
        }
        let ranks = evaluation.ranked.compactMap(\.rank)
        #expect(ranks == Array(1...ranks.count))
        let comparison = try #require(evaluation.comparison)
        #expect(abs(comparison.byCriterion.values.reduce(0, +) - comparison.margin) < 1e-9)
        #expect(evaluation.weightSwaps.count == loaded.template.criteria.count)
    }

    @Test("A candidate that has not declared willingness is excluded and not ranked")
    func knockout() throws {
        let loaded = try TestSupport.fourCandidateCase()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides))
        let vik = try #require(evaluation.result(for: "vik"))
        #expect(vik.isExcluded)
        #expect(vik.rank == nil)
        #expect(vik.exclusions.map(\.rule.id) == ["vilje"])
        #expect(evaluation.ranked.map(\.municipality.id) == ["sogndal", "ardal", "laerdal"])
        #expect(evaluation.candidates.last?.municipality.id == "vik")
    }

    @Test("A level below the minimum excludes the candidate")
    func minimumLevel() throws {
        var loaded = try TestSupport.bundledCase()
        let index = try #require(loaded.case.scores.firstIndex { $0.municipality == "luster" && $0.criterion == "internkontroll" })
        loaded.case.scores[index].value = .level(1)
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let luster = try #require(evaluation.result(for: "luster"))
        #expect(luster.exclusions.map(\.rule.id) == ["internkontroll-minimum"])
        #expect(evaluation.ranked.map(\.municipality.id) == ["sogndal"])
        #expect(evaluation.comparison == nil)
        let text = CaseExplanation(evaluation, language: .nn)
        #expect(text.summary == "Sogndal er einaste kandidat som står att, med 66,3 av 100 poeng.")
        #expect(
            text.exclusions == [
                "Luster fell ut fordi kommunen har nivå 1 på administrativ kapasitet og internkontroll, under minstekravet 2. Regel: Kommunen må minst ha grunnleggjande rutinar for internkontroll (nivå 2). Totalen på 58,8 poeng er vist, men ikkje rangert."
            ])
    }

    @Test("Equal totals share a rank")
    func ties() throws {
        var loaded = try TestSupport.bundledCase()
        // Give both identical scores and make the computed criteria weigh nothing.
        loaded.case.scores = loaded.case.scores.map { score in
            var copy = score
            if score.municipality == "sogndal",
                let luster = loaded.case.score(of: "luster", on: score.criterion)
            {
                copy.value = luster.value
            }
            return copy
        }
        let weights = try WeightSet(template: loaded.template, adjustments: [("reisetid", 0), ("balanse", 0)])
        let evaluation = Evaluator.evaluate(loaded, weights: weights)
        #expect(evaluation.ranked.map(\.rank) == [1, 1])
        #expect(CaseExplanation(evaluation, language: .nn).summary.hasPrefix("Luster og Sogndal står så godt som likt"))
    }
}
