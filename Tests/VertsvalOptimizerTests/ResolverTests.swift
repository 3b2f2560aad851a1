import GLPK
import SplitMix
import Testing
import Vertsval
import VertsvalSynthetic

@testable import VertsvalOptimizer

/// The explanation of a large model re-solves with the scaled search from the optimum and
/// the main solve's multipliers; each of its answers must equal GLPK's optimum of the same
/// variant of the model, solved from scratch.
@Suite struct ResolverTests {
    /// Portfolios above the scaled threshold that GLPK alone still solves in well under a
    /// second: synthetic ones with balance bands (rows held by the Lagrangian knapsacks
    /// together), and a generalized assignment problem (capacities as FTE maxima).
    static let portfolios = ["30 × 30 tight", "30 × 30 tight, seed 11", "25 × 40 ±50 %", "GAP 8 × 30"]

    static func portfolio(_ label: String) -> Portfolio {
        switch label {
        case "30 × 30 tight": return SyntheticPortfolio.make(municipalities: 30, services: 30, band: .tight, seed: 3)
        case "30 × 30 tight, seed 11": return SyntheticPortfolio.make(municipalities: 30, services: 30, band: .tight, seed: 11)
        case "25 × 40 ±50 %":
            return SyntheticPortfolio.make(municipalities: 25, services: 40, band: SyntheticPortfolio.Band(relative: 0.5, absolute: 2), seed: 5)
        default:
            // Type C of Chu and Beasley: capacity 80 % of an even share of the resources.
            var rng = SplitMix64(seed: 17)
            let agents = 8
            let jobs = 30
            let cost = (0..<agents).map { _ in (0..<jobs).map { _ in 15 + Int(rng.next() % 36) } }
            let resource = (0..<agents).map { _ in (0..<jobs).map { _ in 5 + Int(rng.next() % 21) } }
            let capacity = resource.map { Int(0.8 * Double($0.reduce(0, +)) / Double(agents)) }
            return GAPInstance(name: "random", cost: cost, resource: resource, capacity: capacity).portfolio(sense: .maximize)
        }
    }

    @Test("Every rule's gain and marginal value and the unconstrained optimum equal GLPK's from scratch", arguments: portfolios)
    func sameAsGLPK(label: String) throws {
        let portfolio = Self.portfolio(label)
        let model = AssignmentModel(portfolio)
        #expect(model.pairs.count >= AssignmentOptimizer.scaledThreshold, "the scaled path is the one under test")
        let result = try AssignmentOptimizer.optimize(portfolio)
        let objective = try #require(result.objective)
        #expect(result.status == .optimal)
        #expect(!result.explanationCutShort)

        func glpk(leavingOut: Set<Rule> = [], relaxing: [Rule: Double] = [:]) throws -> Double? {
            var options = SolveOptions()
            options.cuts = [.gomory, .mixedIntegerRounding, .cover, .clique]
            options.presolve = true
            return try Solver.solve(model.linearModel(leavingOut: leavingOut, relaxing: relaxing), options: options).objectiveValue
        }
        var gains: [Rule: Double] = [:]
        for rule in model.rules {
            let without = try #require(try glpk(leavingOut: [rule]))
            if without - objective > 1e-7 { gains[rule] = without - objective }
        }
        #expect(!gains.isEmpty, "a rule binds somewhere")
        #expect(Set(result.bindingRules.map(\.rule)) == Set(gains.keys))
        for binding in result.bindingRules {
            #expect(abs(binding.gainIfRemoved - (gains[binding.rule] ?? .nan)) < 1e-6, "\(binding.rule)")
            if binding.rule.unit != nil {
                let relaxed = try #require(try glpk(relaxing: [binding.rule: 1]))
                #expect(abs((binding.marginalValue ?? .nan) - max(0, relaxed - objective)) < 1e-6, "\(binding.rule)")
            }
        }
        let balance = Set(model.rules.filter(\.isBalance))
        if !balance.isEmpty {
            let free = try #require(try glpk(leavingOut: balance))
            #expect(abs((result.unconstrained?.objective ?? .nan) - free) < 1e-6)
        }
        // Every re-solve was counted, and the explanation was timed.
        let times = try #require(result.solveTimes)
        #expect((times.explanationSolves ?? 0) >= model.rules.count + 1 + result.bindingRules.count(where: { $0.rule.unit != nil }))
        #expect((times.explanationSeconds ?? -1) >= 0)
    }

    @Test("A result computed without an explanation carries no explanation time")
    func notExplained() throws {
        let portfolio = SyntheticPortfolio.make(municipalities: 30, services: 30, band: .tight, seed: 3)
        let times = try #require(try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false)).solveTimes)
        #expect(times.explanationSeconds == nil)
        #expect(times.explanationSolves == nil)
    }
}
