import Foundation
import SplitMix
import Testing
import Vertsval
import VertsvalTestSupport

@Suite struct CaseRobustnessTests {
    /// The bundled case without any score ranges.
    static func withoutRanges() throws -> LoadedCase {
        var loaded = try TestSupport.bundledCase()
        loaded.case.scores = loaded.case.scores.map { score in
            var copy = score
            copy.low = nil
            copy.high = nil
            return copy
        }
        return loaded
    }

    @Test("With exact weights and exact scores the result is the deterministic ranking")
    func noUncertainty() throws {
        let loaded = try Self.withoutRanges()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let robustness = try CaseRobustness(evaluation, options: SMAAOptions(samples: 2000, seed: 7), weightSpread: 0)
        #expect(robustness.municipalities == ["luster", "sogndal"])
        #expect(robustness.result.rankAcceptability == [[1, 0], [0, 1]])
        let central = try #require(robustness.result.centralWeights[0])
        for (a, b) in zip(central, evaluation.weights.fractions) { #expect(abs(a - b) < 1e-12) }
        #expect(robustness.result.centralWeights[1] == nil)
        #expect(!robustness.scoresUncertain)
    }

    @Test("The share of weightings that put the runner-up first matches a brute-force count over the same box")
    func weightsOnlyAgainstDirectSampling() throws {
        let loaded = try Self.withoutRanges()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let robustness = try CaseRobustness(evaluation, options: SMAAOptions(samples: 100_000, seed: 3), weightSpread: 1.0)
        // Independent estimate: rejection sampling from the whole simplex, keeping weights
        // inside the ±100 % box (0 to twice each weight), counting when Sogndal beats Luster.
        var rng = SeededGenerator(seed: 99)
        let fractions = evaluation.weights.fractions
        let luster = evaluation.criteria.map { evaluation.result(for: "luster")?.values[$0.id] ?? 0 }
        let sogndal = evaluation.criteria.map { evaluation.result(for: "sogndal")?.values[$0.id] ?? 0 }
        var kept = 0
        var sogndalFirst = 0
        while kept < 10_000 {
            var w = fractions.indices.map { _ in -log(Double.random(in: Double.ulpOfOne..<1, using: &rng)) }
            let sum = w.reduce(0, +)
            w = w.map { $0 / sum }
            guard zip(w, fractions).allSatisfy({ $0 <= 2 * $1 }) else { continue }
            kept += 1
            let a = zip(w, luster).reduce(0.0) { $0 + $1.0 * $1.1 }
            let b = zip(w, sogndal).reduce(0.0) { $0 + $1.0 * $1.1 }
            if b > a { sogndalFirst += 1 }
        }
        let direct = Double(sogndalFirst) / Double(kept)
        let smaa = robustness.result.rankAcceptability[1][0]
        let error = (direct * (1 - direct) / Double(kept)).squareRoot() + robustness.result.rankStandardError[1][0]
        #expect(abs(direct - smaa) < 4 * error, "direct \(direct), SMAA \(smaa)")
        #expect(smaa > 0.01 && smaa < 0.99)
    }

    @Test("Level ranges become equiprobable level values; computed criteria stay fixed")
    func problemFromScores() throws {
        let loaded = try TestSupport.bundledCase()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let problem = CaseRobustness.problem(evaluation, uncertainty: .spread(0.2))
        let fagmiljo = try #require(evaluation.criteria.firstIndex { $0.id == "fagmiljo" })
        let reisetid = try #require(evaluation.criteria.firstIndex { $0.id == "reisetid" })
        // Luster fagmiljø: level 4, low 3, high 4 → values of levels 3 and 4.
        #expect(problem.values[0][fagmiljo] == .discrete([50, 75]))
        if case .fixed = problem.values[0][reisetid] {} else { Issue.record("computed criterion should be fixed") }
        if case let .box(lower, upper) = problem.weights {
            #expect(abs(lower[fagmiljo] - 0.16) < 1e-12)
            #expect(abs(upper[fagmiljo] - 0.24) < 1e-12)
        } else {
            Issue.record("expected a box")
        }
    }

    @Test("The explanation's numbers come from the result")
    func explanation() throws {
        let loaded = try Self.withoutRanges()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let robustness = try CaseRobustness(evaluation, options: SMAAOptions(samples: 10_000, seed: 1))
        let sentences = RobustnessExplanation(robustness, language: .nn).sentences
        let first = NumberFormat(.nn).percent(100 * (robustness.result.rankAcceptability[0].first ?? 0), decimals: 0)
        #expect(
            sentences.first?.hasPrefix("Luster er best i \(first) av dei vektsetta som held seg innanfor ±20\u{00A0}% av vektene i malen") == true)
        #expect(sentences.contains("Resultatet er mest følsamt for vekta på kontinuitet for tilsette."))
    }
}

