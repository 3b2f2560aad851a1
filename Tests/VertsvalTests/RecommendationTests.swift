import Testing
import Vertsval
import VertsvalTestSupport

/// The recommendation names whose weights it rests on, and for a run with other weights
/// also what the template's own weights give — checked against evaluating the template's
/// weights directly.
@Suite struct RecommendationTests {
    static func explain(_ loaded: LoadedCase, _ adjustments: [WeightSet.Adjustment], _ language: Language = .nn) throws -> String {
        let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides, layered: adjustments)
        return CaseExplanation(Evaluator.evaluate(loaded, weights: weights), language: language).recommendation
    }

    /// The template's own leader and runner-up, evaluated without any change.
    static func templateLeader(_ loaded: LoadedCase) throws -> (leader: String, runnerUp: String) {
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let ranked = evaluation.ranked
        return (ranked[0].municipality.name, ranked[1].municipality.name)
    }

    @Test("With the template's weights the recommendation says 'Etter vurderingsmalen' and nothing about a baseline")
    func templateWeights() throws {
        let loaded = try TestSupport.bundledCase()
        try #require(loaded.case.weightOverrides.isEmpty)
        let text = try Self.explain(loaded, [])
        #expect(text.hasPrefix("Etter vurderingsmalen kjem"))
        #expect(!text.contains("Med vektene i malen"))
    }

    @Test("A change for this run says so first, and names the template's winner when another wins")
    func adjustment() throws {
        let loaded = try TestSupport.bundledCase()
        let template = try Self.templateLeader(loaded)
        // Enough weight on travel time to change the winner in the bundled case.
        let text = try Self.explain(loaded, [.init(criterion: "reisetid", points: 30)])
        #expect(text.hasPrefix("Med vektene som er endra for denne køyringa kjem \(template.runnerUp) best ut"))
        #expect(text.contains("Med vektene i malen kjem \(template.leader) best ut"))
        #expect(!text.contains("Etter vurderingsmalen"))
        let english = try Self.explain(loaded, [.init(criterion: "reisetid", points: 30)], .en)
        #expect(english.hasPrefix("With the weights changed for this run, \(template.runnerUp) comes out best"))
    }

    @Test("A scenario is named by its title; when the winner is the same, the template's result says 'òg'")
    func scenarioSameWinner() throws {
        let loaded = try TestSupport.bundledCase()
        let template = try Self.templateLeader(loaded)
        let origin = WeightSet.Origin.scenario(title: LocalizedText(nn: "Litt meir fagmiljø"), reason: LocalizedText(nn: "Prøve"))
        let fagmiljo = try #require(loaded.template.criterion("fagmiljo"))
        let text = try Self.explain(loaded, [.init(criterion: "fagmiljo", points: fagmiljo.weight + 1, origin: origin)])
        #expect(text.hasPrefix("Med vektene i scenarioet «Litt meir fagmiljø» kjem \(template.leader) best ut"))
        #expect(text.contains("Med vektene i malen kjem òg \(template.leader) best ut"))
    }
}
