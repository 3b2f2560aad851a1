import AssignmentTestSupport
import GLPK
import SplitMix
import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalSynthetic
import VertsvalTestSupport

@testable import LargeAssignmentSearch

/// The scaled solve (heuristics, Lagrangian bound, column fixing, GLPK with the callback)
/// against exhaustive enumeration: correctness only, never timing.
@Suite struct ScaleCrossCheckTests {
    @Test("ScaledSolve proves the brute-force optimum (or infeasibility) on 250 random portfolios")
    func randomPortfolios() throws {
        var rng = SeededGenerator(seed: 606)
        var feasible = 0
        for round in 0..<250 {
            let portfolio = RandomPortfolio.make(&rng)
            let best = BruteForce.all(portfolio).first
            let outcome = try ScaledSolve.solve(AssignmentModel(portfolio))
            guard let best else {
                #expect(outcome.hosts == nil, "round \(round): an assignment for rules brute force finds contradictory")
                #expect(outcome.infeasible, "round \(round): infeasibility not proven")
                continue
            }
            feasible += 1
            #expect(outcome.proof == .optimal, "round \(round): \(outcome.proof)")
            let objective = try #require(outcome.objective, "round \(round)")
            #expect(abs(objective - best.objective) < 1e-6, "round \(round): scaled \(objective), brute force \(best.objective)")
            #expect(BruteForce.feasible(portfolio, hosts: hosts(outcome, portfolio)), "round \(round): infeasible assignment")
            if let bound = outcome.lagrangianBound {
                #expect(bound >= best.objective - 1e-6, "round \(round): Lagrangian bound \(bound) below the optimum \(best.objective)")
            }
        }
        #expect(feasible > 120)
    }

    @Test("Every heuristic assignment keeps the rules and the Lagrangian bound is at least the optimum (no GLPK)")
    func heuristicsAndBound() throws {
        var rng = SeededGenerator(seed: 6)
        for round in 0..<250 {
            let portfolio = RandomPortfolio.make(&rng)
            let best = BruteForce.all(portfolio).first
            let outcome = try ScaledSolve.solve(AssignmentModel(portfolio), options: .init(useGLPK: false))
            if outcome.hosts != nil {
                #expect(BruteForce.feasible(portfolio, hosts: hosts(outcome, portfolio)), "round \(round): heuristic broke a rule")
                #expect(best != nil, "round \(round): heuristic found an assignment brute force says cannot exist")
            }
            if let best, let bound = outcome.lagrangianBound {
                #expect(bound >= best.objective - 1e-6, "round \(round): bound \(bound) < optimum \(best.objective)")
                if let objective = outcome.objective { #expect(objective <= best.objective + 1e-6) }
            }
            if case .optimal = outcome.proof, let best {
                #expect(abs((outcome.objective ?? .nan) - best.objective) < 1e-6, "round \(round): claimed optimal wrongly")
            }
            if outcome.infeasible { #expect(best == nil, "round \(round): infeasibility claimed for a feasible portfolio") }
        }
    }

    @Test("Small GAP instances: knapsack bound ≥ optimum, proven optimum equals enumeration", arguments: 0..<40)
    func smallGAP(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(1000 + seed))
        let m = Int.random(in: 2...4, using: &rng)
        let n = Int.random(in: 3...7, using: &rng)
        let cost = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: 5...50, using: &rng) } }
        let resource = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: 1...20, using: &rng) } }
        let capacity = (0..<m).map { i in max(1, resource[i].reduce(0, +) * Int.random(in: 4...9, using: &rng) / (10 * m) + 5) }
        let gap = GAPInstance(name: "random-\(seed)", cost: cost, resource: resource, capacity: capacity)
        for sense in GAPInstance.Sense.allCases {
            let portfolio = gap.portfolio(sense: sense)
            let best = BruteForce.all(portfolio).first
            let outcome = try ScaledSolve.solve(AssignmentModel(portfolio))
            guard let best else {
                #expect(outcome.infeasible)
                continue
            }
            #expect(outcome.knapsackRelaxation)
            #expect(outcome.proof == .optimal)
            #expect(abs((outcome.objective ?? .nan) - best.objective) < 1e-6)
            if let bound = outcome.lagrangianBound { #expect(bound >= best.objective - 1e-6) }
            #expect(BruteForce.feasible(portfolio, hosts: hosts(outcome, portfolio)))
        }
    }

    func hosts(_ outcome: ScaledSolve.Outcome, _ portfolio: Portfolio) -> [Municipality.ID] {
        let model = AssignmentModel(portfolio)
        return (outcome.hosts ?? []).map { model.pairs[$0].municipality }
    }
}
