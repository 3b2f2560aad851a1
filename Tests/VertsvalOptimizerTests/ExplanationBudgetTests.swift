import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalSynthetic
import VertsvalTestSupport

/// The explanation's time limit: without one everything is explained; with one that has run
/// out, the assignment is the same, the missing parts are left out and the explanation says
/// so in every language.
@Suite struct ExplanationBudgetTests {
    @Test("An exhausted explanation budget keeps the assignment, drops the rule explanations and says so")
    func cutShort() throws {
        // A small synthetic county with a tight band, where balance binds.
        let portfolio = SyntheticPortfolio.make(municipalities: 8, services: 12, band: .tight, seed: 7)
        let full = try AssignmentOptimizer.optimize(portfolio)
        #expect(!full.explanationCutShort)
        #expect(!full.bindingRules.isEmpty, "the portfolio has binding rules to explain")
        let unlimited = try AssignmentOptimizer.optimize(portfolio, options: .init(explanationTimeLimit: .seconds(3600)))
        #expect(!unlimited.explanationCutShort)
        #expect(unlimited.bindingRules.count == full.bindingRules.count)

        let short = try AssignmentOptimizer.optimize(portfolio, options: .init(explanationTimeLimit: .nanoseconds(1)))
        #expect(short.explanationCutShort)
        #expect(short.assignment.map(\.host) == full.assignment.map(\.host))
        #expect(short.objective == full.objective)
        #expect(short.bindingRules.isEmpty)
        let words = ["nn": "avkorta", "nb": "avkortet", "en": "cut short"]
        for language in Language.allCases {
            let said = AssignmentExplanation(short, portfolio: portfolio, language: language).summary.joined(separator: " ")
            #expect(said.contains(words[language.rawValue] ?? "?"), "\(language): \(said)")
            let fullSaid = AssignmentExplanation(full, portfolio: portfolio, language: language).summary.joined(separator: " ")
            #expect(!fullSaid.contains(words[language.rawValue] ?? "?"))
        }
    }
}
