import AssignmentTestSupport
import GLPK
import SplitMix
import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalSynthetic
import VertsvalTestSupport

@testable import LargeAssignmentSearch

/// The scaled solve rounds its proven bounds down to an integer when every objective
/// coefficient is an integer (GAP instances): the rounded bound must still be at least the
/// optimum found by enumeration, and heuristic assignments must keep every rule.
/// Correctness only, never timing.
@Suite struct ScaleBoundRoundingTests {
    @Test("Integral objective: the Lagrangian bound and the reported bound are integers ≥ the optimum", arguments: 0..<30)
    func integralBounds(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(7000 + seed))
        let m = Int.random(in: 2...4, using: &rng)
        let n = Int.random(in: 4...7, using: &rng)
        let cost = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: 1...60, using: &rng) } }
        let resource = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: 1...25, using: &rng) } }
        let capacity = (0..<m).map { i in max(1, resource[i].reduce(0, +) * Int.random(in: 3...8, using: &rng) / (10 * m) + 4) }
        let gap = GAPInstance(name: "rounding-\(seed)", cost: cost, resource: resource, capacity: capacity)
        for sense in GAPInstance.Sense.allCases {
            let portfolio = gap.portfolio(sense: sense)
            let best = BruteForce.all(portfolio).first
            for useGLPK in [false, true] {
                let outcome = try ScaledSolve.solve(AssignmentModel(portfolio), options: .init(useGLPK: useGLPK))
                guard let best else {
                    #expect(outcome.hosts == nil, "seed \(seed) \(sense): an assignment for an infeasible instance")
                    continue
                }
                if let bound = outcome.lagrangianBound {
                    #expect(bound == bound.rounded(), "seed \(seed) \(sense): Lagrangian bound \(bound) not rounded")
                    #expect(bound >= best.objective - 1e-6, "seed \(seed) \(sense): bound \(bound) < optimum \(best.objective)")
                }
                if let bound = outcome.bound {
                    #expect(bound >= best.objective - 1e-6, "seed \(seed) \(sense): bound \(bound) < optimum \(best.objective)")
                }
                if let objective = outcome.objective {
                    #expect(objective <= best.objective + 1e-6)
                    let model = AssignmentModel(portfolio)
                    let hosts = (outcome.hosts ?? []).map { model.pairs[$0].municipality }
                    #expect(BruteForce.feasible(portfolio, hosts: hosts), "seed \(seed) \(sense): assignment breaks a rule")
                }
                if outcome.proof == .optimal {
                    #expect(abs((outcome.objective ?? .nan) - best.objective) < 1e-6, "seed \(seed) \(sense): claimed optimal wrongly")
                }
                if useGLPK { #expect(outcome.proof == .optimal, "seed \(seed) \(sense): \(outcome.proof)") }
            }
        }
    }
}
