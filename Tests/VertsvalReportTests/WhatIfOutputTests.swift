import Foundation
import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalReport
import VertsvalStudy
import VertsvalTestSupport

/// What-if runs say what they are in JSON (`provenance`) and in the assignment's words:
/// checked against the files and against solving the portfolio with every rule directly.
@Suite struct WhatIfOutputTests {
    static let bundledCase = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")
    static let portfolio = TestSupport.path("Cases/sogn/tenester-2027.yaml")

    static func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test("Evaluation JSON: the official run has no deviations; a change for this run is named with the template's points and source")
    func evaluationProvenance() throws {
        let official = try Self.object(try StudyOutput.evaluation(EvaluateCase.run(StudyInput(path: Self.bundledCase)), format: .json, language: .nn))
        let plain = try #require(official["provenance"] as? [String: Any])
        #expect(plain["whatIf"] as? Bool == false)
        #expect((plain["weightChanges"] as? [Any])?.isEmpty == true)

        let loaded = try TestSupport.bundledCase()
        let templatePoints = try #require(loaded.template.criterion("reisetid")).weight
        let evaluated = try EvaluateCase.run(StudyInput(path: Self.bundledCase, weights: [.init(criterion: "reisetid", points: 30)]))
        let json = try Self.object(try StudyOutput.evaluation(evaluated, format: .json, language: .en))
        let provenance = try #require(json["provenance"] as? [String: Any])
        #expect(provenance["whatIf"] as? Bool == true)
        let changes = try #require(provenance["weightChanges"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes[0]["criterion"] as? String == "reisetid")
        #expect(changes[0]["templatePoints"] as? Double == templatePoints)
        #expect(changes[0]["points"] as? Double == 30)
        #expect(changes[0]["source"] as? String == "adjustment")
        // Percent of the used weights: 30 of the template's total with reisetid replaced.
        let total = loaded.template.criteria.reduce(0) { $0 + $1.weight } - templatePoints + 30
        let percent = try #require(changes[0]["percent"] as? Double)
        #expect(abs(percent - 100 * 30 / total) < 1e-9)
    }

    @Test("A portfolio with a rule off: JSON lists the rule, the words never say 'alle reglane' and give the all-rules objective")
    func ruleOff() throws {
        let optimized = try OptimizePortfolio.run(.init(input: StudyInput(path: Self.portfolio, rulesOff: ["balance"])))
        let json = try Self.object(try StudyOutput.assignment(optimized, format: .json, language: .nn))
        let provenance = try #require(json["provenance"] as? [String: Any])
        #expect(provenance["whatIf"] as? Bool == true)
        let rules = try #require(provenance["rulesOff"] as? [[String: Any]])
        #expect(rules.map { $0["rule"] as? String } == ["balance"])
        let summary = try #require((json["explanation"] as? [String: Any])?["summary"] as? [String])
        #expect(!summary.joined().contains("alle reglane,"))
        #expect(summary[0].contains("slått av"))

        // The all-rules optimum, solved here directly, is the one the words report.
        let loaded = try Loader.loadPortfolio(at: Self.portfolio)
        let full = try AssignmentOptimizer.optimize(loaded.portfolio, options: .init(explain: false))
        let objective = try #require(full.objective)
        let shown = NumberFormat(.nn).format(objective, decimals: 1)
        #expect(summary.contains { $0.hasPrefix("Med alle reglane i porteføljen") && $0.contains("\(shown) poeng") })
        let text = try StudyOutput.assignment(optimized, format: .text, language: .nn)
        #expect(!text.contains("held alle reglane,"))
    }
}
