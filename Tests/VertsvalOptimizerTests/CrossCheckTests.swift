import AssignmentTestSupport
import SplitMix
import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalTestSupport

/// GLPK's answers against exhaustive enumeration on random small portfolios.
@Suite struct CrossCheckTests {
    @Test("Optimum, feasibility, alternatives and price of balance equal brute force on 250 random portfolios")
    func randomPortfolios() throws {
        var rng = SeededGenerator(seed: 2027)
        var feasible = 0
        var infeasible = 0
        var withAlternatives = 0
        for round in 0..<250 {
            let portfolio = RandomPortfolio.make(&rng)
            let all = BruteForce.all(portfolio)
            let result = try AssignmentOptimizer.optimize(portfolio, options: .init(alternatives: 3))
            guard let best = all.first else {
                infeasible += 1
                #expect(result.status == .infeasible, "round \(round): brute force finds none, optimizer says \(result.status)")
                #expect(!result.conflicts.isEmpty, "round \(round): infeasible without named conflicts")
                continue
            }
            feasible += 1
            #expect(result.status == .optimal, "round \(round)")
            let objective = try #require(result.objective)
            #expect(abs(objective - best.objective) < 1e-6, "round \(round): GLPK \(objective), brute force \(best.objective)")
            // The optimizer's assignment keeps the rules and scores what it says.
            let hosts = portfolio.services.map { result.host(of: $0.id) ?? "" }
            #expect(BruteForce.feasible(portfolio, hosts: hosts), "round \(round): infeasible assignment returned")
            // k best distinct assignments.
            let expected = all.dropFirst().prefix(3).map(\.objective)
            let found = result.alternatives.map(\.objective)
            #expect(found.count == expected.count, "round \(round): \(found.count) alternatives, \(expected.count) exist")
            for (a, b) in zip(found, expected) { #expect(abs(a - b) < 1e-6, "round \(round): alternative \(a) vs \(b)") }
            if !found.isEmpty { withAlternatives += 1 }
            for alternative in result.alternatives {
                #expect(BruteForce.feasible(portfolio, hosts: alternative.hosts))
            }
            // Unconstrained optimum (balance rules off) and the price of balance.
            let free = BruteForce.all(portfolio, balanceRules: false).first?.objective
            #expect(free.map { abs($0 - (result.unconstrained?.objective ?? .nan)) < 1e-6 } == true, "round \(round): unconstrained")
            #expect((result.priceOfBalance ?? -1) >= -1e-9)
            // A binding rule's gain is the brute-force gain of removing it.
            for binding in result.bindingRules {
                let without = BruteForce.all(portfolio, ignoring: [binding.rule]).first?.objective ?? .nan
                #expect(abs(without - objective - binding.gainIfRemoved) < 1e-6, "round \(round): gain of \(binding.rule.id)")
            }
        }
        #expect(feasible > 120)
        #expect(infeasible > 10)
        #expect(withAlternatives > 60)
    }
}
