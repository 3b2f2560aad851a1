import AssignmentTestSupport
import GLPK
import SplitMix
import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalSynthetic
import VertsvalTestSupport

@testable import LargeAssignmentSearch

/// The core (kernel) search of the scaled solve and what it stands on: a problem's own GLPK
/// model, runs on restricted problems from a warm start, and neighbourhoods decided by
/// their own Lagrangian relaxation. Correctness only, never timing.
@Suite struct CoreSearchTests {
    /// A type-D-like GAP (costs fall as resource use rises, tight capacities): the kind on
    /// which the bound does not close at once and the core search runs.
    static func typeD(agents m: Int, jobs n: Int, seed: UInt64) -> GAPInstance {
        var rng = SeededGenerator(seed: seed)
        let resource = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: 1...100, using: &rng) } }
        let cost = resource.map { row in row.map { 111 - $0 + Int.random(in: -10...10, using: &rng) } }
        let capacity = (0..<m).map { i in resource[i].reduce(0, +) * 8 / (10 * m) }
        return GAPInstance(name: "typeD-\(seed)", cost: cost, resource: resource, capacity: capacity)
    }

    @Test("A problem's own GLPK model has the assignment model's optimum; restricted, the optimum with the other columns at 0")
    func ownLinearModel() throws {
        var rng = SeededGenerator(seed: 515)
        var compared = 0
        for round in 0..<60 {
            let portfolio = RandomPortfolio.make(&rng)
            let model = AssignmentModel(portfolio)
            let problem = ScaleProblem(model)
            let reference = try Solver.solve(model.linearModel())
            let own = try Solver.solve(problem.linearModel())
            #expect(reference.termination == own.termination, "round \(round)")
            if let a = reference.objectiveValue, let b = own.objectiveValue, reference.hasFeasiblePoint {
                #expect(abs(a - b) < 1e-6, "round \(round): \(a) vs \(b)")
                #expect(problem.isFeasible(problem.hosts(in: own.columnValues)), "round \(round)")
                compared += 1
            }
            // Restricted to some columns (at least one per service).
            let keep = (0..<problem.columnCount).map { j in problem.options[problem.serviceOfColumn[j]].first == j || Bool.random(using: &rng) }
            let restricted = ScaleProblem(restricting: problem, to: keep)
            var fixedModel = model.linearModel()
            for j in 0..<problem.columnCount where !keep[j] { fixedModel.columns[j].bounds = .fixed(0) }
            let withZeros = try Solver.solve(fixedModel)
            let onRestricted = try Solver.solve(restricted.linearModel())
            #expect(withZeros.hasFeasiblePoint == onRestricted.hasFeasiblePoint, "round \(round)")
            if withZeros.hasFeasiblePoint, let a = withZeros.objectiveValue, let b = onRestricted.objectiveValue {
                #expect(abs(a - b) < 1e-6, "round \(round): restricted \(b), full with zeros \(a)")
            }
        }
        #expect(compared > 20)
    }

    @Test("A run on a core from a feasible assignment returns one at least as good that keeps every rule of the whole problem", .tags(.slow))
    func coreRunFromWarmStart() throws {
        var rng = SeededGenerator(seed: 9191)
        var runs = 0
        for round in 0..<40 {
            let portfolio =
                round.isMultiple(of: 2)
                ? Self.typeD(agents: Int.random(in: 3...5, using: &rng), jobs: Int.random(in: 12...30, using: &rng), seed: UInt64(round)).portfolio(
                    sense: .minimize)
                : RandomPortfolio.make(&rng)
            let model = AssignmentModel(portfolio)
            let problem = ScaleProblem(model)
            guard let start = ConstructionHeuristic.build(problem, desirability: problem.profit) else { continue }
            var state = SearchState(problem, hosts: start)
            guard LocalSearch.repair(&state, until: .now + .seconds(1)), problem.isFeasible(state.hosts) else { continue }
            // A core: the start's columns and a random half of the others.
            var keep = (0..<problem.columnCount).map { _ in Bool.random(using: &rng) }
            for j in state.hosts { keep[j] = true }
            let core = ScaleProblem(restricting: problem, to: keep)
            var run = ScaledRun(
                problem: core, options: .init(timeLimit: .seconds(2), heuristicShare: 1, coreSearch: false), from: core.restricted(state.hosts),
                multipliers: nil)
            let outcome = try run.solve()
            let hosts = try #require(outcome.hosts, "round \(round): a warm-started run lost its assignment")
            let mapped = hosts.map { core.originalColumn[$0] }
            #expect(problem.isFeasible(mapped), "round \(round): the core's assignment breaks a rule of the whole problem")
            #expect(problem.objective(mapped) >= state.objective - 1e-9, "round \(round): worse than the start")
            #expect(outcome.glpkTermination == nil, "round \(round): a core run ran GLPK's branch-and-cut")
            // Only kept columns, so never better than the whole problem's optimum.
            if portfolio.services.count <= 8, let best = BruteForce.all(portfolio).first {
                #expect(problem.objective(mapped) <= best.objective + 1e-6)
            }
            runs += 1
        }
        #expect(runs > 20)
    }

    @Test("Type-D-like 5 × 20 GAPs: with the core search the proven optimum equals plain GLPK's, and cores run", .tags(.slow))
    func coreSearchKeepsOptimality() throws {
        var coresRun = 0
        var proven = 0
        for seed in 0..<6 {
            let gap = Self.typeD(agents: 5, jobs: 20, seed: UInt64(700 + seed))
            let model = AssignmentModel(gap.portfolio(sense: .minimize))
            let plain = try Solver.solve(model.linearModel(), options: ScaledSolve.Options.measuredBranchAndCut)
            // No time limit: the proof comes from GLPK at the end, whatever the machine's speed.
            let outcome = try ScaledSolve.solve(model, options: .untimed(heuristics: .seconds(18), seed: UInt64(seed + 1)))
            let hosts = try #require(outcome.hosts, "seed \(seed)")
            #expect(ScaleProblem(model).isFeasible(hosts), "seed \(seed)")
            if outcome.phaseEnds.contains(where: { end in
                if case .core = end.phase { return true }
                return false
            }) {
                coresRun += 1
            }
            guard plain.termination == .optimal, let optimum = plain.objectiveValue else { continue }
            let objective = try #require(outcome.objective)
            #expect(objective <= optimum + 1e-6, "seed \(seed): better than GLPK's proven optimum")
            if let bound = outcome.bound { #expect(bound >= optimum - 1e-6, "seed \(seed): bound \(bound) below the optimum \(optimum)") }
            if outcome.proof == .optimal {
                #expect(abs(objective - optimum) < 1e-6, "seed \(seed): claimed optimal at \(objective), optimum \(optimum)")
                proven += 1
            }
        }
        #expect(proven >= 4, "the scaled solve proved only \(proven) of 6")
        #expect(coresRun > 0, "no instance ran the core search: the test no longer covers it")
    }

    @Test(
        "A neighbourhood decided by its own relaxation: improvements keep the rules; 'no improvement' holds for GLPK's exact sub-model", .tags(.slow))
    func neighbourhoodRelaxation() throws {
        var checkedNone = 0
        var improvements = 0
        for seed in 0..<6 {
            let gap = Self.typeD(agents: 6, jobs: 36, seed: UInt64(300 + seed))
            let model = AssignmentModel(gap.portfolio(sense: .minimize))
            let problem = ScaleProblem(model)
            let relaxation = LagrangianRelaxation(problem)
            var incumbent: SearchState?
            let dual = SubgradientSearch(relaxation: relaxation).run(
                incumbent: &incumbent, until: .now + .seconds(2), maxIterations: 300, improved: { _ in })
            guard let start = incumbent, let multipliers = dual.multipliers else { continue }
            var rng = SeededGenerator(seed: UInt64(seed))
            let allowed = [Bool](repeating: true, count: problem.columnCount)
            for _ in 0..<10 {
                let chosen = Array(Array(0..<problem.municipalities.count).shuffled(using: &rng).prefix(3))
                var withRelaxation = NeighbourhoodSearch(problem: problem, allowed: allowed)
                withRelaxation.multipliers = multipliers
                var state = start
                switch try withRelaxation.reoptimize(&state, municipalities: chosen, timeLimit: .seconds(5)) {
                case .improved:
                    #expect(problem.isFeasible(state.hosts))
                    #expect(state.objective > start.objective)
                    // Only the chosen municipalities' services moved, and only among them.
                    for s in 0..<problem.serviceCount where state.host(of: s) != start.host(of: s) {
                        #expect(chosen.contains(problem.municipalityOfColumn[start.host(of: s)]))
                        #expect(chosen.contains(problem.municipalityOfColumn[state.host(of: s)]))
                    }
                    improvements += 1
                case .noImprovement:
                    var exact = NeighbourhoodSearch(problem: problem, allowed: allowed)
                    var copy = start
                    let check = try exact.reoptimize(&copy, municipalities: chosen, timeLimit: .seconds(20))
                    #expect(check != .improved, "seed \(seed): the relaxation said no improvement, GLPK found \(copy.objective) > \(start.objective)")
                    checkedNone += 1
                case .undecided:
                    break
                }
            }
        }
        #expect(checkedNone > 5)
        #expect(improvements > 0)
    }
}
