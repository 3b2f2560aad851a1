import Testing
import Vertsval
import VertsvalSynthetic
import VertsvalTestSupport

@testable import VertsvalOptimizer

/// When the optimum was found and proven: present with every assignment, in order
/// (found ≤ proven = the solve's end), with the result's objective; from both the direct
/// GLPK solve (small models) and the scaled solve (large ones).
@Suite struct SolveTimesTests {
    @Test(
        "Found, proven and solve times are ordered and carry the result's objective",
        arguments: [(6, 5), (8, 12), (43, 60)])
    func ordered(municipalities: Int, services: Int) throws {
        let portfolio = SyntheticPortfolio.make(municipalities: municipalities, services: services, band: .tight, seed: 7)
        let result = try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false))
        let objective = try #require(result.objective)
        let times = try #require(result.solveTimes)
        #expect(times.objective == objective)
        #expect(times.foundSeconds >= 0)
        #expect(times.foundSeconds <= times.solveSeconds)
        if result.status == .optimal {
            #expect(times.provenSeconds == times.solveSeconds)
        } else {
            #expect(times.provenSeconds == nil)
        }
    }

    @Test("Both solve paths are covered by the sizes above")
    func bothPaths() {
        let small = SyntheticPortfolio.make(municipalities: 6, services: 5, band: .tight, seed: 7)
        let large = SyntheticPortfolio.make(municipalities: 43, services: 60, band: .tight, seed: 7)
        #expect(AssignmentModel(small).pairs.count < AssignmentOptimizer.scaledThreshold)
        #expect(AssignmentModel(large).pairs.count >= AssignmentOptimizer.scaledThreshold)
    }

    @Test("The optimum counts as found at the first improvement that reaches it, within the tolerance")
    func firstReaching() {
        let improvements: [(seconds: Double, objective: Double)] = [(0.01, 90), (0.02, 99.99999999), (0.05, 100)]
        let times = SolveTimes.from(improvements: improvements, objective: 100, proven: true, solveSeconds: 0.08)
        #expect(times.foundSeconds == 0.02)
        #expect(times.provenSeconds == 0.08)
        let early = SolveTimes.from(improvements: [(0.01, 90), (0.03, 100)], objective: 100, proven: false, solveSeconds: 0.5)
        #expect(early.foundSeconds == 0.03)
        #expect(early.provenSeconds == nil)
        #expect(early.solveSeconds == 0.5)
    }

    @Test("Without an improvement that reaches the optimum, it was found at the solve's end")
    func fallback() {
        let times = SolveTimes.from(improvements: [(0.01, 90)], objective: 100, proven: true, solveSeconds: 0.04)
        #expect(times.foundSeconds == 0.04)
        let none = SolveTimes.from(improvements: [], objective: 100, proven: true, solveSeconds: 0.04)
        #expect(none.foundSeconds == 0.04)
    }

    @Test("Rules that cannot hold give no times")
    func infeasible() throws {
        var portfolio = SyntheticPortfolio.make(municipalities: 6, services: 5, band: .tight, seed: 7)
        let total = portfolio.services.reduce(0) { $0 + $1.fte }
        portfolio.rules.fteBounds = portfolio.region.municipalities.map { .init(municipality: $0.id, minimum: nil, maximum: total / 100) }
        let result = try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false))
        #expect(result.status == .infeasible)
        #expect(result.solveTimes == nil)
    }
}
