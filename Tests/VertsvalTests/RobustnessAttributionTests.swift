import Testing
import Vertsval
import VertsvalTestSupport

/// Which uncertainty moves the result: the bundled case's one-sided score ranges, against
/// the same case with symmetric ranges and wide weights.
@Suite struct RobustnessAttributionTests {
    static let options = SMAAOptions(samples: 20_000, seed: 1)

    static func robustness(_ loaded: LoadedCase, spread: Double? = nil) throws -> CaseRobustness {
        let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides)
        return try CaseRobustness(Evaluator.evaluate(loaded, weights: weights), options: options, weightSpread: spread)
    }

    @Test("One-sided score ranges: the scores move the result, and the ranges named lie off the scores the way that helps the other candidate")
    func asymmetricRanges() throws {
        let loaded = try TestSupport.bundledCase()
        let robustness = try Self.robustness(loaded, spread: 0.2)
        let attribution = try #require(robustness.attribution)
        let leader = try #require(robustness.evaluation.ranked.first?.municipality.id)
        let index = try #require(robustness.municipalities.firstIndex(of: leader))
        #expect(attribution.source == .scores)
        // Only the scores uncertain: the leader loses first place often; only the weights: it keeps it.
        #expect(attribution.scoresOnly[index] < 0.5)
        #expect(attribution.weightsOnly[index] > 0.5)
        let skew = try #require(attribution.skews.first)
        // Each named range, checked against the case file: its levels' mean lies on the side said.
        for item in attribution.skews {
            let score = try #require(loaded.case.score(of: item.municipality, on: item.criterion))
            let criterion = try #require(loaded.template.criterion(item.criterion))
            let low = score.low ?? score.value
            let high = score.high ?? score.value
            var mean = (criterion.value(of: low) + criterion.value(of: high)) / 2
            if let scale = criterion.scale {
                let levels = scale.levels.filter { $0.level >= Int(low.number) && $0.level <= Int(high.number) }.map(\.value)
                mean = levels.reduce(0, +) / Double(levels.count)
            }
            let offset = mean - criterion.value(of: score.value)
            #expect(item.municipality == leader ? offset < 0 : offset > 0, "\(item)")
        }
        #expect(skew.municipality != leader || skew.points < 0)
        // In words: the scores, not the weights, and the candidate whose ranges do it.
        let words = RobustnessExplanation(robustness, language: .nn).sentences
        #expect(words.contains { $0.hasPrefix("Det er spenna i skåringane som flyttar resultatet, ikkje vektene") })
        let favoured = try #require(attribution.skews.first { $0.municipality != leader }?.municipality)
        let name = try #require(loaded.region.municipality(favoured)?.name)
        #expect(words.contains { $0.hasPrefix("Spenna til \(name) på") && $0.hasSuffix("ligg på den gunstige sida av skåringane.") })
        #expect(!words.contains { $0.hasPrefix("Resultatet er mest følsamt for vekta") })
    }

    @Test("Symmetric score ranges and wide weights: the weights move the result")
    func symmetricRanges() throws {
        var loaded = try TestSupport.bundledCase()
        // A symmetric range of one level each way on the criterion with the least weight;
        // every other score exact.
        let lightest = try #require(loaded.template.criteria.filter { $0.scale != nil }.min { $0.weight < $1.weight }?.id)
        for index in loaded.case.scores.indices {
            guard loaded.case.scores[index].criterion == lightest, case let .level(level) = loaded.case.scores[index].value,
                let scale = loaded.template.criterion(loaded.case.scores[index].criterion)?.scale,
                scale.levels.contains(where: { $0.level == level - 1 }), scale.levels.contains(where: { $0.level == level + 1 })
            else {
                loaded.case.scores[index].low = nil
                loaded.case.scores[index].high = nil
                continue
            }
            loaded.case.scores[index].low = .level(level - 1)
            loaded.case.scores[index].high = .level(level + 1)
        }
        let robustness = try Self.robustness(loaded, spread: 0.9)
        let attribution = try #require(robustness.attribution)
        #expect(attribution.source == .weights, "weights only \(attribution.weightsOnly), scores only \(attribution.scoresOnly)")
        let words = RobustnessExplanation(robustness, language: .nn).sentences
        #expect(words.contains { $0.hasPrefix("Det er usikkerheita i vektene som flyttar resultatet") })
        #expect(!words.contains { $0.hasPrefix("Spenna til") })
    }
}
