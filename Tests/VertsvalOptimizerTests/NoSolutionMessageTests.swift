import Testing
import Vertsval
import VertsvalTestSupport

@testable import VertsvalOptimizer

/// A solve that ends without an assignment says why in words: the time limit that was set
/// and the flag that changes it, or that a longer limit would not help — never a solver's
/// status name.
@Suite struct NoSolutionMessageTests {
    static func result(_ reason: AssignmentResult.NoSolutionReason, limit: Duration?) -> AssignmentResult {
        var result = AssignmentResult(
            status: .noSolution(reason: reason), assignment: [], objective: nil, bestBound: nil, unconstrained: nil, bindingRules: [],
            displaced: [], alternatives: [], alternativesRequested: 0, conflicts: [], loads: [])
        result.timeLimit = limit
        return result
    }

    static let portfolio = Portfolio(
        id: "p", title: LocalizedText(nn: "P"), region: DiagnosisTests.region(),
        services: [PortfolioService(id: "s1", name: LocalizedText(nn: "S1"), fte: 2, status: .open, values: ["a": 50])],
        rules: PortfolioRules())

    @Test("Out of time: the limit that was set, in seconds, and --time-limit")
    func timeLimit() {
        let words = AssignmentExplanation(Self.result(.timeLimit, limit: .seconds(7)), portfolio: Self.portfolio, language: .nn).summary
        #expect(words == ["Løysaren fann inga fordeling innan tidsgrensa på 7 s. Gje han meir tid: --time-limit på kommandolinja."])
        let english = AssignmentExplanation(Self.result(.timeLimit, limit: .seconds(90)), portfolio: Self.portfolio, language: .en).summary
        #expect(english.first?.contains("time limit of 90 s") == true)
    }

    @Test("Stopped for another reason: no advice to wait longer, and no status name")
    func stopped() {
        let words = AssignmentExplanation(Self.result(.solverStopped, limit: .seconds(7)), portfolio: Self.portfolio, language: .nn).summary
        let sentence = words.joined()
        #expect(sentence.contains("ei lengre tidsgrense hjelper truleg ikkje"))
        #expect(!sentence.contains("timeLimit") && !sentence.contains("stopped"))
        // A time-limit reason without a limit (cannot come from a solve) is not worded as one.
        let unlimited = AssignmentExplanation(Self.result(.timeLimit, limit: nil), portfolio: Self.portfolio, language: .nn).summary
        #expect(!unlimited.joined().contains("tidsgrensa på"))
    }
}