@Suite struct AssessorAndInterestTests {
    @Test("Several assessors without a range: each assessor's level is equally likely")
    func assessors() throws {
        let loaded = try TestSupport.fourCandidateCase()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides))
        let problem = CaseRobustness.problem(evaluation, uncertainty: .exact)
        let fagmiljo = try #require(evaluation.criteria.firstIndex { $0.id == "fagmiljo" })
        let sogndal = try #require(evaluation.ranked.firstIndex { $0.municipality.id == "sogndal" })
        // Assessors A: 4, B: 3, C: 4 → values 75, 50, 75.
        #expect(problem.values[sogndal][fagmiljo] == .discrete([75, 50, 75]))
        let score = try #require(loaded.case.score(of: "sogndal", on: "fagmiljo"))
        #expect(score.assessors.map(\.assessor) == ["A", "B", "C"])
    }

    @Test("Declared interests are recorded and the body, not the tool, decides")
    func interests() throws {
        let loaded = try TestSupport.fourCandidateCase()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides))
        let sentences = CaseExplanation(evaluation, language: .nn).interests
        #expect(sentences.count == 2)
        #expect(sentences[0].hasSuffix("Organet har ikkje avgjort habiliteten enno."))
        #expect(sentences[1].contains("forvaltningslova § 6"))
        #expect(loaded.case.interests.first?.municipality == "ardal")
    }

    @Test("An assessor's level must be on the scale")
    func assessorOutOfScale() {
        let fixture = Fixture(case: {
            $0.replacingFirst("fag: { level: 3, why: Grunn. }", with: "fag: { level: 3, assessors: { A: 3, B: 7 }, why: Grunn. }")
        })
        let found = Loader.validate(paths: [fixture.path("case.yaml")]).map { $0.problem.message(in: .nn) }
        #expect(found == ["nivå 7 finst ikkje på skalaen; bruk eit heilt tal frå 1 til 3"])
    }
}

@Suite struct RobustnessWarningTests {
    @Test("A report warns when the first-ranked candidate is first in fewer than half of the draws")
    func warning() throws {
        let loaded = try TestSupport.bundledCase()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let robustness = try CaseRobustness(evaluation, options: SMAAOptions(samples: 20_000, seed: 1))
        let share = try #require(robustness.firstRank(of: "luster"))
        let warning = RobustnessExplanation(robustness, language: .nn).warning
        // The bundled scores put Luster first as they stand, but their ranges lean towards Sogndal.
        #expect(share < 0.5)
        #expect(
            warning?.hasPrefix("Rangeringa er ikkje robust: Luster er først med skåringane og vektene slik dei står, men Sogndal er først i") == true)
        // Without the ranges, Luster stays first in most draws and there is no warning.
        let robust = try CaseRobustness(
            Evaluator.evaluate(try CaseRobustnessTests.withoutRanges(), weights: try WeightSet(template: loaded.template)),
            options: SMAAOptions(samples: 20_000, seed: 1))
        #expect(RobustnessExplanation(robust, language: .nn).warning == nil)
    }
}
